package cn.kjj.platform.enterprise;

import java.math.BigDecimal;
import java.time.LocalDate;
import java.util.List;

/** A high-tech application as the faces show it, with the conditions judged for its batch year. */
public record HighTechApplicationView(long id, long enterpriseId, String enterpriseName, String regionCode,
                                      int batchYear, HighTechApplicationStatus status, BigDecimal innovationScore,
                                      LocalDate submittedOn, LocalDate recommendedOn, LocalDate decidedOn,
                                      String reason, Long certificationId, long version,
                                      List<HighTechJudgement.Criterion> criteria) {

    static HighTechApplicationView of(HighTechApplication a, String enterpriseName, HighTechJudgement judgement) {
        return new HighTechApplicationView(a.getId(), a.getEnterpriseId(), enterpriseName, a.getRegionCode(),
                a.getBatchYear(), a.getStatus(), a.getInnovationScore(), a.getSubmittedOn(), a.getRecommendedOn(),
                a.getDecidedOn(), a.getReason(), a.getCertificationId(), a.getVersion(),
                judgement == null ? null : judgement.criteria());
    }
}
