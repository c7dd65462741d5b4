package cn.kjj.platform.enterprise;

import java.math.BigDecimal;
import java.math.RoundingMode;
import java.time.LocalDate;
import java.time.temporal.ChronoUnit;
import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Objects;

/**
 * The high-tech conditions judged for an application in a batch year from the annual figures of
 * the three years before it: each met ({@code true}), not met ({@code false}) or unknown
 * ({@code null}: a figure it needs is missing, e.g. fewer than three years of figures), with the
 * value judged, the threshold and the figures behind it. Comparisons are exact (no rounding):
 * an R&D expense of exactly 5 % of sales meets 5 %, a domestic share of 59.99 % fails 60 %.
 *
 * @param batchYear the batch applied for; the figures judged are of {@code batchYear - 3} to {@code batchYear - 1}
 * @param criteria  one per {@link HighTechCondition}, in its order
 */
public record HighTechJudgement(int batchYear, List<Criterion> criteria) {

    /** Fractions ({@code value}, {@code threshold}) are shown to six decimals. */
    private static final int SHARE_SCALE = 6;

    /**
     * One condition.
     *
     * @param met       true, false, or null when unknown
     * @param value     what was judged (a share, a count, a score, years), null when unknown
     * @param threshold what it is judged against
     * @param figures   the figures behind it, by name (years in the names where several years count)
     */
    public record Criterion(HighTechCondition code, Boolean met, BigDecimal value, BigDecimal threshold,
                            Map<String, Object> figures) {
    }

    /** How many conditions are met, not met and unknown. */
    public long count(Boolean met) {
        return criteria.stream().filter(c -> Objects.equals(c.met(), met)).count();
    }

    /**
     * Judges the conditions.
     *
     * @param foundedOn the enterprise's registration date (null: unknown)
     * @param industry  its industry as entered (null: unknown)
     * @param figures   its annual figures by year (those of other years are ignored)
     * @param score     the innovation score officials entered, or null
     * @param asOf      the day of the application (years registered count to it)
     */
    public static HighTechJudgement judge(int batchYear, LocalDate foundedOn, String industry,
                                          Map<Integer, AnnualFigures> figures, BigDecimal score, LocalDate asOf,
                                          HighTechThresholds thresholds) {
        List<Criterion> criteria = new ArrayList<>();
        AnnualFigures latest = figures.get(batchYear - 1);
        criteria.add(yearsRegistered(foundedOn, asOf, thresholds));
        criteria.add(latest == null ? unknown(HighTechCondition.CORE_IP, BigDecimal.ONE)
                : new Criterion(HighTechCondition.CORE_IP, latest.ipCount() >= 1, BigDecimal.valueOf(latest.ipCount()),
                BigDecimal.ONE, figures(batchYear - 1, "inventionPatents", latest.inventionPatents(), "otherIp",
                latest.otherIp())));
        criteria.add(industry == null ? unknown(HighTechCondition.KEY_FIELD, null)
                : new Criterion(HighTechCondition.KEY_FIELD, thresholds.keyFields().contains(industry.strip()), null,
                null, Map.of("industry", industry)));
        criteria.add(latest == null || latest.staff() == 0
                ? unknown(HighTechCondition.TECH_STAFF_SHARE, thresholds.techStaffShare())
                : share(HighTechCondition.TECH_STAFF_SHARE, BigDecimal.valueOf(latest.techStaff()),
                BigDecimal.valueOf(latest.staff()), thresholds.techStaffShare(),
                figures(batchYear - 1, "techStaff", latest.techStaff(), "staff", latest.staff())));
        criteria.addAll(rdShares(batchYear, figures, thresholds));
        criteria.add(latest == null || latest.revenue().signum() == 0
                ? unknown(HighTechCondition.HIGH_TECH_INCOME_SHARE, thresholds.highTechIncomeShare())
                : share(HighTechCondition.HIGH_TECH_INCOME_SHARE, latest.highTechIncome(), latest.revenue(),
                thresholds.highTechIncomeShare(), figures(batchYear - 1, "highTechIncome", latest.highTechIncome(),
                "revenue", latest.revenue())));
        criteria.add(score == null ? unknown(HighTechCondition.INNOVATION_SCORE, thresholds.innovationScore())
                : new Criterion(HighTechCondition.INNOVATION_SCORE, score.compareTo(thresholds.innovationScore()) >= 0,
                score, thresholds.innovationScore(), Map.of("innovationScore", score)));
        criteria.add(unknown(HighTechCondition.NO_MAJOR_ACCIDENT, null));
        return new HighTechJudgement(batchYear, List.copyOf(criteria));
    }

    private static Criterion yearsRegistered(LocalDate foundedOn, LocalDate asOf, HighTechThresholds thresholds) {
        BigDecimal threshold = BigDecimal.valueOf(thresholds.yearsRegistered());
        if (foundedOn == null) {
            return unknown(HighTechCondition.YEARS_REGISTERED, threshold);
        }
        long years = ChronoUnit.YEARS.between(foundedOn, asOf);
        Map<String, Object> behind = new LinkedHashMap<>();
        behind.put("foundedOn", foundedOn.toString());
        behind.put("asOf", asOf.toString());
        return new Criterion(HighTechCondition.YEARS_REGISTERED, years >= thresholds.yearsRegistered(),
                BigDecimal.valueOf(years), threshold, behind);
    }

    /** The R&D expense share of sales and its domestic part, over the three years; unknown unless all three are there. */
    private static List<Criterion> rdShares(int batchYear, Map<Integer, AnnualFigures> figures,
                                            HighTechThresholds thresholds) {
        AnnualFigures latest = figures.get(batchYear - 1);
        BigDecimal rd = BigDecimal.ZERO;
        BigDecimal domestic = BigDecimal.ZERO;
        BigDecimal sales = BigDecimal.ZERO;
        Map<String, Object> behind = new LinkedHashMap<>();
        boolean complete = true;
        for (int year = batchYear - 3; year < batchYear; year++) {
            AnnualFigures f = figures.get(year);
            if (f == null) {
                complete = false;
                continue;
            }
            rd = rd.add(f.rdExpense());
            domestic = domestic.add(f.rdExpenseDomestic());
            sales = sales.add(f.salesRevenue());
            behind.put("rdExpense" + year, f.rdExpense());
            behind.put("rdExpenseDomestic" + year, f.rdExpenseDomestic());
            behind.put("salesRevenue" + year, f.salesRevenue());
        }
        BigDecimal band = latest == null ? null : thresholds.rdShareFor(latest.salesRevenue());
        Criterion expense = !complete || sales.signum() == 0 ? unknown(HighTechCondition.RD_EXPENSE_SHARE, band, behind)
                : share(HighTechCondition.RD_EXPENSE_SHARE, rd, sales, band, behind);
        Criterion inChina = !complete || rd.signum() == 0
                ? unknown(HighTechCondition.DOMESTIC_RD_SHARE, thresholds.domesticRdShare(), behind)
                : share(HighTechCondition.DOMESTIC_RD_SHARE, domestic, rd, thresholds.domesticRdShare(), behind);
        return List.of(expense, inChina);
    }

    /** {@code part / whole >= threshold}, judged exactly as {@code part >= whole × threshold}. */
    private static Criterion share(HighTechCondition code, BigDecimal part, BigDecimal whole, BigDecimal threshold,
                                   Map<String, Object> behind) {
        return new Criterion(code, part.compareTo(whole.multiply(threshold)) >= 0,
                part.divide(whole, SHARE_SCALE, RoundingMode.HALF_EVEN), threshold, behind);
    }

    private static Criterion unknown(HighTechCondition code, BigDecimal threshold) {
        return unknown(code, threshold, Map.of());
    }

    private static Criterion unknown(HighTechCondition code, BigDecimal threshold, Map<String, Object> behind) {
        return new Criterion(code, null, null, threshold, behind);
    }

    private static Map<String, Object> figures(int year, String name, Object value, String other, Object otherValue) {
        Map<String, Object> behind = new LinkedHashMap<>();
        behind.put(name + year, value);
        behind.put(other + year, otherValue);
        return behind;
    }
}
