package cn.kjj.platform.enterprise;

import java.math.BigDecimal;
import java.math.RoundingMode;

/**
 * Two of the criteria officials look at before a firm applies (高新技术企业认定管理办法): R&D staff at
 * least 10 % of the staff, and R&D expense at least 5 %, 4 % or 3 % of revenue for a revenue of at
 * most 50 million, at most 200 million or more, as the office's settings set them ({@link HighTechThresholds},
 * the same the conditions of {@link HighTechJudgement} read). Shares are plain fractions ({@code 0.15} = 15 %);
 * {@code null} where the record lacks a figure. A hint for the conversation, not a decision.
 */
public record HighTechCriteria(BigDecimal rdStaffShare, Boolean rdStaffMet,
                               BigDecimal rdExpenseShare, BigDecimal rdExpenseThreshold, Boolean rdExpenseMet) {

    private static final int SCALE = 4;

    public static HighTechCriteria of(HighTechThresholds thresholds, Integer employees, Integer rdStaff,
                                      BigDecimal revenue, BigDecimal rdExpense) {
        BigDecimal staffShare = employees == null || rdStaff == null || employees == 0 ? null
                : BigDecimal.valueOf(rdStaff).divide(BigDecimal.valueOf(employees), SCALE, RoundingMode.HALF_UP);
        BigDecimal threshold = revenue == null ? null : thresholds.rdShareFor(revenue);
        BigDecimal expenseShare = revenue == null || rdExpense == null || revenue.signum() == 0 ? null
                : rdExpense.divide(revenue, SCALE, RoundingMode.HALF_UP);
        return new HighTechCriteria(staffShare,
                staffShare == null ? null : BigDecimal.valueOf(rdStaff)
                        .compareTo(BigDecimal.valueOf(employees).multiply(thresholds.techStaffShare())) >= 0,
                expenseShare, threshold,
                expenseShare == null ? null : rdExpense.compareTo(revenue.multiply(threshold)) >= 0);
    }
}
