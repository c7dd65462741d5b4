package cn.kjj.platform.contract;

import java.math.BigDecimal;
import java.time.LocalDate;

/**
 * What the turnover roll-ups need of a registered contract: where and when it counts, its amounts (the 核定
 * technology transaction amount) and the registration form's statistical fields (constant names; null where an
 * imported registration of another office does not state one, which counts in the group {@code UNKNOWN}).
 * {@code sellerRegionCode} is the output region: null when its buyer registered it or another office did (decision
 * 0036); {@code sellerPlace} is where the seller is, for the flow: the same as the output region for a contract
 * registered here by its seller, the seller's region for an imported one, null for a seller abroad.
 * {@code buyerRegionCode} is null for a buyer abroad; {@code buyerCountry} is ISO 3166 alpha-2.
 */
public record RegisteredContract(String sellerRegionCode, String sellerPlace, String buyerRegionCode,
                                 LocalDate registeredOn, String type, BigDecimal contractAmount,
                                 BigDecimal techTransactionAmount, String buyerCountry, String technologyField,
                                 String sellerNature, String buyerNature, String ipType, String planSource) {

    /** As the contract stands now, counted on {@code countedOn} (its registration date, or a change's date). */
    public static RegisteredContract of(TechnologyContract c, LocalDate countedOn) {
        Buyer buyer = c.getBuyer();
        return new RegisteredContract(c.getOutputRegionCode(), c.getOutputRegionCode(), buyer.regionCode(), countedOn,
                c.getType().name(), c.getContractAmount(), c.getTechTransactionAmount(), buyer.country(),
                c.getTechnologyField().name(), c.getSellerNature().name(), buyer.natureOrDefault().name(),
                c.getDetails().ipType().name(), c.getDetails().planSource().name());
    }

    /** As the contract stands now, counted on its registration date. */
    public static RegisteredContract of(TechnologyContract c) {
        return of(c, c.getRegisteredOn());
    }

    /** The same contract with other amounts: a change's difference, or the amounts it was registered with. */
    public RegisteredContract withAmounts(BigDecimal contractAmount, BigDecimal techTransactionAmount) {
        return new RegisteredContract(sellerRegionCode, sellerPlace, buyerRegionCode, registeredOn, type,
                contractAmount, techTransactionAmount, buyerCountry, technologyField, sellerNature, buyerNature, ipType,
                planSource);
    }

    /**
     * A registration of another office, imported (decision 0036): absorption of the buyer's district only, in the
     * totals and in every dimension; the fields the national export left out count as {@code UNKNOWN}.
     */
    public static RegisteredContract elsewhere(ExternalRegistrationDetails c) {
        return new RegisteredContract(null, c.sellerPlace(), c.regionCode(), c.registeredOn(), c.type().name(),
                c.contractAmount(), c.techTransactionAmount(), Buyer.CHINA, c.technologyField().name(),
                name(c.sellerNature()), name(c.buyerNature()), name(c.ipType()), name(c.planSource()));
    }

    private static String name(Enum<?> constant) {
        return constant == null ? null : constant.name();
    }
}
