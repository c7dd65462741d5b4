package cn.kjj.platform.contract;

import java.math.BigDecimal;
import java.time.LocalDate;

/**
 * What the registering party applies for (api.md "Change and cancellation"): {@code kind} CHANGE or
 * CANCEL as text (an unknown one is a 400), a reason, and for a change the new figures (any of them).
 */
public record ChangeApplication(String kind, String reason, BigDecimal contractAmount,
                                BigDecimal techTransactionAmount, LocalDate validTo) {
}
