package cn.kjj.platform.enterprise;

import cn.kjj.platform.common.InvalidInputException.FieldError;
import java.math.BigDecimal;
import java.time.LocalDate;
import java.time.format.DateTimeParseException;
import java.util.List;
import java.util.regex.Pattern;

/**
 * The enterprise form as the browser sends it: every field as the text typed, so that a wrong
 * number comes back as typed with a message beside it. Never an entity.
 *
 * @param version the version the form was opened at (edits only): a stale form is refused
 */
record EnterprisePageForm(String name, String creditCode, String regionCode, String industry, String foundedOn,
                          String employees, String rdStaff, String revenue, String rdExpense, Long version,
                          OrganisationNature nature) {

    static final List<String> FIELDS = List.of("name", "creditCode", "regionCode", "nature", "industry", "foundedOn",
            "employees", "rdStaff", "revenue", "rdExpense");

    private static final Pattern INTEGER = Pattern.compile("^[0-9]{1,9}$");
    private static final Pattern DECIMAL = Pattern.compile("^-?[0-9]+(\\.[0-9]+)?$");

    static EnterprisePageForm blank(String regionCode) {
        return new EnterprisePageForm(null, null, regionCode, null, null, null, null, null, null, null,
                OrganisationNature.ENTERPRISE);
    }

    static EnterprisePageForm of(EnterpriseView e) {
        return new EnterprisePageForm(e.name(), e.creditCode(), e.regionCode(), e.industry(),
                e.foundedOn() == null ? null : e.foundedOn().toString(),
                e.employees() == null ? null : e.employees().toString(),
                e.rdStaff() == null ? null : e.rdStaff().toString(),
                e.revenue() == null ? null : e.revenue().toPlainString(),
                e.rdExpense() == null ? null : e.rdExpense().toPlainString(),
                e.version(), e.nature());
    }

    /** The details as the domain takes them; text that is not a date or a number becomes a field error. */
    EnterpriseDetails toDetails(List<FieldError> errors) {
        return new EnterpriseDetails(name, creditCode, regionCode, industry,
                date("foundedOn", foundedOn, errors),
                integer("employees", employees, errors), integer("rdStaff", rdStaff, errors),
                amount("revenue", revenue, errors), amount("rdExpense", rdExpense, errors), nature);
    }

    static LocalDate date(String field, String text, List<FieldError> errors) {
        if (text == null || text.isBlank()) {
            return null;
        }
        try {
            return LocalDate.parse(text.strip());
        } catch (DateTimeParseException e) {
            errors.add(new FieldError(field, "enterprise.form.date.invalid", "must be a date such as 2024-03-15"));
            return null;
        }
    }

    private static Integer integer(String field, String text, List<FieldError> errors) {
        if (text == null || text.isBlank()) {
            return null;
        }
        String plain = text.strip().replace(",", "");
        if (!INTEGER.matcher(plain).matches()) {
            errors.add(new FieldError(field, "enterprise.form.integer.invalid", "must be a whole number such as 120"));
            return null;
        }
        return Integer.valueOf(plain);
    }

    private static BigDecimal amount(String field, String text, List<FieldError> errors) {
        if (text == null || text.isBlank()) {
            return null;
        }
        String plain = text.strip().replace(",", "").replace("，", "").replace(" ", "");
        if (!DECIMAL.matcher(plain).matches()) {
            errors.add(new FieldError(field, "enterprise.form.amount.invalid", "must be an amount such as 52000000.00"));
            return null;
        }
        return new BigDecimal(plain);
    }
}
