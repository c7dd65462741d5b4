package cn.kjj.platform.contract;

import java.net.URLEncoder;
import java.nio.charset.StandardCharsets;
import java.time.LocalDate;
import java.time.format.DateTimeParseException;
import java.util.Set;
import java.util.StringJoiner;

/**
 * The filters of the contract list and the review queue as query parameters, all optional and
 * kept as typed: a parameter that cannot be read (an unknown status, a date like "yesterday") is
 * dropped with a notice instead of failing the page.
 */
public record ContractPageFilter(String status, String type, String signedFrom, String signedTo,
                                 String registeredFrom, String registeredTo, String q, String overdue,
                                 String region, String page, String reasonCode, String vatExempt,
                                 String filerRole) {

    static final int PAGE_SIZE = 20;
    /** No one pages that far; a cap keeps a hand-made address from asking for absurd offsets. */
    static final int MAX_PAGE = 500;

    ContractFilter toFilter() {
        ContractStatus status = statusValue();
        return new ContractFilter(status == null ? Set.of() : Set.of(status), typeValue(), regionValue(), null, date(signedFrom), date(signedTo),
                date(registeredFrom), date(registeredTo), text(), overdueOnly() ? Boolean.TRUE : null,
                reasonCodeValue(), vatExemptOnly() ? Boolean.TRUE : null, filerRoleValue());
    }

    /** Whether some parameter was given but could not be read. */
    boolean hasUnreadable() {
        return given(status) && statusValue() == null || given(type) && typeValue() == null
                || unreadableDate(signedFrom) || unreadableDate(signedTo) || unreadableDate(registeredFrom)
                || unreadableDate(registeredTo) || given(page) && pageValue() == null
                || given(region) && regionValue() == null || given(reasonCode) && reasonCodeValue() == null
                || given(filerRole) && filerRoleValue() == null;
    }

    /** The ground of a return or refusal to narrow to. */
    public RefusalReason reasonCodeValue() {
        return constant(RefusalReason.class, reasonCode);
    }

    /** Filed by the seller or by the buyer. */
    public FilerRole filerRoleValue() {
        return constant(FilerRole.class, filerRole);
    }

    public boolean vatExemptOnly() {
        return "true".equalsIgnoreCase(vatExempt) || "on".equalsIgnoreCase(vatExempt);
    }

    public ContractStatus statusValue() {
        return constant(ContractStatus.class, status);
    }

    public ContractType typeValue() {
        return constant(ContractType.class, type);
    }

    /** The seller's region (a code of six digits; a city includes its districts), as the dashboard links it. */
    public String regionValue() {
        return given(region) && region.strip().matches("[0-9]{6}") ? region.strip() : null;
    }

    int pageNumber() {
        Integer number = pageValue();
        return number == null || number < 0 ? 0 : Math.min(number, MAX_PAGE);
    }

    public boolean overdueOnly() {
        return "true".equalsIgnoreCase(overdue) || "on".equalsIgnoreCase(overdue);
    }

    /** Whether any filter beyond the status is set (the filter form opens then). */
    public boolean narrowed() {
        ContractFilter f = toFilter();
        return f.type() != null || f.signedFrom() != null || f.signedTo() != null || f.registeredFrom() != null
                || f.registeredTo() != null || f.q() != null || overdueOnly() || f.region() != null
                || f.reasonCode() != null || vatExemptOnly() || f.filerRole() != null;
    }

    /** A date parameter as the date input shows it: only when it could be read. */
    public String dateValue(String value) {
        LocalDate date = date(value);
        return date == null ? null : date.toString();
    }

    /** The address of page {@code number} of this list with the same filters. */
    public String pageUrl(String path, int number) {
        ContractFilter f = toFilter();
        StringJoiner query = new StringJoiner("&");
        add(query, "status", statusValue());
        add(query, "type", f.type());
        add(query, "signedFrom", f.signedFrom());
        add(query, "signedTo", f.signedTo());
        add(query, "registeredFrom", f.registeredFrom());
        add(query, "registeredTo", f.registeredTo());
        add(query, "q", f.q());
        add(query, "overdue", overdueOnly() ? Boolean.TRUE : null);
        add(query, "region", regionValue());
        add(query, "reasonCode", f.reasonCode());
        add(query, "vatExempt", vatExemptOnly() ? Boolean.TRUE : null);
        add(query, "filerRole", f.filerRole());
        if (number > 0) {
            add(query, "page", number);
        }
        return query.length() == 0 ? path : path + "?" + query;
    }

    private String text() {
        return q == null || q.isBlank() ? null : q.strip();
    }

    private Integer pageValue() {
        try {
            return given(page) ? Integer.valueOf(page.strip()) : null;
        } catch (NumberFormatException e) {
            return null;
        }
    }

    private static boolean given(String value) {
        return value != null && !value.isBlank();
    }

    private static boolean unreadableDate(String value) {
        return given(value) && date(value) == null;
    }

    private static LocalDate date(String value) {
        if (!given(value)) {
            return null;
        }
        try {
            return LocalDate.parse(value.strip());
        } catch (DateTimeParseException e) {
            return null;
        }
    }

    private static <E extends Enum<E>> E constant(Class<E> type, String value) {
        if (!given(value)) {
            return null;
        }
        try {
            return Enum.valueOf(type, value.strip());
        } catch (IllegalArgumentException e) {
            return null;
        }
    }

    private static void add(StringJoiner query, String name, Object value) {
        if (value != null) {
            query.add(name + "=" + URLEncoder.encode(value.toString(), StandardCharsets.UTF_8));
        }
    }
}
