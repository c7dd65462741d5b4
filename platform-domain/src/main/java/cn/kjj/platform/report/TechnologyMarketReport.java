package cn.kjj.platform.report;

import cn.kjj.platform.indicator.Perspective;
import cn.kjj.platform.indicator.TurnoverDimension;
import java.math.BigDecimal;
import java.util.List;

/**
 * A region's yearly technology-market tables (技术市场统计): for output (技术输出) and absorption (技术吸纳), the
 * registered contracts' count, turnover (合同成交额) and 核定 technology transaction amount (技术交易额) in total
 * and by each dimension of the registration form, one table a dimension. Every figure names its lineage: the
 * reporting API's list of the contracts it is made of.
 */
public record TechnologyMarketReport(String region, String regionName, int year, List<Side> sides) {

    public static final String LINEAGE = "/api/v1/indicators/contract-turnover/lineage";

    /** Output ({@link Perspective#SELLER}) or absorption ({@link Perspective#BUYER}): its total and tables. */
    public record Side(Perspective perspective, Figures total, List<Table> tables) {
    }

    /** The figures by one dimension; its rows (every group, zeros included) sum to the side's total. */
    public record Table(TurnoverDimension dimension, String nameZh, String nameEn, List<Figures> rows) {
    }

    /**
     * One row: a group (null for a side's total) with its names, figures and lineage link; on the absorption side,
     * {@code registeredElsewhere} is the part of the figures that other offices registered and this one imported
     * (decision 0036), already counted in them; null on the output side, which imports never enter.
     */
    public record Figures(String group, String nameZh, String nameEn, long count, BigDecimal contractAmount,
                          BigDecimal techTransactionAmount, String lineage, Elsewhere registeredElsewhere) {
    }

    /** Registrations of other offices imported here, within a figure of the absorption side. */
    public record Elsewhere(long count, BigDecimal contractAmount, BigDecimal techTransactionAmount) {

        public static final Elsewhere NONE = new Elsewhere(0, BigDecimal.ZERO.setScale(2),
                BigDecimal.ZERO.setScale(2));

        Elsewhere plus(long n, BigDecimal contract, BigDecimal tech) {
            return new Elsewhere(count + n, contractAmount.add(contract), techTransactionAmount.add(tech));
        }
    }

    /**
     * The lineage link of a figure: every registered contract of the year in the group (or all, for a total).
     * Its parts are digits and constant names, which need no encoding.
     */
    static String lineage(String region, int year, Perspective perspective, TurnoverDimension by, String group) {
        String link = LINEAGE + "?region=" + region + "&period=" + year + "&perspective=" + perspective.name();
        return by == null ? link : link + "&by=" + by.name() + "&group=" + group;
    }

    public Side output() {
        return sides.get(0);
    }

    public Side absorption() {
        return sides.get(1);
    }
}
