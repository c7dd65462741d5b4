package cn.kjj.platform.contract;

import cn.kjj.platform.common.InvalidInputException.FieldError;
import java.math.BigDecimal;
import java.time.LocalDate;
import java.util.List;
import java.util.Set;
import java.util.UUID;
import java.util.regex.Pattern;
import org.springframework.format.annotation.DateTimeFormat;
import org.springframework.format.annotation.DateTimeFormat.ISO;

/**
 * The contract form as the browser sends it: flat, amounts as the text typed (so that "abc" is
 * a field error, not a failed conversion), dates as ISO dates. Never an entity.
 *
 * @param version        the version the form was opened at (edits only): a stale form is refused
 * @param idempotencyKey drawn when a new form is shown, so that a double click files one contract
 * @param sellerCreditCode the seller's unified social credit code, when an official files on an
 *                         enterprise's behalf (new contracts only)
 * @param role             who registers (new contracts only): the seller, or the buyer of a technology
 *                         import or a development commissioned abroad, with the seller abroad in
 *                         {@code abroadSeller*} (decision 0036)
 */
record ContractPageForm(
        String title, ContractType type, ContractSubtype subtype, TechnologyField technologyField,
        String buyerName, String buyerCreditCode, String buyerRegionCode, String buyerCountry,
        @DateTimeFormat(iso = ISO.DATE) LocalDate signedOn,
        @DateTimeFormat(iso = ISO.DATE) LocalDate validFrom,
        @DateTimeFormat(iso = ISO.DATE) LocalDate validTo,
        String contractAmount, String techTransactionAmount,
        Long version, String idempotencyKey, String sellerCreditCode,
        PartyNature buyerNature, IpType ipType, PlanSource planSource, PaymentMethod paymentMethod,
        FilerRole role, String abroadSellerName, String abroadSellerCountry, PartyNature abroadSellerNature) {

    /** The form's fields in the order the page shows them; the error summary lists them so. */
    static final List<String> FIELDS = List.of("sellerCreditCode", "title", "type", "subtype", "technologyField",
            "buyerName", "buyerCreditCode", "buyerRegionCode", "buyerCountry", "buyerNature", "signedOn", "validFrom",
            "validTo", "contractAmount", "techTransactionAmount", "ipType", "planSource", "paymentMethod", "role",
            "abroadSellerName", "abroadSellerCountry", "abroadSellerNature");
    static final Set<String> DATE_FIELDS = Set.of("signedOn", "validFrom", "validTo");

    static final String AMOUNT_NOT_NUMBER = "contract.form.amount.notNumber";

    /** Digits, an optional decimal part; thousands separators are dropped before the check. */
    private static final Pattern DECIMAL = Pattern.compile("^[0-9]+(\\.[0-9]+)?$");

    static ContractPageForm blank() {
        FilingDetails d = FilingDetails.DEFAULTS;
        return new ContractPageForm(null, null, null, null, null, null, null, Buyer.CHINA, null, null, null,
                null, null, null, UUID.randomUUID().toString(), null, null, d.ipType(),
                d.planSource(), d.paymentMethod(), FilerRole.SELLER, null, null, null);
    }

    static ContractPageForm of(ContractView c) {
        Buyer buyer = c.buyer();
        return new ContractPageForm(c.title(), c.type(), c.subtype(), c.technologyField(),
                buyer.name(), buyer.creditCode(), buyer.regionCode(), buyer.country() == null ? Buyer.CHINA : buyer.country(),
                c.signedOn(), c.validFrom(), c.validTo(),
                c.contractAmount() == null ? null : c.contractAmount().toPlainString(),
                c.techTransactionAmount() == null ? null : c.techTransactionAmount().toPlainString(),
                c.version(), null, null, buyer.natureOrDefault(), c.ipType(), c.planSource(), c.paymentMethod(),
                c.role(), c.seller() == null ? null : c.seller().name(), c.seller() == null ? null : c.seller().country(),
                c.seller() == null ? null : c.seller().nature());
    }

    /** The same form with a fresh idempotency key where it has none (a hand-made request). */
    ContractPageForm withKey() {
        if (idempotencyKey != null && !idempotencyKey.isBlank()) {
            return this;
        }
        return new ContractPageForm(title, type, subtype, technologyField, buyerName, buyerCreditCode,
                buyerRegionCode, buyerCountry, signedOn, validFrom, validTo, contractAmount, techTransactionAmount,
                version, UUID.randomUUID().toString(), sellerCreditCode, buyerNature, ipType, planSource, paymentMethod,
                role, abroadSellerName, abroadSellerCountry, abroadSellerNature);
    }

    /**
     * The terms as the domain takes them. Amounts that are not numbers become field errors in
     * {@code errors} and {@code null} in the terms; the domain's rules run later.
     */
    ContractTerms toTerms(List<FieldError> errors) {
        Buyer buyer = new Buyer(buyerName, blankToNull(buyerCreditCode), blankToNull(buyerRegionCode),
                blankToNull(buyerCountry), buyerNature);
        return new ContractTerms(title, type, type == ContractType.TECHNICAL_CONSULTING ? null : subtype,
                technologyField, buyer, signedOn, validFrom, validTo,
                amount("contractAmount", contractAmount, errors),
                amount("techTransactionAmount", techTransactionAmount, errors),
                new FilingDetails(ipType, planSource, paymentMethod));
    }

    /** Whether the buyer registers (role BUYER); the buyer's fields are then the filer's own, not the form's. */
    boolean byBuyer() {
        return role == FilerRole.BUYER;
    }

    /** The seller abroad as typed, for a buyer registering; else null. */
    AbroadSeller abroadSeller() {
        return byBuyer() ? new AbroadSeller(abroadSellerName, blankToNull(abroadSellerCountry), abroadSellerNature) : null;
    }

    /** The portal's form field that a domain field error belongs to. */
    static String formField(String domainField) {
        return switch (domainField) {
            case "buyer", "buyer.name" -> "buyerName";
            case "buyer.creditCode" -> "buyerCreditCode";
            case "buyer.regionCode" -> "buyerRegionCode";
            case "buyer.country" -> "buyerCountry";
            case "buyer.nature" -> "buyerNature";
            case "sellerId" -> "sellerCreditCode";
            case "seller", "seller.name" -> "abroadSellerName";
            case "seller.country" -> "abroadSellerCountry";
            case "seller.nature" -> "abroadSellerNature";
            default -> domainField;
        };
    }

    static BigDecimal amount(String field, String text, List<FieldError> errors) {
        if (text == null || text.isBlank()) {
            // the domain would say "must be greater than 0" about a missing amount
            errors.add(new FieldError(field, "error.field.required", "is required"));
            return null;
        }
        String plain = text.strip().replace(",", "").replace("，", "").replace(" ", "");
        if (!DECIMAL.matcher(plain).matches()) {
            errors.add(new FieldError(field, AMOUNT_NOT_NUMBER, "must be a number such as 125000.00"));
            return null;
        }
        return new BigDecimal(plain);
    }

    /** The seller's credit code as typed, trimmed and in capitals, or null when left empty. */
    String sellerCode() {
        String code = blankToNull(sellerCreditCode);
        return code == null ? null : code.toUpperCase(java.util.Locale.ROOT);
    }

    private static String blankToNull(String s) {
        return s == null || s.isBlank() ? null : s.strip();
    }
}
