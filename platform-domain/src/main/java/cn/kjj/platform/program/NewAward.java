package cn.kjj.platform.program;

import java.math.BigDecimal;
import java.time.LocalDate;

/** An award as requested: to which enterprise, how much (yuan, at most 2 decimals), when, and why. */
public record NewAward(Long enterpriseId, BigDecimal amount, LocalDate awardedOn, String note) {
}
