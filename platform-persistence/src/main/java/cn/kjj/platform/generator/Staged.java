package cn.kjj.platform.generator;

import cn.kjj.platform.generator.ScaleContracts.Parties;
import java.util.List;
import java.util.Map;

/**
 * What is written before the contracts: enterprises (with their certificates, figures, applications and
 * technology SMEs), achievements and registrations of other offices; the contracts' ids taken and the registration counters each batch of
 * contracts starts from.
 */
record Staged(Parties sellers, int before, int total, int[] made, long firstEnterpriseId,
                      int contractsBefore, int newContracts, long firstContractId,
                      List<Map<String, Integer>> batchStarts,
                      Map<String, Integer> counters, Map<String, Integer> startCounters, int achievementsBefore,
                      int newAchievements, long firstAchievementId, int importsBefore, int newImports,
                      long firstImportId, ScaleContracts rows, long numberingNanos) {
}
