package cn.kjj.platform.contract;

import cn.kjj.platform.common.FieldErrors;
import cn.kjj.platform.enterprise.CreditCode;
import cn.kjj.platform.registry.RegistryDetails;
import jakarta.persistence.Column;
import jakarta.persistence.Embeddable;
import jakarta.persistence.EnumType;
import jakarta.persistence.Enumerated;
import java.math.BigDecimal;
import java.time.LocalDate;
import java.util.Locale;
import java.util.regex.Pattern;

/**
 * A contract registered at another office, as the national registration system exports it
 * (docs/import.md, kind {@code external-contracts}; decision 0036). It counts as technology absorption
 * (技术吸纳) of the buyer's district, {@link #regionCode()}, and as no region's output.
 *
 * @param registrationNo        the other office's number: year (4) + its region (6) + serial (6)
 * @param regionCode            the buyer's district (a district kept here); left out, the district of
 *                              the buyer's credit code (its characters 3 to 8)
 * @param sellerCountry         ISO 3166-1 alpha-2; {@code CN} when left out (then a credit code is required)
 * @param sellerNature          the registration form's statistical fields, when the export states them (V38); one
 *                              left out counts in the group {@code UNKNOWN} of its dimension (docs/indicators.md)
 */
@Embeddable
public record ExternalRegistrationDetails(String registrationNo, String registeringRegionCode, LocalDate registeredOn,
                                          LocalDate signedOn, @Enumerated(EnumType.STRING) ContractType type,
                                          @Enumerated(EnumType.STRING) TechnologyField technologyField,
                                          String sellerName, String sellerCreditCode, String sellerRegionCode,
                                          String sellerCountry, String buyerName, String buyerCreditCode,
                                          @Column(name = "buyer_region_code") String regionCode,
                                          BigDecimal contractAmount, BigDecimal techTransactionAmount,
                                          @Enumerated(EnumType.STRING) PartyNature sellerNature,
                                          @Enumerated(EnumType.STRING) PartyNature buyerNature,
                                          @Enumerated(EnumType.STRING) IpType ipType,
                                          @Enumerated(EnumType.STRING) PlanSource planSource)
        implements RegistryDetails<ExternalRegistrationDetails> {

    private static final Pattern NUMBER = Pattern.compile("^[0-9]{16}$");
    private static final Pattern REGION = Pattern.compile("^[0-9]{6}$");
    private static final Pattern COUNTRY = Pattern.compile("^[A-Z]{2}$");

    @Override
    public ExternalRegistrationDetails validated() {
        FieldErrors errors = new FieldErrors();
        String number = errors.text("registrationNo", registrationNo, 16, true);
        if (number != null && !NUMBER.matcher(number).matches()) {
            errors.add("registrationNo", "error.externalContract.registrationNo",
                    "must be the 16 digits of a registration number (year, region code, serial)");
        }
        String office = errors.regionCode("registeringRegionCode", registeringRegionCode);
        errors.required("registeredOn", errors.date("registeredOn", registeredOn));
        errors.required("signedOn", errors.date("signedOn", signedOn));
        if (signedOn != null && registeredOn != null && signedOn.isAfter(registeredOn)) {
            errors.add("signedOn", "error.externalContract.signedAfterRegistration",
                    "must not be after the registration date");
        }
        errors.required("type", type);
        errors.required("technologyField", technologyField);
        String seller = errors.text("sellerName", sellerName, 200, true);
        String rawCountry = errors.text("sellerCountry", sellerCountry, 2, false);
        String country = rawCountry == null ? Buyer.CHINA : rawCountry.toUpperCase(Locale.ROOT);
        if (!COUNTRY.matcher(country).matches()) {
            errors.add("sellerCountry", "error.contract.buyer.country.invalid", "must be an ISO 3166 two-letter code");
        }
        String sellerCode = creditCode(errors, "sellerCreditCode", sellerCreditCode, Buyer.CHINA.equals(country));
        String sellerRegion = region(errors, "sellerRegionCode", sellerRegionCode, sellerCode, false);
        String buyer = errors.text("buyerName", buyerName, 200, true);
        String buyerCode = creditCode(errors, "buyerCreditCode", buyerCreditCode, true);
        String buyerRegion = region(errors, "regionCode", regionCode, buyerCode, true);
        ContractAmounts amounts = ContractAmounts.checked(errors, contractAmount, techTransactionAmount);
        if (buyerNature == PartyNature.FOREIGN) {
            // the buyer is the district's party, with a Chinese credit code
            errors.add("buyerNature", "error.externalContract.buyerNatureForeign",
                    "must be a nature of a party in China");
        }
        errors.throwIfAny();
        return new ExternalRegistrationDetails(number, office, registeredOn, signedOn, type, technologyField, seller,
                sellerCode, sellerRegion, country, buyer, buyerCode, buyerRegion, amounts.contractAmount(),
                amounts.techTransactionAmount(), sellerNature, buyerNature, ipType, planSource);
    }

    /** Where the seller is, as the flow (技术流向) sees it: its region in China; null abroad. */
    public String sellerPlace() {
        return Buyer.CHINA.equals(sellerCountry) ? sellerRegionCode : null;
    }

    private static String creditCode(FieldErrors errors, String field, String value, boolean required) {
        String raw = errors.text(field, value, Integer.MAX_VALUE, required);
        CreditCode code = raw == null ? null : errors.check(() -> CreditCode.of(raw, field));
        return code == null ? null : code.value();
    }

    /** The region given, or the one of the credit code; required when {@code required}. */
    private static String region(FieldErrors errors, String field, String value, String creditCode, boolean required) {
        String region = errors.text(field, value, 6, false);
        if (region != null && !REGION.matcher(region).matches()) {
            errors.add(field, "error.regionCode.invalid", "must be a 6-digit administrative division code");
            return null;
        }
        if (region == null && creditCode != null) {
            region = creditCode.substring(2, 8);
        }
        if (region == null && required) {
            errors.add(field, "error.field.required", "is required");
        }
        return region;
    }
}
