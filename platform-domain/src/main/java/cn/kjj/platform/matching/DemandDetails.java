package cn.kjj.platform.matching;

import cn.kjj.platform.common.FieldErrors;
import cn.kjj.platform.common.InvalidInputException;
import cn.kjj.platform.common.Money;
import cn.kjj.platform.contract.TechnologyField;
import java.math.BigDecimal;
import java.time.LocalDate;

/**
 * What an enterprise's technology need (技术需求) says, as entered.
 *
 * @param budget   what the enterprise would spend, in yuan (optional)
 * @param deadline until when it looks for a partner (optional)
 */
public record DemandDetails(String title, TechnologyField field, String summary, BigDecimal budget,
                            LocalDate deadline) {

    /** The normalised, checked copy; every broken rule at once. */
    public DemandDetails validated() {
        FieldErrors errors = new FieldErrors();
        String checkedTitle = errors.text("title", title, 300, true);
        errors.required("field", field);
        String checkedSummary = errors.text("summary", summary, 4000, true);
        BigDecimal yuan = errors.check(() -> Money.requireNonNegative(budget, "budget"));
        errors.date("deadline", deadline);
        errors.throwIfAny();
        return new DemandDetails(checkedTitle, field, checkedSummary, yuan, deadline);
    }

    /** A deadline before the day it is published is a mistake. */
    DemandDetails publishableOn(LocalDate today) {
        if (deadline != null && deadline.isBefore(today)) {
            throw InvalidInputException.forField("deadline", "error.demand.deadlinePast",
                    "must not be before today, " + today);
        }
        return this;
    }
}
