package cn.kjj.platform.program;

import java.math.BigDecimal;

/** A call's application in the ranking by mean score (1 is best; unscored ones last, unranked). */
public record RankedApplication(Integer rank, ApplicationSummary application, BigDecimal meanScore, int scoredReviews) {
}
