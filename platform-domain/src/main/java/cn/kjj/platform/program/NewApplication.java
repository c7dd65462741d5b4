package cn.kjj.platform.program;

import cn.kjj.platform.common.FieldErrors;
import cn.kjj.platform.common.Money;
import java.math.BigDecimal;

/** An enterprise's application to a call of a program, as it files it. */
public record NewApplication(Long callId, String title, BigDecimal requestedAmount, String summary) {

    /** The application's own fields checked, every broken rule at once (400); stripped texts. */
    public NewApplication validated() {
        FieldErrors errors = new FieldErrors();
        String checkedTitle = errors.text("title", title, 300, true);
        BigDecimal requested = errors.required("requestedAmount", requestedAmount) == null ? null
                : errors.check(() -> Money.requirePositive(requestedAmount, "requestedAmount"));
        String checkedSummary = errors.text("summary", summary, 4000, false);
        errors.throwIfAny();
        return new NewApplication(callId, checkedTitle, requested, checkedSummary);
    }
}
