package cn.kjj.platform.enterprise;

import cn.kjj.platform.common.FieldErrors;
import cn.kjj.platform.common.Money;
import jakarta.persistence.Column;
import jakarta.persistence.Embeddable;
import java.math.BigDecimal;
import java.util.function.Function;

/**
 * What an enterprise reports of one year (table {@code enterprise_annual_figures}): revenue, sales,
 * high-tech product or service income, R&D expense and the part of it spent in China (yuan), staff
 * and technology staff, invention patents and other IP, profit (may be negative), tax paid, total
 * assets, and whether it is above designated size (规上). As entered until {@link #validated()}.
 */
@Embeddable
public record AnnualFigures(
        @Column(name = "revenue", nullable = false, precision = 18, scale = 2) BigDecimal revenue,
        @Column(name = "sales_revenue", nullable = false, precision = 18, scale = 2) BigDecimal salesRevenue,
        @Column(name = "high_tech_income", nullable = false, precision = 18, scale = 2) BigDecimal highTechIncome,
        @Column(name = "rd_expense", nullable = false, precision = 18, scale = 2) BigDecimal rdExpense,
        @Column(name = "rd_expense_domestic", nullable = false, precision = 18, scale = 2) BigDecimal rdExpenseDomestic,
        @Column(name = "staff", nullable = false) Integer staff,
        @Column(name = "tech_staff", nullable = false) Integer techStaff,
        @Column(name = "invention_patents", nullable = false) Integer inventionPatents,
        @Column(name = "other_ip", nullable = false) Integer otherIp,
        @Column(name = "profit", nullable = false, precision = 18, scale = 2) BigDecimal profit,
        @Column(name = "tax_paid", nullable = false, precision = 18, scale = 2) BigDecimal taxPaid,
        @Column(name = "assets", nullable = false, precision = 18, scale = 2) BigDecimal assets,
        @Column(name = "above_scale", nullable = false) Boolean aboveScale) {

    /**
     * The checked copy, every broken rule at once: every figure present; amounts in yuan with at
     * most two decimals, none negative but the profit; counts not negative; the domestic R&D
     * expense within the R&D expense, technology staff within the staff, sales and high-tech
     * income within the revenue.
     */
    public AnnualFigures validated() {
        FieldErrors errors = new FieldErrors();
        BigDecimal checkedRevenue = amount(errors, "revenue", revenue, true);
        BigDecimal checkedSales = amount(errors, "salesRevenue", salesRevenue, true);
        BigDecimal checkedIncome = amount(errors, "highTechIncome", highTechIncome, true);
        BigDecimal checkedRd = amount(errors, "rdExpense", rdExpense, true);
        BigDecimal checkedDomestic = amount(errors, "rdExpenseDomestic", rdExpenseDomestic, true);
        Integer checkedStaff = count(errors, "staff", staff);
        Integer checkedTechStaff = count(errors, "techStaff", techStaff);
        Integer checkedPatents = count(errors, "inventionPatents", inventionPatents);
        Integer checkedOtherIp = count(errors, "otherIp", otherIp);
        BigDecimal checkedProfit = amount(errors, "profit", profit, false);
        BigDecimal checkedTax = amount(errors, "taxPaid", taxPaid, true);
        BigDecimal checkedAssets = amount(errors, "assets", assets, true);
        errors.required("aboveScale", aboveScale);
        within(errors, "rdExpenseDomestic", checkedDomestic, checkedRd, "error.annualFigures.domesticAboveTotal",
                "must not exceed rdExpense");
        within(errors, "salesRevenue", checkedSales, checkedRevenue, "error.annualFigures.aboveRevenue",
                "must not exceed revenue");
        within(errors, "highTechIncome", checkedIncome, checkedRevenue, "error.annualFigures.aboveRevenue",
                "must not exceed revenue");
        if (checkedStaff != null && checkedTechStaff != null && checkedTechStaff > checkedStaff) {
            errors.add("techStaff", "error.annualFigures.techStaffAboveStaff", "must not exceed staff");
        }
        errors.throwIfAny();
        return new AnnualFigures(checkedRevenue, checkedSales, checkedIncome, checkedRd, checkedDomestic, checkedStaff,
                checkedTechStaff, checkedPatents, checkedOtherIp, checkedProfit, checkedTax, checkedAssets, aboveScale);
    }

    /** Invention patents and other IP together. */
    public int ipCount() {
        return inventionPatents + otherIp;
    }

    /** The same figures, whatever the amounts' scale. */
    boolean sameAs(AnnualFigures other) {
        Function<AnnualFigures, BigDecimal[]> amounts = f -> new BigDecimal[] {f.revenue, f.salesRevenue,
                f.highTechIncome, f.rdExpense, f.rdExpenseDomestic, f.profit, f.taxPaid, f.assets};
        BigDecimal[] mine = amounts.apply(this);
        BigDecimal[] theirs = amounts.apply(other);
        for (int i = 0; i < mine.length; i++) {
            if (mine[i].compareTo(theirs[i]) != 0) {
                return false;
            }
        }
        return staff.equals(other.staff) && techStaff.equals(other.techStaff)
                && inventionPatents.equals(other.inventionPatents) && otherIp.equals(other.otherIp)
                && aboveScale.equals(other.aboveScale);
    }

    private static BigDecimal amount(FieldErrors errors, String field, BigDecimal value, boolean nonNegative) {
        if (errors.required(field, value) == null) {
            return null;
        }
        return errors.check(() -> nonNegative ? Money.requireNonNegative(value, field) : Money.requireYuan(value, field));
    }

    private static Integer count(FieldErrors errors, String field, Integer value) {
        if (errors.required(field, value) != null && value < 0) {
            errors.add(field, "error.annualFigures.negativeCount", "must not be negative");
            return null;
        }
        return value;
    }

    private static void within(FieldErrors errors, String field, BigDecimal part, BigDecimal whole, String code,
                               String message) {
        if (part != null && whole != null && part.compareTo(whole) > 0) {
            errors.add(field, code, message);
        }
    }
}
