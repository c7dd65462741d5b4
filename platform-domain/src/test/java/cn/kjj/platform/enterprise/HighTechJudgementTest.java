package cn.kjj.platform.enterprise;

import static org.assertj.core.api.Assertions.assertThat;

import cn.kjj.platform.common.InvalidInputException;
import java.math.BigDecimal;
import java.time.LocalDate;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import org.junit.jupiter.api.Test;
import org.assertj.core.api.Assertions;

/** The eight high-tech conditions at their boundaries (国科发火〔2016〕32号 art. 11). */
class HighTechJudgementTest {

    private static final HighTechThresholds RULES = HighTechThresholds.defaults();
    private static final LocalDate AS_OF = LocalDate.of(2025, 4, 1);

    /** Three years with the same sales and R&D expense (all of it in China), latest year's sales as given. */
    private static Map<Integer, AnnualFigures> threeYears(String sales, String rdExpense, String domestic) {
        Map<Integer, AnnualFigures> byYear = new HashMap<>();
        for (int year = 2022; year <= 2024; year++) {
            byYear.put(year, figures(sales, rdExpense, domestic, "0", 100, 10, 1));
        }
        return byYear;
    }

    static AnnualFigures figures(String sales, String rdExpense, String domestic, String highTechIncome, int staff,
                                 int techStaff, int patents) {
        BigDecimal revenue = new BigDecimal(sales);
        return new AnnualFigures(revenue, revenue, new BigDecimal(highTechIncome), new BigDecimal(rdExpense),
                new BigDecimal(domestic), staff, techStaff, patents, 0, BigDecimal.ZERO, BigDecimal.ZERO,
                BigDecimal.ONE, false);
    }

    private static HighTechJudgement.Criterion criterion(Map<Integer, AnnualFigures> figures,
                                                         HighTechCondition code) {
        return judge(figures, null).criteria().stream().filter(c -> c.code() == code).findFirst().orElseThrow();
    }

    private static HighTechJudgement judge(Map<Integer, AnnualFigures> figures, BigDecimal score) {
        return HighTechJudgement.judge(2025, LocalDate.of(2015, 6, 18), "电子信息", figures, score, AS_OF, RULES);
    }

    @Test
    void salesOfExactlyFiftyMillionNeedFivePercentAndExactlyFivePercentMeetsIt() {
        HighTechJudgement.Criterion met = criterion(threeYears("50000000", "2500000", "2500000"),
                HighTechCondition.RD_EXPENSE_SHARE);
        assertThat(met.threshold()).isEqualByComparingTo("0.05");
        assertThat(met.met()).isTrue();
        assertThat(criterion(threeYears("50000000", "2499999.99", "2499999.99"), HighTechCondition.RD_EXPENSE_SHARE)
                .met()).isFalse();
    }

    @Test
    void salesOfExactlyTwoHundredMillionNeedFourPercent() {
        HighTechJudgement.Criterion share = criterion(threeYears("200000000", "8000000", "8000000"),
                HighTechCondition.RD_EXPENSE_SHARE);
        assertThat(share.threshold()).isEqualByComparingTo("0.04");
        assertThat(share.met()).isTrue();
        assertThat(criterion(threeYears("50000000.01", "2000000.01", "2000000.01"),
                HighTechCondition.RD_EXPENSE_SHARE).threshold()).isEqualByComparingTo("0.04");
    }

    @Test
    void salesOfTwoHundredMillionAndOneFenNeedThreePercent() {
        HighTechJudgement.Criterion share = criterion(threeYears("200000000.01", "6000000.01", "6000000.01"),
                HighTechCondition.RD_EXPENSE_SHARE);
        assertThat(share.threshold()).isEqualByComparingTo("0.03");
        assertThat(share.met()).isTrue();
        assertThat(share.figures()).containsEntry("salesRevenue2024", new BigDecimal("200000000.01"));
    }

    @Test
    void theBandIsTheLatestYearsSalesButTheShareIsOverAllThreeYears() {
        Map<Integer, AnnualFigures> figures = threeYears("300000000", "0", "0");
        // the latest year's sales 40 M put the band at 5 %; 3 years' R&D 17.2 M of 640 M sales is 2.69 %
        figures.put(2024, figures("40000000", "17200000", "17200000", "0", 100, 10, 1));
        HighTechJudgement.Criterion share = criterion(figures, HighTechCondition.RD_EXPENSE_SHARE);
        assertThat(share.threshold()).isEqualByComparingTo("0.05");
        assertThat(share.value()).isEqualByComparingTo("0.026875");
        assertThat(share.met()).isFalse();
    }

    @Test
    void aDomesticShareOf5999PercentFailsAnd60PercentMeets() {
        assertThat(criterion(threeYears("10000000", "1000000", "599900"), HighTechCondition.DOMESTIC_RD_SHARE).met())
                .isFalse();
        HighTechJudgement.Criterion sixty = criterion(threeYears("10000000", "1000000", "600000"),
                HighTechCondition.DOMESTIC_RD_SHARE);
        assertThat(sixty.met()).isTrue();
        assertThat(sixty.value()).isEqualByComparingTo("0.6");
        assertThat(sixty.threshold()).isEqualByComparingTo("0.60");
    }

    @Test
    void fewerThanThreeYearsOfFiguresLeaveTheRdConditionsUnknownNotFailed() {
        Map<Integer, AnnualFigures> figures = threeYears("10000000", "1000000", "1000000");
        figures.remove(2022);
        HighTechJudgement judgement = judge(figures, null);
        assertThat(judgement.criteria()).filteredOn(c -> c.code() == HighTechCondition.RD_EXPENSE_SHARE
                        || c.code() == HighTechCondition.DOMESTIC_RD_SHARE)
                .hasSize(2).allSatisfy(c -> assertThat(c.met()).isNull());
        // the latest year's conditions are still judged
        assertThat(judgement.criteria()).filteredOn(c -> c.code() == HighTechCondition.TECH_STAFF_SHARE)
                .singleElement().satisfies(c -> assertThat(c.met()).isTrue());
    }

    @Test
    void noFiguresAtAllLeaveEveryFigureConditionUnknown() {
        HighTechJudgement judgement = judge(Map.of(), null);
        assertThat(judgement.criteria()).extracting(HighTechJudgement.Criterion::code)
                .containsExactly(HighTechCondition.values());
        assertThat(judgement.criteria()).filteredOn(c -> c.met() == null).extracting(HighTechJudgement.Criterion::code)
                .containsExactlyInAnyOrder(HighTechCondition.CORE_IP, HighTechCondition.TECH_STAFF_SHARE,
                        HighTechCondition.RD_EXPENSE_SHARE, HighTechCondition.DOMESTIC_RD_SHARE,
                        HighTechCondition.HIGH_TECH_INCOME_SHARE, HighTechCondition.INNOVATION_SCORE,
                        HighTechCondition.NO_MAJOR_ACCIDENT);
        assertThat(judgement.count(null)).isEqualTo(7);
    }

    @Test
    void staffIncomeIpScoreAndYearsAtTheirThresholds() {
        Map<Integer, AnnualFigures> figures = threeYears("10000000", "1000000", "1000000");
        figures.put(2024, figures("10000000", "1000000", "1000000", "6000000", 120, 12, 0));
        HighTechJudgement judgement = judge(figures, new BigDecimal("71"));
        Map<HighTechCondition, Boolean> met = new HashMap<>();
        judgement.criteria().forEach(c -> met.put(c.code(), c.met()));
        assertThat(met).containsEntry(HighTechCondition.TECH_STAFF_SHARE, true)
                .containsEntry(HighTechCondition.HIGH_TECH_INCOME_SHARE, true)
                .containsEntry(HighTechCondition.CORE_IP, false)
                .containsEntry(HighTechCondition.INNOVATION_SCORE, true)
                .containsEntry(HighTechCondition.YEARS_REGISTERED, true)
                .containsEntry(HighTechCondition.KEY_FIELD, true);
        figures.put(2024, figures("10000000", "1000000", "1000000", "5999999.99", 120, 11, 1));
        judgement = HighTechJudgement.judge(2025, AS_OF.minusMonths(11), "餐饮", figures, new BigDecimal("70.99"),
                AS_OF, RULES);
        assertThat(judgement.criteria()).filteredOn(c -> c.code() != HighTechCondition.CORE_IP
                        && c.code() != HighTechCondition.NO_MAJOR_ACCIDENT && c.code() != HighTechCondition.RD_EXPENSE_SHARE
                        && c.code() != HighTechCondition.DOMESTIC_RD_SHARE)
                .allSatisfy(c -> assertThat(c.met()).as(c.code().name()).isFalse());
    }

    @Test
    void theThresholdsAreSettings() {
        HighTechThresholds older = new HighTechThresholds(new BigDecimal("50000000"), new BigDecimal("200000000"),
                new BigDecimal("0.06"), new BigDecimal("0.04"), new BigDecimal("0.03"), new BigDecimal("0.60"),
                new BigDecimal("0.60"), new BigDecimal("0.10"), new BigDecimal("71"), 1, List.of("电子信息"));
        HighTechJudgement judgement = HighTechJudgement.judge(2025, LocalDate.of(2015, 1, 1), "电子信息",
                threeYears("50000000", "2500000", "2500000"), null, AS_OF, older);
        assertThat(judgement.criteria()).filteredOn(c -> c.code() == HighTechCondition.RD_EXPENSE_SHARE)
                .singleElement().satisfies(c -> {
                    assertThat(c.threshold()).isEqualByComparingTo("0.06");
                    assertThat(c.met()).isFalse();
                });
    }

    @Test
    void figuresBreakingTheirOwnRulesAreRefusedNamingEveryField() {
        AnnualFigures bad = new AnnualFigures(new BigDecimal("100"), new BigDecimal("200"), new BigDecimal("-1"),
                new BigDecimal("10"), new BigDecimal("11"), 5, 6, -1, 0, new BigDecimal("-5.5"), BigDecimal.ZERO,
                null, null);
        Assertions.assertThatThrownBy(bad::validated).isInstanceOfSatisfying(InvalidInputException.class,
                e -> assertThat(e.errors()).extracting(f -> f.field()).containsExactlyInAnyOrder("salesRevenue",
                        "highTechIncome", "rdExpenseDomestic", "techStaff", "inventionPatents", "assets", "aboveScale"));
    }
}
