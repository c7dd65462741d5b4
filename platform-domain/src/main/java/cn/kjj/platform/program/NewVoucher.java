package cn.kjj.platform.program;

import java.math.BigDecimal;
import java.time.LocalDate;

/** A voucher to issue: from which program, to which enterprise, worth how much, valid until when. */
public record NewVoucher(Long programId, Long enterpriseId, BigDecimal amount, LocalDate validTo) {
}
