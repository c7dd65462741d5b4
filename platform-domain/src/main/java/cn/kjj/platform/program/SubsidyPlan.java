package cn.kjj.platform.program;

import cn.kjj.platform.enterprise.EnterpriseReferences;
import java.math.BigDecimal;
import java.util.List;

/**
 * The one-step subsidy to the enterprises newly certified high-tech in a year (decision 0043), as a
 * preview or as booked: who gets an award, who is skipped because the program already awarded it.
 *
 * @param total           what the awards come to (null in a preview without an amount)
 * @param remainingBudget what the program had left before the awards
 */
public record SubsidyPlan(long programId, int year, BigDecimal amount, List<EnterpriseReferences.Reference> awarded,
                          List<EnterpriseReferences.Reference> skipped, BigDecimal total, BigDecimal remainingBudget,
                          boolean booked) {
}
