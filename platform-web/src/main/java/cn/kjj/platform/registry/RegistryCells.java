package cn.kjj.platform.registry;

import cn.kjj.platform.portal.PortalFormats;
import cn.kjj.platform.portal.RegistryLabels;
import java.math.BigDecimal;
import java.time.LocalDate;
import java.util.Locale;
import org.springframework.stereotype.Component;

/**
 * The values of a registry's columns and facts as the pages show them, in the page's language.
 * Templates call it as {@code ${@registryCells.text(row, column, #locale)}}.
 */
@Component("registryCells")
public record RegistryCells(RegistryLabels labels, PortalFormats formats) {

    /** The column's value as text: "" when there is none. */
    public String text(Object row, Column column, Locale locale) {
        Object value = value(row, column);
        if (value == null) {
            return "";
        }
        if (column.show() == Column.Show.MONEY) {
            return formats.money((BigDecimal) value, locale);
        }
        if (column.field().equals("regionCode")) {
            return labels.region((String) value, locale);
        }
        if (value instanceof LocalDate date) {
            return formats.date(date, locale);
        }
        if (value instanceof BigDecimal number) {
            return labels.number(number);
        }
        if (value instanceof java.util.Collection<?> several) {
            return String.join("、", several.stream().map(v -> labels.of(v, locale)).toList());
        }
        return labels.of(value, locale);
    }

    /** The value of a column (of an enterprise: its id). */
    public Object value(Object row, Column column) {
        return Records.value(row, column.show() == Column.Show.ENTERPRISE ? column.field() + "Id" : column.field());
    }

    /** A component of the row, e.g. an enterprise's {@code hostEnterpriseName}. */
    public Object value(Object row, String field) {
        return Records.value(row, field);
    }

    /** The cell's class: numbers right-aligned, dates kept on one line. */
    public String style(Object row, Column column) {
        if (column.show() == Column.Show.ENTERPRISE) {
            return null;
        }
        Class<?> type = Records.type(row, column.field());
        if (Number.class.isAssignableFrom(type)) {
            return "num";
        }
        return type == LocalDate.class ? "date" : null;
    }
}
