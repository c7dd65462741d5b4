package cn.kjj.platform.program;

import cn.kjj.platform.common.FieldErrors;
import jakarta.persistence.Column;
import jakarta.persistence.Entity;
import jakarta.persistence.GeneratedValue;
import jakarta.persistence.GenerationType;
import jakarta.persistence.Id;
import jakarta.persistence.Table;
import jakarta.persistence.Version;
import java.time.Instant;

/** An expert's review of an application (评审, table {@code program_review}): assigned, then scored 0..100. */
@Entity
@Table(name = "program_review")
public class ProgramReview {

    @Id
    @GeneratedValue(strategy = GenerationType.IDENTITY)
    private Long id;

    @Column(name = "application_id", nullable = false, updatable = false)
    private Long applicationId;

    @Column(name = "expert_id", nullable = false, updatable = false)
    private Long expertId;

    @Column(name = "score")
    private Integer score;

    @Column(name = "comment", length = 2000)
    private String comment;

    @Column(name = "assigned_at", nullable = false, updatable = false)
    private Instant assignedAt;

    @Column(name = "scored_at")
    private Instant scoredAt;

    @Version
    @Column(name = "version", nullable = false)
    private long version;

    protected ProgramReview() {
        // for JPA
    }

    ProgramReview(long applicationId, long expertId, Instant now) {
        this.applicationId = applicationId;
        this.expertId = expertId;
        this.assignedAt = now;
    }

    /** Records the score (0..100, required) and comment, every broken rule at once (400). */
    void score(Integer value, String text, Instant now) {
        FieldErrors errors = new FieldErrors();
        if (errors.required("score", value) != null && (value < 0 || value > 100)) {
            errors.add("score", "error.programReview.score", "must be between 0 and 100");
        }
        String checked = errors.text("comment", text, 2000, false);
        errors.throwIfAny();
        this.score = value;
        this.comment = checked;
        this.scoredAt = now;
    }

    public Long getId() {
        return id;
    }

    public Long getApplicationId() {
        return applicationId;
    }

    public Long getExpertId() {
        return expertId;
    }

    public Integer getScore() {
        return score;
    }

    public String getComment() {
        return comment;
    }

    public Instant getAssignedAt() {
        return assignedAt;
    }

    public Instant getScoredAt() {
        return scoredAt;
    }
}
