package cn.kjj.platform.cultivation;

import java.math.BigDecimal;
import org.springframework.beans.factory.annotation.Value;
import org.springframework.stereotype.Component;

/**
 * The criteria the city sets for its cultivation ladder (梯度培育, decision 0045), as settings
 * ({@code platform.cultivation.*}); no number of them is a constant in the judging code. Shares and
 * rates are fractions ({@code 0.20} = 20 %).
 *
 * @param poolRequiresTechSme     whether only the year's technology SMEs enter the pool by their figures
 * @param poolConditionsMet       the least number of high-tech conditions met (judged from the figures of the
 *                                year and the two before it) to enter the pool (培育库) by the figures
 * @param gazelleGrowthYears      the years over which a gazelle's revenue growth is measured
 * @param gazelleGrowthRate       the least compound yearly revenue growth over them
 * @param gazelleMinRevenue       the least revenue (yuan) of the year judged
 * @param gazelleMaxAgeYears      the most whole years since the enterprise was founded, on 31 December
 * @param gazelleRequiresHighTech whether a gazelle must hold a high-tech certificate in force on 31 December
 */
@Component
public record CultivationCriteria(
        boolean poolRequiresTechSme,
        int poolConditionsMet,
        int gazelleGrowthYears,
        BigDecimal gazelleGrowthRate,
        BigDecimal gazelleMinRevenue,
        int gazelleMaxAgeYears,
        boolean gazelleRequiresHighTech) {

    /**
     * The settings, each with its default. (The {@code @Value}s are on this constructor's parameters rather than
     * on the record's components: there they would also mark the fields, which Spring's ahead-of-time
     * processing injects as fields, and a record's fields are final; decision 0071.)
     */
    public CultivationCriteria(
            @Value("${platform.cultivation.pool-requires-tech-sme:true}") boolean poolRequiresTechSme,
            @Value("${platform.cultivation.pool-conditions-met:5}") int poolConditionsMet,
            @Value("${platform.cultivation.gazelle-growth-years:3}") int gazelleGrowthYears,
            @Value("${platform.cultivation.gazelle-growth-rate:0.20}") BigDecimal gazelleGrowthRate,
            @Value("${platform.cultivation.gazelle-min-revenue:10000000}") BigDecimal gazelleMinRevenue,
            @Value("${platform.cultivation.gazelle-max-age-years:10}") int gazelleMaxAgeYears,
            @Value("${platform.cultivation.gazelle-requires-high-tech:true}") boolean gazelleRequiresHighTech) {
        this.poolRequiresTechSme = poolRequiresTechSme;
        this.poolConditionsMet = poolConditionsMet;
        this.gazelleGrowthYears = gazelleGrowthYears;
        this.gazelleGrowthRate = gazelleGrowthRate;
        this.gazelleMinRevenue = gazelleMinRevenue;
        this.gazelleMaxAgeYears = gazelleMaxAgeYears;
        this.gazelleRequiresHighTech = gazelleRequiresHighTech;
    }

    /** The defaults (for tests and tools without Spring). */
    public static CultivationCriteria defaults() {
        return new CultivationCriteria(true, 5, 3, new BigDecimal("0.20"), new BigDecimal("10000000"), 10, true);
    }

    /** The most years of figures before the year judged that any criterion reads. */
    public int yearsBack() {
        return Math.max(gazelleGrowthYears, 2);
    }
}
