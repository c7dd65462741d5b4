package cn.kjj.platform.registry;

/**
 * A column of a registry's list, or a fact on a record's page: a component of the view, shown by
 * its type (a kind by its name, a region by its name, a date, a number) unless told otherwise.
 *
 * @param field a component of the view (for {@link Show#ENTERPRISE}, the prefix of its
 *              {@code Id}, {@code Name} and {@code CreditCode} components)
 * @param label the message key after {@code prefix.field.}
 */
public record Column(String field, String label, Show show) {

    /** How a value is shown. */
    public enum Show {
        /** By its type: a name for a kind, a region's name for {@code regionCode}, a date, a number. */
        VALUE,
        /** Yuan: ¥1,250,000.00. */
        MONEY,
        /** An enterprise of the registry: a link with its name, and its credit code. */
        ENTERPRISE
    }

    public static Column of(String field) {
        return new Column(field, field, Show.VALUE);
    }

    /** A component shown under another label, e.g. {@code hostEnterpriseName} as "hostEnterprise". */
    public static Column of(String field, String label) {
        return new Column(field, label, Show.VALUE);
    }

    public static Column money(String field) {
        return new Column(field, field, Show.MONEY);
    }

    public static Column enterprise(String prefix) {
        return new Column(prefix, prefix, Show.ENTERPRISE);
    }
}
