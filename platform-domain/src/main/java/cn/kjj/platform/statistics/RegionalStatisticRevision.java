package cn.kjj.platform.statistics;

import jakarta.persistence.Column;
import jakarta.persistence.Entity;
import jakarta.persistence.GeneratedValue;
import jakarta.persistence.GenerationType;
import jakarta.persistence.Id;
import jakarta.persistence.Table;
import java.time.Instant;
import org.hibernate.annotations.Immutable;

/**
 * Figures of a district and year as they stood before a revision, with when and by whom they had
 * been recorded (table {@code regional_statistic_revision}). Append-only: made only by
 * {@link RegionalStatistic#revise}, never changed or deleted.
 */
@Entity
@Immutable
@Table(name = "regional_statistic_revision")
public class RegionalStatisticRevision extends FiguresRecord {

    @Id
    @GeneratedValue(strategy = GenerationType.IDENTITY)
    private Long id;

    @Column(name = "region_code", nullable = false, length = 6, updatable = false)
    private String regionCode;

    @Column(name = "year", nullable = false, updatable = false)
    private int year;

    /** When these figures were recorded. */
    @Column(name = "revised_at", nullable = false, updatable = false)
    private Instant revisedAt;

    /** Who recorded these figures; {@code null} for data loaded by the system. */
    @Column(name = "revised_by", updatable = false)
    private Long revisedBy;

    protected RegionalStatisticRevision() {
        // for JPA
    }

    RegionalStatisticRevision(String regionCode, int year, StatisticFigures figures, Instant revisedAt,
                              Long revisedBy) {
        this.regionCode = regionCode;
        this.year = year;
        this.figures = figures;
        this.revisedAt = revisedAt;
        this.revisedBy = revisedBy;
    }

    public Long getId() {
        return id;
    }

    public String getRegionCode() {
        return regionCode;
    }

    public int getYear() {
        return year;
    }

    public Instant getRevisedAt() {
        return revisedAt;
    }

    public Long getRevisedBy() {
        return revisedBy;
    }
}
