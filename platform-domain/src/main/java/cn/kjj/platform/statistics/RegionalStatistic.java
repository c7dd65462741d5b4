package cn.kjj.platform.statistics;

import cn.kjj.platform.common.FieldErrors;
import jakarta.persistence.Column;
import jakarta.persistence.Entity;
import jakarta.persistence.Id;
import jakarta.persistence.IdClass;
import jakarta.persistence.PostLoad;
import jakarta.persistence.PostPersist;
import jakarta.persistence.Table;
import jakarta.persistence.Transient;
import jakarta.persistence.Version;
import java.math.BigDecimal;
import java.time.Instant;
import java.util.Objects;
import java.util.Optional;
import org.springframework.data.domain.Persistable;

/**
 * GDP and R&D expenditure (yuan) of a district in a year, as published by the statistics bureau
 * (table {@code regional_statistic}). Only districts hold figures: a city's are the sums of its
 * districts'. The schema's {@code region_level} column is left unmapped; its default, checked by a
 * foreign key against the region's level, refuses rows for a city or a province.
 */
@Entity
@IdClass(RegionalStatisticId.class)
@Table(name = "regional_statistic")
public class RegionalStatistic extends FiguresRecord implements Persistable<RegionalStatisticId> {

    public static final int MIN_YEAR = 1980;
    public static final int MAX_YEAR = 9999;

    @Id
    @Column(name = "region_code", length = 6)
    private String regionCode;

    @Id
    @Column(name = "year")
    private Integer year;

    @Column(name = "updated_at", nullable = false)
    private Instant updatedAt;

    /** The account that recorded the current figures, by id; {@code null} for data loaded by the system. */
    @Column(name = "updated_by")
    private Long updatedBy;

    @Version
    @Column(name = "version", nullable = false)
    private long version;

    /** The key is assigned, so Spring Data cannot tell a new row from its id: persist, never merge, new ones. */
    @Transient
    private boolean isNew = true;

    protected RegionalStatistic() {
        // for JPA
    }

    public RegionalStatistic(String regionCode, int year, BigDecimal gdp, BigDecimal rdExpenditure, String source,
                             Long accountId, Instant now) {
        FieldErrors errors = new FieldErrors();
        String region = errors.regionCode("regionCode", regionCode);
        if (year < MIN_YEAR || year > MAX_YEAR) {
            errors.add("year", "error.year.outOfRange", "must be between " + MIN_YEAR + " and " + MAX_YEAR);
        }
        StatisticFigures checked = new StatisticFigures(gdp, rdExpenditure, source).checked(errors);
        errors.throwIfAny();
        this.regionCode = region;
        this.year = year;
        apply(checked, accountId, now);
    }

    /**
     * Replaces the figures. The figures being replaced are kept as a revision, with the time and
     * account that recorded them, so that the revisions followed by this row are every value ever
     * recorded, oldest first. Nothing changes, and no revision is made, when the figures and the
     * source are the same as now.
     *
     * @return the revision to append, in the same transaction, when the figures changed
     */
    public Optional<RegionalStatisticRevision> revise(BigDecimal newGdp, BigDecimal newRdExpenditure,
                                                      String newSource, Long accountId, Instant now) {
        StatisticFigures checked = new StatisticFigures(newGdp, newRdExpenditure, newSource).validated();
        if (checked.sameAs(figures)) {
            return Optional.empty();
        }
        RegionalStatisticRevision previous = asRevision();
        apply(checked, accountId, now);
        return Optional.of(previous);
    }

    /** Checks figures as {@link #revise} would, every broken rule at once, without a row to revise. */
    public static void checkFigures(BigDecimal gdp, BigDecimal rdExpenditure, String source) {
        new StatisticFigures(gdp, rdExpenditure, source).validated();
    }

    /** The current figures as a revision (not stored): what {@link #revise} keeps of them. */
    RegionalStatisticRevision asRevision() {
        return new RegionalStatisticRevision(regionCode, year, figures, updatedAt, updatedBy);
    }

    private void apply(StatisticFigures checked, Long accountId, Instant now) {
        this.figures = checked;
        this.updatedBy = accountId;
        this.updatedAt = Objects.requireNonNull(now, "now");
    }

    @PostLoad
    @PostPersist
    void markNotNew() {
        this.isNew = false;
    }

    @Override
    public RegionalStatisticId getId() {
        return new RegionalStatisticId(regionCode, year);
    }

    @Override
    public boolean isNew() {
        return isNew;
    }

    public String getRegionCode() {
        return regionCode;
    }

    public int getYear() {
        return year;
    }

    public Instant getUpdatedAt() {
        return updatedAt;
    }

    public Long getUpdatedBy() {
        return updatedBy;
    }

    public long getVersion() {
        return version;
    }
}
