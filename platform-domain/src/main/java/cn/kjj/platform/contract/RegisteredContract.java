package cn.kjj.platform.contract;

import java.math.BigDecimal;
import java.time.LocalDate;

/**
 * What the turnover roll-ups need of a registered contract: where and when it counts, its amounts (the 核定
 * technology transaction amount) and the registration form's statistical fields (constant names).
 * {@code sellerRegionCode} is null when its buyer registered it (decision 0036); {@code buyerRegionCode} is null
 * for a buyer abroad; {@code buyerCountry} is ISO 3166 alpha-2.
 */
public record RegisteredContract(String sellerRegionCode, String buyerRegionCode, LocalDate registeredOn, String type,
                                 BigDecimal contractAmount, BigDecimal techTransactionAmount, String buyerCountry,
                                 String technologyField, String sellerNature, String buyerNature, String ipType,
                                 String planSource) {

    /** As the contract stands now, counted on {@code countedOn} (its registration date, or a change's date). */
    public static RegisteredContract of(TechnologyContract c, LocalDate countedOn) {
        Buyer buyer = c.getBuyer();
        return new RegisteredContract(c.getOutputRegionCode(), buyer.regionCode(), countedOn, c.getType().name(),
                c.getContractAmount(), c.getTechTransactionAmount(), buyer.country(), c.getTechnologyField().name(),
                c.getSellerNature().name(), buyer.natureOrDefault().name(), c.getDetails().ipType().name(),
                c.getDetails().planSource().name());
    }

    /** As the contract stands now, counted on its registration date. */
    public static RegisteredContract of(TechnologyContract c) {
        return of(c, c.getRegisteredOn());
    }

    /** The same contract with other amounts: a change's difference, or the amounts it was registered with. */
    public RegisteredContract withAmounts(BigDecimal contractAmount, BigDecimal techTransactionAmount) {
        return new RegisteredContract(sellerRegionCode, buyerRegionCode, registeredOn, type, contractAmount,
                techTransactionAmount, buyerCountry, technologyField, sellerNature, buyerNature, ipType, planSource);
    }

    /**
     * A registration of another office, imported (decision 0036): absorption of the buyer's district only. The
     * national export carries none of the registration form's statistical fields, so it stays out of the
     * by-dimension roll-up (decision 0035) and counts in the totals only.
     */
    public static RegisteredContract elsewhere(String buyerRegionCode, LocalDate registeredOn, String type,
                                               BigDecimal contractAmount, BigDecimal techTransactionAmount) {
        return new RegisteredContract(null, buyerRegionCode, registeredOn, type, contractAmount, techTransactionAmount,
                "CN", null, null, null, null, null);
    }

    /** Whether it carries the form's statistical fields (false for a registration of another office). */
    public boolean hasDimensions() {
        return sellerNature != null;
    }
}
