package cn.kjj.platform.enterprise;

import cn.kjj.platform.common.ConflictException;
import cn.kjj.platform.common.FieldErrors;
import cn.kjj.platform.common.VersionedEntity;
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

/**
 * An enterprise's application for high-tech recognition in a batch year (table
 * {@code high_tech_application}), one per enterprise and batch year: submitted, then recommended
 * or returned by the district, then passed (with the certificate it created) or failed by the city.
 * A step out of order is a 409.
 */
@Entity
@Table(name = "high_tech_application")
public class HighTechApplication extends VersionedEntity {

    public static final int FIRST_BATCH_YEAR = 2008;

    @Id
    @GeneratedValue(strategy = GenerationType.IDENTITY)
    private Long id;

    @Column(name = "enterprise_id", nullable = false, updatable = false)
    private Long enterpriseId;

    @Column(name = "region_code", nullable = false, updatable = false, length = 6)
    private String regionCode;

    @Column(name = "batch_year", nullable = false, updatable = false)
    private Integer batchYear;

    @Enumerated(EnumType.STRING)
    @Column(name = "status", nullable = false, length = 12)
    private HighTechApplicationStatus status;

    @Column(name = "innovation_score", precision = 5, scale = 2)
    private BigDecimal innovationScore;

    @Column(name = "submitted_on", nullable = false, updatable = false)
    private LocalDate submittedOn;

    @Column(name = "recommended_on")
    private LocalDate recommendedOn;

    @Column(name = "decided_on")
    private LocalDate decidedOn;

    @Column(name = "reason", length = 1000)
    private String reason;

    @Column(name = "certification_id")
    private Long certificationId;

    protected HighTechApplication() {
        // for JPA
    }

    HighTechApplication(Enterprise enterprise, int batchYear, LocalDate today, Instant now) {
        super(now);
        if (batchYear < FIRST_BATCH_YEAR || batchYear > today.getYear() + 1) {
            new FieldErrors().add("batchYear", "error.highTechApplication.batchYear",
                    "must be between " + FIRST_BATCH_YEAR + " and next year").throwIfAny();
        }
        this.enterpriseId = enterprise.getId();
        this.regionCode = enterprise.getRegionCode();
        this.batchYear = batchYear;
        this.status = HighTechApplicationStatus.SUBMITTED;
        this.submittedOn = today;
    }

    /** The district recommends it, with the innovation score its experts gave (optional). */
    void recommend(BigDecimal score, LocalDate today, Instant now) {
        require(HighTechApplicationStatus.SUBMITTED, "recommend");
        this.innovationScore = checkedScore(score);
        this.status = HighTechApplicationStatus.RECOMMENDED;
        this.recommendedOn = today;
        touch(now);
    }

    /** The district sends it back with a reason. */
    void giveBack(String why, Instant now) {
        require(HighTechApplicationStatus.SUBMITTED, "return");
        this.reason = requiredReason(why);
        this.status = HighTechApplicationStatus.RETURNED;
        touch(now);
    }

    /** The city's result: passed with the certificate created, or failed with a reason. */
    void decide(Long certificate, String why, LocalDate today, Instant now) {
        require(HighTechApplicationStatus.RECOMMENDED, "result");
        if (certificate == null) {
            this.reason = requiredReason(why);
            this.status = HighTechApplicationStatus.FAILED;
        } else {
            this.certificationId = certificate;
            this.reason = why == null || why.isBlank() ? null : why.strip();
            this.status = HighTechApplicationStatus.PASSED;
        }
        this.decidedOn = today;
        touch(now);
    }

    /** Refuses a step the application is not ready for (409), e.g. a result on one never recommended. */
    void require(HighTechApplicationStatus expected, String step) {
        if (status != expected) {
            throw new ConflictException("error.highTechApplication.state",
                    "cannot " + step + " an application that is " + status, step, status);
        }
    }

    static BigDecimal checkedScore(BigDecimal score) {
        if (score != null && (score.signum() < 0 || score.compareTo(BigDecimal.valueOf(100)) > 0
                || score.stripTrailingZeros().scale() > 2)) {
            new FieldErrors().add("innovationScore", "error.highTechApplication.score",
                    "must be between 0 and 100 with at most 2 decimals").throwIfAny();
        }
        return score;
    }

    private static String requiredReason(String why) {
        FieldErrors errors = new FieldErrors();
        String text = errors.text("reason", why, 1000, true);
        errors.throwIfAny();
        return text;
    }

    @Override
    public Long getId() {
        return id;
    }

    @Override
    protected String entityName() {
        return "highTechApplication";
    }

    public Long getEnterpriseId() {
        return enterpriseId;
    }

    public String getRegionCode() {
        return regionCode;
    }

    public int getBatchYear() {
        return batchYear;
    }

    public HighTechApplicationStatus getStatus() {
        return status;
    }

    public BigDecimal getInnovationScore() {
        return innovationScore;
    }

    public LocalDate getSubmittedOn() {
        return submittedOn;
    }

    public LocalDate getRecommendedOn() {
        return recommendedOn;
    }

    public LocalDate getDecidedOn() {
        return decidedOn;
    }

    public String getReason() {
        return reason;
    }

    public Long getCertificationId() {
        return certificationId;
    }
}
