package cn.kjj.platform.contract;

import cn.kjj.platform.common.FieldErrors;
import cn.kjj.platform.enterprise.CreditCode;
import java.math.BigDecimal;
import java.time.LocalDate;
import java.util.Locale;
import java.util.Objects;
import java.util.regex.Pattern;

/**
 * What the parties agreed, as the seller enters it. {@link #validated} applies the registration
 * rules and gives the normalised copy that {@link TechnologyContract} stores.
 */
public record ContractTerms(String title, ContractType type, ContractSubtype subtype, TechnologyField technologyField,
                            Buyer buyer, LocalDate signedOn, LocalDate validFrom, LocalDate validTo,
                            BigDecimal contractAmount, BigDecimal techTransactionAmount, FilingDetails details) {

    private static final Pattern REGION_CODE = Pattern.compile("^[0-9]{6}$");
    private static final Pattern COUNTRY = Pattern.compile("^[A-Z]{2}$");

    /** Terms with the registration form's fields at their defaults. */
    public ContractTerms(String title, ContractType type, ContractSubtype subtype, TechnologyField technologyField,
                         Buyer buyer, LocalDate signedOn, LocalDate validFrom, LocalDate validTo,
                         BigDecimal contractAmount, BigDecimal techTransactionAmount) {
        this(title, type, subtype, technologyField, buyer, signedOn, validFrom, validTo, contractAmount,
                techTransactionAmount, null);
    }

    /**
     * Checks every rule at once and lists all broken ones in one
     * {@link cn.kjj.platform.common.InvalidInputException}.
     *
     * @param today            the registration office's date: a contract cannot be signed later
     * @param sellerCreditCode the seller's code: a firm cannot sell to itself
     */
    public ContractTerms validated(LocalDate today, String sellerCreditCode) {
        Objects.requireNonNull(today, "today");
        FieldErrors errors = new FieldErrors();
        errors.date("signedOn", signedOn);
        errors.date("validFrom", validFrom);
        errors.date("validTo", validTo);
        String checkedTitle = errors.text("title", title, 300, true);
        if (errors.required("type", type) != null) {
            errors.check(() -> {
                type.requireSubtype(subtype);
                return null;
            });
        }
        errors.required("technologyField", technologyField);
        Buyer checkedBuyer = buyer == null ? null : validatedBuyer(errors, sellerCreditCode);
        errors.required("buyer", buyer);
        if (errors.required("signedOn", signedOn) != null && signedOn.isAfter(today)) {
            errors.add("signedOn", "error.contract.signedOn.future", "must not be in the future");
        }
        errors.required("validFrom", validFrom);
        errors.required("validTo", validTo);
        if (validFrom != null && validTo != null && validFrom.isAfter(validTo)) {
            errors.add("validTo", "error.contract.validity.reversed", "must not be before validFrom");
        }
        ContractAmounts amounts = ContractAmounts.checked(errors, contractAmount, techTransactionAmount);
        errors.throwIfAny();
        return new ContractTerms(checkedTitle, type, subtype, technologyField, checkedBuyer, signedOn,
                validFrom, validTo, amounts.contractAmount(), amounts.techTransactionAmount(),
                (details == null ? FilingDetails.DEFAULTS : details).withDefaults());
    }

    private Buyer validatedBuyer(FieldErrors errors, String sellerCreditCode) {
        String name = errors.text("buyer.name", buyer.name(), 200, true);
        String country = errors.text("buyer.country", buyer.country(), Integer.MAX_VALUE, false);
        country = country == null ? Buyer.CHINA : country.toUpperCase(Locale.ROOT);
        if (!COUNTRY.matcher(country).matches()) {
            errors.add("buyer.country", "error.contract.buyer.country.invalid", "must be an ISO 3166 two-letter code");
        }
        boolean domestic = Buyer.CHINA.equals(country);
        String rawCode = errors.text("buyer.creditCode", buyer.creditCode(), Integer.MAX_VALUE, domestic);
        CreditCode creditCode = rawCode == null ? null : errors.check(() -> CreditCode.of(rawCode, "buyer.creditCode"));
        String code = creditCode == null ? null : creditCode.value();
        if (code != null && code.equals(sellerCreditCode)) {
            errors.add("buyer.creditCode", "error.contract.buyerIsSeller", "the buyer must not be the seller");
        }
        // left out, a domestic buyer's district is the one its credit code was issued in (characters 3 to 8)
        String region = errors.text("buyer.regionCode", buyer.regionCode(), Integer.MAX_VALUE, domestic && rawCode == null);
        if (region != null && !REGION_CODE.matcher(region).matches()) {
            errors.add("buyer.regionCode", "error.regionCode.invalid", "must be a 6-digit administrative division code");
        } else if (region == null && domestic && code != null) {
            region = code.substring(2, 8);
        }
        return new Buyer(name, code, region, country, buyer.nature() != null ? buyer.nature() : Buyer.defaultNature(country));
    }
}
