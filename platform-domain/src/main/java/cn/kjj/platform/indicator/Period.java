package cn.kjj.platform.indicator;

import cn.kjj.platform.common.InvalidInputException;
import java.time.LocalDate;
import java.time.YearMonth;
import java.util.regex.Matcher;
import java.util.regex.Pattern;

/** The periods a series may be cut into, and their labels: {@code 2023}, {@code 2023-H1}, {@code 2023-Q2}, {@code 2023-06}. */
public enum Period {
    YEAR(12), HALF_YEAR(6), QUARTER(3), MONTH(1);

    private static final Pattern LABEL = Pattern.compile("^(\\d{4})(?:-(H[12]|Q[1-4]|\\d{2}))?$");

    private final int months;

    Period(int months) {
        this.months = months;
    }

    public int months() {
        return months;
    }

    /** The first month of the period that holds {@code month}. */
    public YearMonth start(YearMonth month) {
        int first = (month.getMonthValue() - 1) / months * months + 1;
        return YearMonth.of(month.getYear(), first);
    }

    public String label(YearMonth month) {
        YearMonth start = start(month);
        int index = (start.getMonthValue() - 1) / months + 1;
        return switch (this) {
            case YEAR -> String.valueOf(start.getYear());
            case HALF_YEAR -> start.getYear() + "-H" + index;
            case QUARTER -> start.getYear() + "-Q" + index;
            case MONTH -> String.format("%d-%02d", start.getYear(), start.getMonthValue());
        };
    }

    public boolean startsOn(LocalDate day) {
        return day.getDayOfMonth() == 1 && (day.getMonthValue() - 1) % months == 0;
    }

    public boolean endsOn(LocalDate day) {
        return day.equals(YearMonth.from(day).atEndOfMonth()) && day.getMonthValue() % months == 0;
    }

    /** The first and last day of a labelled period, or 400 naming {@code field}. */
    public static LocalDate[] bounds(String label, String field) {
        Matcher m = label == null ? null : LABEL.matcher(label.strip());
        if (m == null || !m.matches()) {
            throw InvalidInputException.forField(field, "error.indicator.periodLabel",
                    "must be a period such as 2023, 2023-H1, 2023-Q2 or 2023-06");
        }
        int year = Integer.parseInt(m.group(1));
        String part = m.group(2);
        YearMonth first;
        Period period;
        if (part == null) {
            first = YearMonth.of(year, 1);
            period = YEAR;
        } else if (part.startsWith("H")) {
            first = YearMonth.of(year, (part.charAt(1) - '1') * 6 + 1);
            period = HALF_YEAR;
        } else if (part.startsWith("Q")) {
            first = YearMonth.of(year, (part.charAt(1) - '1') * 3 + 1);
            period = QUARTER;
        } else {
            int month = Integer.parseInt(part);
            if (month < 1 || month > 12) {
                throw InvalidInputException.forField(field, "error.indicator.periodLabel",
                        "must be a period such as 2023, 2023-H1, 2023-Q2 or 2023-06");
            }
            first = YearMonth.of(year, month);
            period = MONTH;
        }
        return new LocalDate[] {first.atDay(1), first.plusMonths(period.months - 1).atEndOfMonth()};
    }
}
