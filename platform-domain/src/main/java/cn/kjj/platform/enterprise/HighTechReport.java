package cn.kjj.platform.enterprise;

import jakarta.persistence.Column;
import jakarta.persistence.Entity;
import jakarta.persistence.Id;
import jakarta.persistence.IdClass;
import jakarta.persistence.PostLoad;
import jakarta.persistence.PostPersist;
import jakarta.persistence.Table;
import jakarta.persistence.Transient;
import java.io.Serializable;
import java.time.Instant;
import java.time.LocalDate;
import org.springframework.data.domain.Persistable;

/**
 * A high-tech enterprise's annual report of a year (table {@code high_tech_report}), filed from its
 * annual figures of that year; due by 31 May of the next year.
 */
@Entity
@IdClass(HighTechReport.Key.class)
@Table(name = "high_tech_report")
public class HighTechReport implements Persistable<HighTechReport.Key> {

    /** An enterprise and year. */
    public record Key(Long enterpriseId, Integer year) implements Serializable {
    }

    @Id
    @Column(name = "enterprise_id")
    private Long enterpriseId;

    @Id
    @Column(name = "year")
    private Integer year;

    @Column(name = "filed_on", nullable = false)
    private LocalDate filedOn;

    @Column(name = "figures_id", nullable = false)
    private Long figuresId;

    @Column(name = "created_at", nullable = false, updatable = false)
    private Instant createdAt;

    protected HighTechReport() {
        // for JPA
    }

    HighTechReport(long enterpriseId, int year, long figuresId, LocalDate filedOn, Instant now) {
        this.enterpriseId = enterpriseId;
        this.year = year;
        this.figuresId = figuresId;
        this.filedOn = filedOn;
        this.createdAt = now;
    }

    @Override
    public Key getId() {
        return new Key(enterpriseId, year);
    }

    /** The key is assigned: persist, never merge, new ones. */
    @Override
    public boolean isNew() {
        return isNew;
    }

    @Transient
    private boolean isNew = true;

    @PostLoad
    @PostPersist
    void markNotNew() {
        isNew = false;
    }

    public Long getEnterpriseId() {
        return enterpriseId;
    }

    public int getYear() {
        return year;
    }

    public LocalDate getFiledOn() {
        return filedOn;
    }

    public Long getFiguresId() {
        return figuresId;
    }
}
