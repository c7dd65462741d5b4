package cn.kjj.platform.contract;

/**
 * What the registration form (技术合同登记表) records of a contract for the statistics, beside its
 * terms; {@code null} fields take their defaults ({@link #withDefaults()}).
 */
public record FilingDetails(IpType ipType, PlanSource planSource, PaymentMethod paymentMethod) {

    public static final FilingDetails DEFAULTS = new FilingDetails(IpType.NONE, PlanSource.NONE, PaymentMethod.LUMP_SUM);

    public FilingDetails withDefaults() {
        return new FilingDetails(ipType == null ? IpType.NONE : ipType, planSource == null ? PlanSource.NONE : planSource,
                paymentMethod == null ? PaymentMethod.LUMP_SUM : paymentMethod);
    }
}
