package cn.kjj.platform.statistics;

import jakarta.persistence.Embedded;
import jakarta.persistence.MappedSuperclass;
import java.math.BigDecimal;

/** A row that holds figures of a district and year: the current ones or a revision. */
@MappedSuperclass
public abstract class FiguresRecord {

    @Embedded
    StatisticFigures figures;

    public StatisticFigures getFigures() {
        return figures;
    }

    public BigDecimal getGdp() {
        return figures.gdp();
    }

    public BigDecimal getRdExpenditure() {
        return figures.rdExpenditure();
    }

    public String getSource() {
        return figures.source();
    }
}
