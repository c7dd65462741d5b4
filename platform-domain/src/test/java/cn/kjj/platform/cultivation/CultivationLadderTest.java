package cn.kjj.platform.cultivation;

import static org.assertj.core.api.Assertions.assertThat;

import cn.kjj.platform.enterprise.AnnualFigures;
import cn.kjj.platform.enterprise.HighTechThresholds;
import java.math.BigDecimal;
import java.time.LocalDate;
import java.util.HashMap;
import java.util.Map;
import org.junit.jupiter.api.Test;

/** The ladder's rules at their boundaries, and the city's settings changing the tier (decision 0045). */
class CultivationLadderTest {

    private static final HighTechThresholds RULES = HighTechThresholds.defaults();
    private static final CultivationCriteria CITY = CultivationCriteria.defaults();
    private static final int YEAR = 2024;
    private static final LocalDate FOUNDED = LocalDate.of(2018, 3, 1);

    /**
     * Figures of 2020 to 2024 meeting all seven conditions judged from figures (sales 10 M, R&D 6 %, all in
     * China, high-tech income 70 %, 20 of 100 staff in technology, one patent), the revenue of 2021 and 2024 as
     * given.
     */
    private static Map<Integer, AnnualFigures> figures(String revenue2021, String revenue2024) {
        Map<Integer, AnnualFigures> byYear = new HashMap<>();
        for (int year = 2020; year <= 2024; year++) {
            String revenue = year == 2021 ? revenue2021 : year == 2024 ? revenue2024 : "10000000";
            byYear.put(year, figures(revenue, 20, "0.70"));
        }
        return byYear;
    }

    private static AnnualFigures figures(String revenue, int techStaff, String incomeShare) {
        BigDecimal r = new BigDecimal(revenue);
        BigDecimal rd = r.multiply(new BigDecimal("0.06"));
        return new AnnualFigures(r, r, r.multiply(new BigDecimal(incomeShare)), rd, rd, 100, techStaff, 1, 0,
                BigDecimal.ZERO, BigDecimal.ZERO, BigDecimal.ONE, true);
    }

    private static LadderFacts facts(LocalDate founded, String industry, boolean techSme, boolean highTech,
                                     boolean placed, Map<Integer, AnnualFigures> figures) {
        return new LadderFacts(1, "江门测试科技有限公司", "440704", founded, industry, techSme, highTech, placed, figures);
    }

    private static CultivationTier tier(LadderFacts facts, CultivationCriteria criteria) {
        return CultivationLadder.stand(YEAR, facts, criteria, RULES).tier();
    }

    private static CultivationCriteria with(boolean poolRequiresTechSme, int conditions, String minRevenue,
                                            boolean requiresHighTech) {
        return new CultivationCriteria(poolRequiresTechSme, conditions, 3, new BigDecimal("0.20"),
                new BigDecimal(minRevenue), 10, requiresHighTech);
    }

    @Test
    void revenueGrownByExactlyTwentyPercentAYearOverThreeYearsMakesAHighTechEnterpriseAGazelle() {
        // 10,000,000 x 1.2^3 = 17,280,000 exactly
        LadderStanding exact = CultivationLadder.stand(YEAR, facts(FOUNDED, "电子信息", true, true, false,
                figures("10000000", "17280000")), CITY, RULES);
        assertThat(exact.tier()).isEqualTo(CultivationTier.GAZELLE);
        assertThat(exact.growthRate()).isEqualByComparingTo("0.728");
        assertThat(tier(facts(FOUNDED, "电子信息", true, true, false, figures("10000000", "17279999.99")), CITY))
                .isEqualTo(CultivationTier.HIGH_TECH);
    }

    @Test
    void aGazelleNeedsTheLeastRevenueAndTheCitysSettingMovesIt() {
        // 5,000,000 x 1.728 = 8,640,000: grown fast enough, but below 10,000,000
        LadderFacts small = facts(FOUNDED, "电子信息", true, true, false, figures("5000000", "8640000"));
        assertThat(tier(small, CITY)).isEqualTo(CultivationTier.HIGH_TECH);
        assertThat(tier(small, with(true, 5, "8640000", true))).isEqualTo(CultivationTier.GAZELLE);
        assertThat(tier(small, with(true, 5, "8640000.01", true))).isEqualTo(CultivationTier.HIGH_TECH);
    }

    @Test
    void aGazelleIsAtMostTenWholeYearsOldOn31December() {
        Map<Integer, AnnualFigures> fast = figures("10000000", "17280000");
        assertThat(tier(facts(LocalDate.of(2014, 1, 1), "电子信息", true, true, false, fast), CITY))
                .isEqualTo(CultivationTier.GAZELLE);
        assertThat(tier(facts(LocalDate.of(2013, 12, 31), "电子信息", true, true, false, fast), CITY))
                .isEqualTo(CultivationTier.HIGH_TECH);
        assertThat(tier(facts(null, "电子信息", true, true, false, fast), CITY))
                .as("an unknown founding date makes no gazelle").isEqualTo(CultivationTier.HIGH_TECH);
    }

    @Test
    void withoutACertificateAFastGrowerIsAGazelleOnlyWhereTheCityDoesNotRequireHighTech() {
        LadderFacts fast = facts(FOUNDED, "电子信息", true, false, false, figures("10000000", "17280000"));
        assertThat(tier(fast, CITY)).isEqualTo(CultivationTier.POOL);
        assertThat(tier(fast, with(true, 5, "10000000", false))).isEqualTo(CultivationTier.GAZELLE);
    }

    @Test
    void aTechnologySmeMeetingExactlyFiveConditionsIsInThePoolAndFourIsNot() {
        // 电子信息 and 70 % high-tech income: all 7 judged from figures are met
        LadderStanding all = CultivationLadder.stand(YEAR, facts(FOUNDED, "电子信息", true, false, false,
                figures("10000000", "10000000")), CITY, RULES);
        assertThat(all.conditionsMet()).isEqualTo(7);
        // not a key field, and 59 % high-tech income: 5 met
        Map<Integer, AnnualFigures> five = new HashMap<>();
        Map<Integer, AnnualFigures> four = new HashMap<>();
        for (int year = 2022; year <= 2024; year++) {
            five.put(year, figures("10000000", 20, "0.59"));
            four.put(year, figures("10000000", 9, "0.59"));
        }
        LadderStanding pooled = CultivationLadder.stand(YEAR, facts(FOUNDED, "纺织服装", true, false, false, five),
                CITY, RULES);
        assertThat(pooled.conditionsMet()).isEqualTo(5);
        assertThat(pooled.tier()).isEqualTo(CultivationTier.POOL);
        LadderStanding below = CultivationLadder.stand(YEAR, facts(FOUNDED, "纺织服装", true, false, false, four),
                CITY, RULES);
        assertThat(below.conditionsMet()).isEqualTo(4);
        assertThat(below.tier()).isEqualTo(CultivationTier.TECH_SME);
        assertThat(tier(facts(FOUNDED, "纺织服装", true, false, false, four), with(true, 4, "10000000", true)))
                .as("the city lowers the pool's bar to four").isEqualTo(CultivationTier.POOL);
    }

    @Test
    void onlyTechnologySmesEnterThePoolByTheirFiguresUnlessTheCitySaysOtherwise() {
        LadderFacts notSme = facts(FOUNDED, "电子信息", false, false, false, figures("10000000", "10000000"));
        assertThat(tier(notSme, CITY)).as("on no rung").isNull();
        assertThat(tier(notSme, with(false, 5, "10000000", true))).isEqualTo(CultivationTier.POOL);
    }

    @Test
    void anOfficialsPlacementPutsAnEnterpriseWithoutFiguresInThePool() {
        LadderStanding placed = CultivationLadder.stand(YEAR, facts(null, null, false, false, true, Map.of()), CITY,
                RULES);
        assertThat(placed.tier()).isEqualTo(CultivationTier.POOL);
        assertThat(placed.inPoolByFigures()).isFalse();
        assertThat(placed.revenue()).isNull();
        assertThat(tier(facts(null, null, true, false, false, Map.of()), CITY)).isEqualTo(CultivationTier.TECH_SME);
    }
}
