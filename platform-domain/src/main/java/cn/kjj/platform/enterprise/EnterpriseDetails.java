package cn.kjj.platform.enterprise;

import cn.kjj.platform.common.FieldErrors;
import cn.kjj.platform.common.Money;
import cn.kjj.platform.registry.RegistryDetails;
import java.math.BigDecimal;
import java.time.LocalDate;
import java.util.regex.Pattern;

/**
 * What an enterprise record says about a firm, as entered; {@link #validated()} gives the
 * normalised, checked copy that {@link Enterprise} stores.
 */
public record EnterpriseDetails(String name, String creditCode, String regionCode, String industry,
                                LocalDate foundedOn, Integer employees, Integer rdStaff,
                                BigDecimal revenue, BigDecimal rdExpense, OrganisationNature nature)
        implements RegistryDetails<EnterpriseDetails> {

    static final Pattern REGION_CODE = Pattern.compile("^[0-9]{6}$");

    /** Details of an organisation of the default nature, {@link OrganisationNature#ENTERPRISE}. */
    public EnterpriseDetails(String name, String creditCode, String regionCode, String industry, LocalDate foundedOn,
                             Integer employees, Integer rdStaff, BigDecimal revenue, BigDecimal rdExpense) {
        this(name, creditCode, regionCode, industry, foundedOn, employees, rdStaff, revenue, rdExpense, null);
    }

    /** Checks every field at once; {@link cn.kjj.platform.common.InvalidInputException} lists all that are wrong. */
    @Override
    public EnterpriseDetails validated() {
        FieldErrors errors = new FieldErrors();
        errors.date("foundedOn", foundedOn);
        String checkedName = errors.text("name", name, 200, true);
        String rawCode = errors.text(CreditCode.FIELD, creditCode, Integer.MAX_VALUE, true);
        CreditCode code = rawCode == null ? null : errors.check(() -> CreditCode.of(rawCode));
        String region = errors.text("regionCode", regionCode, Integer.MAX_VALUE, true);
        if (region != null && !REGION_CODE.matcher(region).matches()) {
            errors.add("regionCode", "error.regionCode.invalid", "must be a 6-digit administrative division code");
        }
        String checkedIndustry = errors.text("industry", industry, 100, false);
        requireNotNegative(errors, "employees", employees);
        requireNotNegative(errors, "rdStaff", rdStaff);
        if (employees != null && rdStaff != null && rdStaff > employees) {
            errors.add("rdStaff", "error.enterprise.rdStaffExceedsEmployees", "must not exceed the number of employees");
        }
        BigDecimal checkedRevenue = errors.check(() -> Money.requireNonNegative(revenue, "revenue"));
        BigDecimal checkedRdExpense = errors.check(() -> Money.requireNonNegative(rdExpense, "rdExpense"));
        errors.throwIfAny();
        return new EnterpriseDetails(checkedName, code.value(), region, checkedIndustry, foundedOn,
                employees, rdStaff, checkedRevenue, checkedRdExpense, nature == null ? OrganisationNature.ENTERPRISE : nature);
    }

    private static void requireNotNegative(FieldErrors errors, String field, Integer value) {
        if (value != null && value < 0) {
            errors.add(field, "error.field.negative", "must not be negative");
        }
    }
}
