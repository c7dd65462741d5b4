package cn.kjj.platform.program;

import java.math.BigDecimal;
import java.math.RoundingMode;
import java.time.Instant;
import java.util.List;
import java.util.Objects;

/** An expert's review as the faces show it. */
public record ReviewView(Long id, Long expertId, String expertName, String organisation, Integer score,
                         String comment, Instant assignedAt, Instant scoredAt) {

    static ReviewView of(ProgramReview r, Expert expert) {
        return new ReviewView(r.getId(), r.getExpertId(), expert.getDetails().name(),
                expert.getDetails().organisation(), r.getScore(), r.getComment(), r.getAssignedAt(), r.getScoredAt());
    }

    /** The mean of the scores given, to 2 decimals; {@code null} before the first. */
    static BigDecimal meanScore(List<ProgramReview> reviews) {
        List<Integer> scores = reviews.stream().map(ProgramReview::getScore).filter(Objects::nonNull).toList();
        if (scores.isEmpty()) {
            return null;
        }
        return BigDecimal.valueOf(scores.stream().mapToLong(Integer::longValue).sum())
                .divide(BigDecimal.valueOf(scores.size()), 2, RoundingMode.HALF_UP);
    }
}
