package cn.kjj.platform.program;

import java.math.BigDecimal;

/** An enterprise's application to a call of a program, as it files it. */
public record NewApplication(Long callId, String title, BigDecimal requestedAmount, String summary) {
}
