package cn.kjj.platform.indicator;

import java.math.BigDecimal;

/**
 * One point of an indicator's series: the period it covers, its {@code value} and the exact parts
 * beside it, named as the API's JSON and CSV name them (docs/indicators.md). One record per indicator.
 */
public sealed interface IndicatorPoint {

    String period();

    /** The contract type of a turnover point split by type, else null. */
    default String type() {
        return null;
    }

    /** The year the period falls in. */
    default int year() {
        return Integer.parseInt(period().substring(0, 4));
    }

    /** R&D expenditure / GDP of a year in which all {@code districts} of the region have both figures. */
    record RdIntensity(String period, BigDecimal value, BigDecimal rdExpenditure, BigDecimal gdp, int districts)
            implements IndicatorPoint {
    }

    /**
     * Registered contracts of a period (and group); {@code value} is their contract amount. Split by a
     * dimension, {@code group} is the code of the point's group in it ({@link TurnoverDimension#groups}), and
     * {@code type} repeats it when the dimension is TYPE (as before there were dimensions).
     */
    record Turnover(String period, BigDecimal value, String type, String group, long count, BigDecimal contractAmount,
                    BigDecimal techTransactionAmount, Perspective perspective) implements IndicatorPoint {
    }

    /** Enterprises in force on 31 December ({@code value}), the year's flows and the growth over the year before. */
    record HighTech(String period, long value, long newlyCertified, long renewed, long expired, long revoked,
                    BigDecimal growthRate, BigDecimal growthNumerator, BigDecimal growthDenominator)
            implements IndicatorPoint {

        static HighTech of(HighTechYear y, Fraction growth) {
            return new HighTech(String.valueOf(y.year()), y.stock(), y.newlyCertified(), y.renewed(), y.expired(),
                    y.revoked(), growth == null ? null : growth.value(), growth == null ? null : growth.numerator(),
                    growth == null ? null : growth.denominator());
        }
    }

    /** Platforms of one category, kind and level on the registry today ({@code value}: how many). */
    record Platforms(String period, long value, String category, String kind, String level, BigDecimal areaSqm)
            implements IndicatorPoint {
    }

    /**
     * Programs of one year and kind; {@code value} is their budget. {@code approved} is what their
     * applications were granted (立项), {@code disbursed} what was paid to them in tranches,
     * {@code recovered} what was taken back from terminated projects, {@code net} disbursed less recovered;
     * {@code vouchersIssued}, {@code vouchersRedeemed}, {@code vouchersPaid} count their innovation vouchers
     * issued, redeemed and paid, and the {@code ...Amount} beside each sums them (decision 0043);
     * {@code vouchersReleasedAmount} is what expired vouchers gave back to the budget, unredeemed (decision 0051).
     */
    record Funding(String period, BigDecimal value, String kind, long programs, BigDecimal budget,
                   BigDecimal awarded, BigDecimal approved, BigDecimal disbursed, BigDecimal recovered,
                   BigDecimal net, long vouchersIssued, BigDecimal vouchersIssuedAmount, long vouchersRedeemed,
                   BigDecimal vouchersRedeemedAmount, long vouchersPaid, BigDecimal vouchersPaidAmount,
                   BigDecimal vouchersReleasedAmount)
            implements IndicatorPoint {
    }

    /** Enterprises registered as technology SMEs for the year ({@code value}: how many). */
    record TechSmes(String period, long value) implements IndicatorPoint {
    }

    /**
     * Supply and demand of a year ({@code value}: demands matched, i.e. given their first brokered
     * meeting that year), with the demands published, the contracts signed from meetings (registered
     * that year) and their turnover.
     */
    record Matching(String period, long value, long demandsPublished, long demandsMatched, long contractsSigned,
                    BigDecimal turnover) implements IndicatorPoint {
    }

    /** High-tech applications of a batch year; {@code value} is the pass rate passed / applied (null without any). */
    record HighTechApplications(String period, BigDecimal value, long applied, long recommended, long passed,
                                long failed) implements IndicatorPoint {
    }

    /** Enterprises per tier of the cultivation ladder in a year ({@code value}: all of them). */
    record Cultivation(String period, long value, long techSme, long pool, long highTech, long gazelle)
            implements IndicatorPoint {
    }

    /**
     * The figures of the high-tech enterprises of a year ({@code value}: their revenue): how many were in force on
     * 31 December, how many reported, and the sums of revenue, profit and tax paid.
     */
    record HighTechFigures(String period, BigDecimal value, long enterprises, long reported, BigDecimal revenue,
                           BigDecimal profit, BigDecimal taxPaid) implements IndicatorPoint {
    }

    /** Above-scale industrial enterprises with an R&D platform, as a share of all ({@code value}, null without any). */
    record RdPlatformCoverage(String period, BigDecimal value, long withPlatform, long aboveScaleIndustrial)
            implements IndicatorPoint {
    }

    /**
     * The enterprises' R&D expense of a year ({@code value}) beside the statistics bureau's R&D expenditure of the
     * region (null unless every district has it) and the share of the one in the other.
     */
    record EnterpriseRdExpense(String period, BigDecimal value, long reported, BigDecimal rdExpenseDomestic,
                               BigDecimal statisticsRdExpenditure, BigDecimal share) implements IndicatorPoint {
    }
}
