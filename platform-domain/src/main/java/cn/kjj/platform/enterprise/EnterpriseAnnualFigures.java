package cn.kjj.platform.enterprise;

import cn.kjj.platform.common.VersionedEntity;
import jakarta.persistence.Column;
import jakarta.persistence.Embedded;
import jakarta.persistence.Entity;
import jakarta.persistence.GeneratedValue;
import jakarta.persistence.GenerationType;
import jakarta.persistence.Id;
import jakarta.persistence.Table;
import java.time.Instant;

/**
 * An enterprise's figures of one year (table {@code enterprise_annual_figures}), one row per
 * enterprise and year; a change keeps what it replaces in the audit trail.
 */
@Entity
@Table(name = "enterprise_annual_figures")
public class EnterpriseAnnualFigures extends VersionedEntity {

    @Id
    @GeneratedValue(strategy = GenerationType.IDENTITY)
    private Long id;

    @Column(name = "enterprise_id", nullable = false, updatable = false)
    private Long enterpriseId;

    @Column(name = "year", nullable = false, updatable = false)
    private Integer year;

    @Embedded
    private AnnualFigures figures;

    protected EnterpriseAnnualFigures() {
        // for JPA
    }

    EnterpriseAnnualFigures(long enterpriseId, int year, AnnualFigures figures, Instant now) {
        super(now);
        this.enterpriseId = enterpriseId;
        this.year = year;
        this.figures = figures.validated();
    }

    /** Replaces the figures; false (nothing changed) when they are the same. */
    boolean revise(AnnualFigures newFigures, Instant now) {
        AnnualFigures checked = newFigures.validated();
        if (checked.sameAs(figures)) {
            return false;
        }
        this.figures = checked;
        touch(now);
        return true;
    }

    @Override
    public Long getId() {
        return id;
    }

    @Override
    protected String entityName() {
        return "annualFigures";
    }

    public Long getEnterpriseId() {
        return enterpriseId;
    }

    public int getYear() {
        return year;
    }

    public AnnualFigures getFigures() {
        return figures;
    }
}
