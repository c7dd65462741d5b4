package cn.kjj.platform.program;

import java.math.BigDecimal;
import java.time.LocalDate;

/** A voucher as a list row shows it; {@code status} as of today (EXPIRED computed). */
public record VoucherSummary(Long id, Long programId, String programName, String regionCode, Long enterpriseId,
                             String enterpriseName, BigDecimal amount, LocalDate issuedOn, LocalDate validTo,
                             VoucherStatus status, String providerName, BigDecimal redeemedAmount,
                             BigDecimal paidAmount) {
}
