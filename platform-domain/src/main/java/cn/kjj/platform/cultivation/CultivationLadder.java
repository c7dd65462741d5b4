package cn.kjj.platform.cultivation;

import cn.kjj.platform.enterprise.AnnualFigures;
import cn.kjj.platform.enterprise.HighTechJudgement;
import cn.kjj.platform.enterprise.HighTechThresholds;
import java.math.BigDecimal;
import java.math.RoundingMode;
import java.time.LocalDate;
import java.time.temporal.ChronoUnit;

/**
 * The ladder's rules (decision 0045), a pure function of an enterprise's facts of a year and the
 * city's criteria. Comparisons are exact (no rounding): revenue growth of exactly the rate meets it.
 */
public final class CultivationLadder {

    private CultivationLadder() {
    }

    /** Where the enterprise stands in {@code year}; a null tier when it is on no rung. */
    public static LadderStanding stand(int year, LadderFacts facts, CultivationCriteria criteria,
                                       HighTechThresholds thresholds) {
        LocalDate yearEnd = LocalDate.of(year, 12, 31);
        // the conditions as next year's batch would judge them: from the figures of this year and the two before
        HighTechJudgement judgement = HighTechJudgement.judge(year + 1, facts.foundedOn(), facts.industry(),
                facts.figures(), null, yearEnd, thresholds);
        long met = judgement.count(true);
        boolean pooled = (facts.techSme() || !criteria.poolRequiresTechSme()) && met >= criteria.poolConditionsMet();
        AnnualFigures latest = facts.figures().get(year);
        AnnualFigures base = facts.figures().get(year - criteria.gazelleGrowthYears());
        BigDecimal growth = null;
        boolean gazelle = false;
        if (latest != null && base != null && base.revenue().signum() > 0) {
            growth = latest.revenue().divide(base.revenue(), 6, RoundingMode.DOWN).subtract(BigDecimal.ONE);
            BigDecimal least = base.revenue().multiply(BigDecimal.ONE.add(criteria.gazelleGrowthRate())
                    .pow(criteria.gazelleGrowthYears()));
            gazelle = latest.revenue().compareTo(least) >= 0
                    && latest.revenue().compareTo(criteria.gazelleMinRevenue()) >= 0
                    && facts.foundedOn() != null && !facts.foundedOn().isAfter(yearEnd)
                    && ChronoUnit.YEARS.between(facts.foundedOn(), yearEnd) <= criteria.gazelleMaxAgeYears()
                    && (facts.highTech() || !criteria.gazelleRequiresHighTech());
        }
        CultivationTier tier = gazelle ? CultivationTier.GAZELLE
                : facts.highTech() ? CultivationTier.HIGH_TECH
                : pooled || facts.placedByHand() ? CultivationTier.POOL
                : facts.techSme() ? CultivationTier.TECH_SME : null;
        return new LadderStanding(facts.enterpriseId(), facts.enterpriseName(), facts.regionCode(), year, tier,
                facts.techSme(), pooled, facts.placedByHand(), facts.highTech(), gazelle, met,
                latest == null ? null : latest.revenue(), growth);
    }
}
