package cn.kjj.platform.imports;

import cn.kjj.platform.contract.ExternalRegistrationDetails;
import cn.kjj.platform.enterprise.EnterpriseDetails;
import cn.kjj.platform.incubator.IncubatorDetails;
import cn.kjj.platform.lab.LabDetails;
import cn.kjj.platform.sme.TechSmeDetails;
import cn.kjj.platform.matching.AchievementDetails;
import java.util.List;
import java.util.function.IntConsumer;

/**
 * Writes checked rows in bulk inside the caller's transaction (it must have one), calling
 * {@code progress} with the number written so far every batch. The schema's constraints still
 * apply to every row.
 */
public interface ImportWriter {

    void insertEnterprises(List<EnterpriseDetails> rows, IntConsumer progress);

    void insertCertifications(List<ImportedCertification> rows, IntConsumer progress);

    void insertIncubators(List<IncubatorDetails> rows, IntConsumer progress);

    void insertLabs(List<LabDetails> rows, IntConsumer progress);

    /** Technology SME registrations, each with its enterprise's id and district filled in. */
    void insertTechSmes(List<TechSmeDetails> rows, IntConsumer progress);

    void insertAchievements(List<AchievementDetails> rows, IntConsumer progress);

    void insertExternalContracts(List<ExternalRegistrationDetails> rows, IntConsumer progress);
}
