package cn.kjj.platform.program;

import java.math.BigDecimal;
import java.time.LocalDate;

/** A policy-program award the enterprise received, for its page. */
public record ReceivedAward(Long id, Long programId, String programName, ProgramKind programKind, int programYear,
                            BigDecimal amount, LocalDate awardedOn, String note) {
}
