package cn.kjj.platform.matching;

import cn.kjj.platform.common.ConflictException;
import cn.kjj.platform.common.VersionedEntity;
import cn.kjj.platform.contract.TechnologyField;
import jakarta.persistence.Column;
import jakarta.persistence.Entity;
import jakarta.persistence.EnumType;
import jakarta.persistence.Enumerated;
import jakarta.persistence.GeneratedValue;
import jakarta.persistence.GenerationType;
import jakarta.persistence.Id;
import jakarta.persistence.Table;
import java.math.BigDecimal;
import java.time.Instant;
import java.time.LocalDate;
import java.util.Set;

/**
 * An enterprise's technology need (技术需求, table {@code demand}), kept in the enterprise's region.
 * Open until the enterprise closes it; a closed demand is no longer changed.
 */
@Entity
@Table(name = "demand")
public class Demand extends VersionedEntity {

    @Id
    @GeneratedValue(strategy = GenerationType.IDENTITY)
    private Long id;

    private Long enterpriseId;
    private String regionCode;
    private String title;
    @Enumerated(EnumType.STRING)
    private TechnologyField field;
    private String summary;
    private BigDecimal budget;
    private LocalDate deadline;
    @Enumerated(EnumType.STRING)
    private DemandStatus status;
    private LocalDate publishedOn;
    private LocalDate closedOn;
    @Column(name = "search_title")
    private String searchTitle;
    @Column(name = "search_body")
    private String searchBody;

    protected Demand() {
        // for JPA
    }

    Demand(long enterpriseId, String regionCode, DemandDetails details, LocalDate today, Instant now) {
        super(now);
        this.enterpriseId = enterpriseId;
        this.regionCode = regionCode;
        this.status = DemandStatus.OPEN;
        this.publishedOn = today;
        apply(details.validated().publishableOn(today), now);
    }

    void update(DemandDetails details, LocalDate today, Instant now) {
        requireOpen();
        DemandDetails checked = details.validated();
        if (checked.deadline() != null && !checked.deadline().equals(deadline)) {
            checked.publishableOn(today);
        }
        apply(checked, now);
    }

    void close(LocalDate today, Instant now) {
        requireOpen();
        status = DemandStatus.CLOSED;
        closedOn = today.isBefore(publishedOn) ? publishedOn : today;
        touch(now);
    }

    private void requireOpen() {
        if (status == DemandStatus.CLOSED) {
            throw new ConflictException("error.demand.closed", "demand " + id + " is closed", id);
        }
    }

    private void apply(DemandDetails d, Instant now) {
        title = d.title();
        field = d.field();
        summary = d.summary();
        budget = d.budget();
        deadline = d.deadline();
        searchTitle = ChineseWords.indexed(d.title());
        searchBody = ChineseWords.indexed(d.summary());
        touch(now);
    }

    public DemandDetails getDetails() {
        return new DemandDetails(title, field, summary, budget, deadline);
    }

    @Override
    protected String entityName() {
        return "demand";
    }

    @Override
    public Long getId() {
        return id;
    }

    public Long getEnterpriseId() {
        return enterpriseId;
    }

    public String getRegionCode() {
        return regionCode;
    }

    public String getTitle() {
        return title;
    }

    public TechnologyField getField() {
        return field;
    }

    public String getSummary() {
        return summary;
    }

    public BigDecimal getBudget() {
        return budget;
    }

    public LocalDate getDeadline() {
        return deadline;
    }

    public DemandStatus getStatus() {
        return status;
    }

    public LocalDate getPublishedOn() {
        return publishedOn;
    }

    public LocalDate getClosedOn() {
        return closedOn;
    }

    /** Its distinct words, title first. */
    public Set<String> words() {
        return ChineseWords.stored(searchTitle + " " + searchBody);
    }
}
