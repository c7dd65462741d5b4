package cn.kjj.platform.statistics;

import cn.kjj.platform.common.FieldErrors;
import cn.kjj.platform.common.Money;
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
public class RegionalStatistic implements Persistable<RegionalStatisticId> {

    public static final int MIN_YEAR = 1980;
    public static final int MAX_YEAR = 9999;

    @Id
    @Column(name = "region_code", length = 6)
    private String regionCode;

    @Id
    @Column(name = "year")
    private Integer year;

    @Column(name = "gdp", nullable = false, precision = 18, scale = 2)
    private BigDecimal gdp;

    @Column(name = "rd_expenditure", nullable = false, precision = 18, scale = 2)
    private BigDecimal rdExpenditure;

    @Column(name = "source", nullable = false, length = 300)
    private String source;

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
        String region = errors.text("regionCode", regionCode, 6, true);
        if (region != null && !region.matches("[0-9]{6}")) {
            errors.add("regionCode", "error.regionCode.invalid", "must be a 6-digit administrative division code");
        }
        if (year < MIN_YEAR || year > MAX_YEAR) {
            errors.add("year", "error.year.outOfRange", "must be between " + MIN_YEAR + " and " + MAX_YEAR);
        }
        Figures figures = Figures.check(errors, gdp, rdExpenditure, source);
        errors.throwIfAny();
        this.regionCode = region;
        this.year = year;
        apply(figures, accountId, now);
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
        FieldErrors errors = new FieldErrors();
        Figures figures = Figures.check(errors, newGdp, newRdExpenditure, newSource);
        errors.throwIfAny();
        if (figures.gdp().compareTo(gdp) == 0 && figures.rdExpenditure().compareTo(rdExpenditure) == 0
                && figures.source().equals(source)) {
            return Optional.empty();
        }
        RegionalStatisticRevision previous = new RegionalStatisticRevision(regionCode, year, gdp, rdExpenditure,
                source, updatedAt, updatedBy);
        apply(figures, accountId, now);
        return Optional.of(previous);
    }

    /** Checks figures as {@link #revise} would, every broken rule at once, without a row to revise. */
    public static void checkFigures(BigDecimal gdp, BigDecimal rdExpenditure, String source) {
        FieldErrors errors = new FieldErrors();
        Figures.check(errors, gdp, rdExpenditure, source);
        errors.throwIfAny();
    }

    private void apply(Figures figures, Long accountId, Instant now) {
        this.gdp = figures.gdp();
        this.rdExpenditure = figures.rdExpenditure();
        this.source = figures.source();
        this.updatedBy = accountId;
        this.updatedAt = Objects.requireNonNull(now, "now");
    }

    /** Checked figures: GDP above zero, R&D expenditure not below, both in yuan with at most 2 decimals. */
    private record Figures(BigDecimal gdp, BigDecimal rdExpenditure, String source) {

        static Figures check(FieldErrors errors, BigDecimal gdp, BigDecimal rdExpenditure, String source) {
            BigDecimal checkedGdp = errors.required("gdp", gdp) == null ? null
                    : errors.check(() -> Money.requirePositive(gdp, "gdp"));
            BigDecimal checkedRd = errors.required("rdExpenditure", rdExpenditure) == null ? null
                    : errors.check(() -> Money.requireNonNegative(rdExpenditure, "rdExpenditure"));
            String checkedSource = errors.text("source", source, 300, true);
            return new Figures(checkedGdp, checkedRd, checkedSource);
        }
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

    public BigDecimal getGdp() {
        return gdp;
    }

    public BigDecimal getRdExpenditure() {
        return rdExpenditure;
    }

    public String getSource() {
        return source;
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
