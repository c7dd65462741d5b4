package cn.kjj.platform.program;

import cn.kjj.platform.enterprise.EnterpriseReferences;
import java.math.BigDecimal;
import java.time.Instant;
import java.time.LocalDate;

/** An award of a program to an enterprise (yuan), with the enterprise's name and credit code. */
public record AwardView(Long id, Long programId, Long enterpriseId, String enterpriseName,
                        String enterpriseCreditCode, BigDecimal amount, LocalDate awardedOn, String note,
                        Instant createdAt) {

    static AwardView of(ProgramAward a, EnterpriseReferences.Reference e) {
        return new AwardView(a.getId(), a.getProgramId(), a.getEnterpriseId(), e == null ? null : e.name(),
                e == null ? null : e.creditCode(), a.getAmount(), a.getAwardedOn(), a.getNote(), a.getCreatedAt());
    }
}
