package cn.kjj.platform.enterprise;

import cn.kjj.platform.common.InvalidInputException.FieldError;
import cn.kjj.platform.portal.RegistryForms;
import java.util.List;
import java.util.Set;

/**
 * The annual figures form as the browser sends it: amounts and counts as the text typed; the
 * above-scale box unchecked is false.
 *
 * @param version the version the form was opened at, when figures existed: a stale form is refused
 */
record AnnualFiguresPageForm(String revenue, String salesRevenue, String highTechIncome, String rdExpense,
                             String rdExpenseDomestic, String staff, String techStaff, String inventionPatents,
                             String otherIp, String profit, String taxPaid, String assets, String aboveScale,
                             Long version) {

    static final Set<String> FIELDS = Set.of("revenue", "salesRevenue", "highTechIncome", "rdExpense",
            "rdExpenseDomestic", "staff", "techStaff", "inventionPatents", "otherIp", "profit", "taxPaid", "assets",
            "aboveScale");

    static AnnualFiguresPageForm of(AnnualFiguresView current) {
        if (current == null) {
            return new AnnualFiguresPageForm(null, null, null, null, null, null, null, null, null, null, null, null,
                    null, null);
        }
        AnnualFigures f = current.figures();
        return new AnnualFiguresPageForm(RegistryForms.text(f.revenue()), RegistryForms.text(f.salesRevenue()),
                RegistryForms.text(f.highTechIncome()), RegistryForms.text(f.rdExpense()),
                RegistryForms.text(f.rdExpenseDomestic()), String.valueOf(f.staff()), String.valueOf(f.techStaff()),
                String.valueOf(f.inventionPatents()), String.valueOf(f.otherIp()), RegistryForms.text(f.profit()),
                RegistryForms.text(f.taxPaid()), RegistryForms.text(f.assets()), String.valueOf(f.aboveScale()),
                current.version());
    }

    AnnualFigures toFigures(List<FieldError> errors) {
        return new AnnualFigures(RegistryForms.decimal("revenue", revenue, errors),
                RegistryForms.decimal("salesRevenue", salesRevenue, errors),
                RegistryForms.decimal("highTechIncome", highTechIncome, errors),
                RegistryForms.decimal("rdExpense", rdExpense, errors),
                RegistryForms.decimal("rdExpenseDomestic", rdExpenseDomestic, errors),
                RegistryForms.integer("staff", staff, errors), RegistryForms.integer("techStaff", techStaff, errors),
                RegistryForms.integer("inventionPatents", inventionPatents, errors),
                RegistryForms.integer("otherIp", otherIp, errors), RegistryForms.decimal("profit", profit, errors),
                RegistryForms.decimal("taxPaid", taxPaid, errors), RegistryForms.decimal("assets", assets, errors),
                "true".equals(aboveScale));
    }
}
