package cn.kjj.platform.enterprise;

import java.time.LocalDate;
import java.util.List;

/**
 * The high-tech candidates ranked in the database (decisions 0050 and 0058): the enterprises of the scope without a
 * certificate in force on {@code today}, with figures of {@code latestYear}, counted as
 * {@link HighTechJudgement#judge} would count them for the batch {@code latestYear + 1} without an innovation score,
 * from verdicts stored per enterprise and year (table {@code high_tech_figure_window}, kept by the database
 * whenever figures or an enterprise are written) under the thresholds passed in: stored verdicts of other
 * thresholds are recomputed first. Only the page asked is returned; its enterprises are judged again in Java
 * ({@link HighTechCandidates}), which shows what the list shows.
 */
public interface HighTechCandidateStore {

    /** An enterprise's place in the ranking: conditions failed and unknown as the database counted them. */
    record Ranked(long enterpriseId, int notMet, int unknown) {
    }

    /**
     * Those failing at most {@code maxNotMet} conditions, fewest failed first, then fewest unknown, then by id;
     * at most {@code limit}.
     */
    List<Ranked> rank(EnterpriseAccess.Where where, int latestYear, LocalDate today, HighTechThresholds thresholds,
                      int maxNotMet, int limit);
}
