package cn.kjj.platform.enterprise;

import java.util.List;

/**
 * An enterprise without a certificate in force that meets or nearly meets the high-tech conditions
 * for a batch year: how many conditions it meets, fails and cannot be judged on, and the conditions.
 */
public record HighTechCandidate(long enterpriseId, String enterpriseName, String regionCode, long met, long notMet,
                                long unknown, List<HighTechJudgement.Criterion> criteria) {
}
