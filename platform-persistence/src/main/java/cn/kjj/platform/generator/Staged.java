package cn.kjj.platform.generator;

import cn.kjj.platform.generator.ScaleContracts.Parties;
import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import org.slf4j.LoggerFactory;
import org.springframework.jdbc.core.simple.JdbcClient;

/**
 * What is written before the contracts: enterprises (with their certificates, figures, applications and
 * technology SMEs), achievements and registrations of other offices; the contracts' ids taken and the registration
 * counters each batch of contracts starts from.
 */
record Staged(Parties sellers, int before, int total, int[] made, long firstEnterpriseId,
                      int contractsBefore, int newContracts, long firstContractId,
                      List<Map<String, Integer>> batchStarts,
                      Map<String, Integer> counters, Map<String, Integer> startCounters, int achievementsBefore,
                      int newAchievements, long firstAchievementId, int importsBefore, int newImports,
                      long firstImportId, ScaleContracts rows, long numberingNanos) {

    /** The tables this run adds rows to (to be analysed afterwards). */
    List<String> tablesAdded() {
        List<String> added = new ArrayList<>();
        if (total > before) {
            added.addAll(List.of("enterprise", "high_tech_certification", "enterprise_annual_figures",
                    "high_tech_application", "tech_sme"));
        }
        if (newContracts > 0) {
            added.addAll(List.of("technology_contract", "contract_history"));
        }
        if (newImports > 0) {
            added.add("external_contract_registration");
        }
        if (newAchievements > 0) {
            added.add("achievement");
        }
        return added;
    }

    /** Deletes what a failed parallel run committed before it failed: its rows, by the ids it took. */
    void undo(JdbcClient jdbc) {
        if (newContracts > 0) {
            long last = firstContractId + newContracts - 1;
            jdbc.sql("delete from contract_history where contract_id between ? and ?").params(firstContractId, last)
                    .update();
            jdbc.sql("delete from technology_contract where id between ? and ?").params(firstContractId, last).update();
        }
        if (newImports > 0) {
            jdbc.sql("delete from external_contract_registration where id between ? and ?")
                    .params(firstImportId, firstImportId + newImports - 1).update();
        }
        if (newAchievements > 0) {
            jdbc.sql("delete from achievement where id between ? and ?")
                    .params(firstAchievementId, firstAchievementId + newAchievements - 1).update();
        }
        if (total > before) {
            long last = firstEnterpriseId + total - before - 1;
            for (String table : List.of("high_tech_application", "tech_sme", "enterprise_annual_figures",
                    "high_tech_certification")) {
                jdbc.sql("delete from " + table + " where enterprise_id between ? and ?").params(firstEnterpriseId, last)
                        .update();
            }
            jdbc.sql("delete from enterprise where id between ? and ?").params(firstEnterpriseId, last).update();
        }
        LoggerFactory.getLogger(ScaleGenerator.class).warn("Generating failed: the rows committed so far were deleted again");
    }
}
