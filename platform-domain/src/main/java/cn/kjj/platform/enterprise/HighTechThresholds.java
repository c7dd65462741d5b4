package cn.kjj.platform.enterprise;

import java.math.BigDecimal;
import java.util.List;
import org.springframework.beans.factory.annotation.Value;
import org.springframework.stereotype.Component;

/**
 * The thresholds of the eight high-tech conditions (国科发火〔2016〕32号 art. 11), as settings
 * ({@code platform.high-tech.*}): texts before and after 2016 differ on them (the R&D bands, the
 * income share), and a province may publish its own reading. Shares are fractions
 * ({@code 0.60} = 60 %); the defaults are the 2016 rules'.
 *
 * @param smallSalesLimit   latest-year sales up to this (inclusive) use {@code smallRdShare}
 * @param mediumSalesLimit  up to this (inclusive) {@code mediumRdShare}; above it {@code largeRdShare}
 * @param domesticRdShare   the least part of the R&D expense spent in China
 * @param highTechIncomeShare the least high-tech product or service income, as a share of revenue
 * @param techStaffShare    the least technology staff, as a share of staff
 * @param innovationScore   the least innovation score officials enter
 * @param yearsRegistered   whole years registered by the day of the application
 * @param keyFields         industries in the key supported fields
 */
@Component
public record HighTechThresholds(
        BigDecimal smallSalesLimit,
        BigDecimal mediumSalesLimit,
        BigDecimal smallRdShare,
        BigDecimal mediumRdShare,
        BigDecimal largeRdShare,
        BigDecimal domesticRdShare,
        BigDecimal highTechIncomeShare,
        BigDecimal techStaffShare,
        BigDecimal innovationScore,
        int yearsRegistered,
        List<String> keyFields) {

    /**
     * The settings, each with its default. (The {@code @Value}s are on this constructor's parameters rather than
     * on the record's components: there they would also mark the fields, which Spring's ahead-of-time
     * processing injects as fields, and a record's fields are final; decision 0071.)
     */
    public HighTechThresholds(
            @Value("${platform.high-tech.small-sales-limit:50000000}") BigDecimal smallSalesLimit,
            @Value("${platform.high-tech.medium-sales-limit:200000000}") BigDecimal mediumSalesLimit,
            @Value("${platform.high-tech.small-rd-share:0.05}") BigDecimal smallRdShare,
            @Value("${platform.high-tech.medium-rd-share:0.04}") BigDecimal mediumRdShare,
            @Value("${platform.high-tech.large-rd-share:0.03}") BigDecimal largeRdShare,
            @Value("${platform.high-tech.domestic-rd-share:0.60}") BigDecimal domesticRdShare,
            @Value("${platform.high-tech.high-tech-income-share:0.60}") BigDecimal highTechIncomeShare,
            @Value("${platform.high-tech.tech-staff-share:0.10}") BigDecimal techStaffShare,
            @Value("${platform.high-tech.innovation-score:71}") BigDecimal innovationScore,
            @Value("${platform.high-tech.years-registered:1}") int yearsRegistered,
            @Value("${platform.high-tech.key-fields:" + HighTechThresholds.KEY_FIELDS + "}") List<String> keyFields) {
        this.smallSalesLimit = smallSalesLimit;
        this.mediumSalesLimit = mediumSalesLimit;
        this.smallRdShare = smallRdShare;
        this.mediumRdShare = mediumRdShare;
        this.largeRdShare = largeRdShare;
        this.domesticRdShare = domesticRdShare;
        this.highTechIncomeShare = highTechIncomeShare;
        this.techStaffShare = techStaffShare;
        this.innovationScore = innovationScore;
        this.yearsRegistered = yearsRegistered;
        this.keyFields = keyFields;
    }

    /**
     * The eight key supported fields (《国家重点支持的高新技术领域》) and the platform's industries that
     * fall in them, by default.
     */
    public static final String KEY_FIELDS = "电子信息,生物与新医药,航空航天,新材料,高技术服务,新能源与节能,资源与环境,"
            + "先进制造与自动化,智能装备制造,生物医药,新能源,节能环保,软件和信息服务";

    /** The 2016 rules' thresholds (for tests and tools without Spring). */
    public static HighTechThresholds defaults() {
        return new HighTechThresholds(new BigDecimal("50000000"), new BigDecimal("200000000"), new BigDecimal("0.05"),
                new BigDecimal("0.04"), new BigDecimal("0.03"), new BigDecimal("0.60"), new BigDecimal("0.60"),
                new BigDecimal("0.10"), new BigDecimal("71"), 1, List.of(KEY_FIELDS.split(",")));
    }

    /** The least three-year R&D expense share of sales for an enterprise of these latest-year sales. */
    public BigDecimal rdShareFor(BigDecimal latestSales) {
        if (latestSales.compareTo(smallSalesLimit) <= 0) {
            return smallRdShare;
        }
        return latestSales.compareTo(mediumSalesLimit) <= 0 ? mediumRdShare : largeRdShare;
    }
}
