package cn.kjj.platform.statistics;

import cn.kjj.platform.common.FieldErrors;
import cn.kjj.platform.common.Money;
import jakarta.persistence.Column;
import jakarta.persistence.Embeddable;
import java.math.BigDecimal;

/**
 * Figures of a district and year: GDP and R&D expenditure in yuan, and their source. As entered
 * until {@link #validated()}; {@link RegionalStatistic} and {@link RegionalStatisticRevision}
 * keep them checked, in the same columns.
 */
@Embeddable
public record StatisticFigures(
        @Column(name = "gdp", nullable = false, precision = 18, scale = 2) BigDecimal gdp,
        @Column(name = "rd_expenditure", nullable = false, precision = 18, scale = 2) BigDecimal rdExpenditure,
        @Column(name = "source", nullable = false, length = 300) String source) {

    /** The checked copy (see {@link #checked}); every broken rule at once. */
    public StatisticFigures validated() {
        FieldErrors errors = new FieldErrors();
        StatisticFigures checked = checked(errors);
        errors.throwIfAny();
        return checked;
    }

    /** GDP above zero, R&D expenditure not below, both in yuan with at most 2 decimals; a source. */
    StatisticFigures checked(FieldErrors errors) {
        BigDecimal checkedGdp = errors.required("gdp", gdp) == null ? null
                : errors.check(() -> Money.requirePositive(gdp, "gdp"));
        BigDecimal checkedRd = errors.required("rdExpenditure", rdExpenditure) == null ? null
                : errors.check(() -> Money.requireNonNegative(rdExpenditure, "rdExpenditure"));
        return new StatisticFigures(checkedGdp, checkedRd, errors.text("source", source, 300, true));
    }

    /** The same amounts (whatever their scale) and source. */
    boolean sameAs(StatisticFigures other) {
        return gdp.compareTo(other.gdp) == 0 && rdExpenditure.compareTo(other.rdExpenditure) == 0
                && source.equals(other.source);
    }
}
