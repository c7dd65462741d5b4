package cn.kjj.platform.program;

import java.math.BigDecimal;
import java.time.Instant;
import java.time.LocalDate;

/** An award of a program to an enterprise (yuan), with the enterprise's name and credit code. */
public record AwardView(Long id, Long programId, Long enterpriseId, String enterpriseName,
                        String enterpriseCreditCode, BigDecimal amount, LocalDate awardedOn, String note,
                        Instant createdAt) {
}
