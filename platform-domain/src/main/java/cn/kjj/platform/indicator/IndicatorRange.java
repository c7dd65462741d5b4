package cn.kjj.platform.indicator;

import cn.kjj.platform.common.InvalidInputException;
import java.time.LocalDate;

/** The checks on a requested range: 400 naming the parameter at fault. */
final class IndicatorRange {

    static final int MIN_YEAR = 1980;
    static final int MAX_YEAR = 9999;
    static final int MAX_YEARS = 100;
    static final int MAX_PERIODS = 1200;

    private IndicatorRange() {
    }

    static int[] years(Integer from, Integer to, LocalDate today) {
        int last = to == null ? today.getYear() : to;
        int first = from == null ? last - 4 : from;
        requireYear("from", first);
        requireYear("to", last);
        if (first > last) {
            throw InvalidInputException.forField("to", "error.indicator.range", "must not be before from");
        }
        if (last - first >= MAX_YEARS) {
            throw InvalidInputException.forField("to", "error.indicator.rangeTooLong", "the range is too long");
        }
        return new int[] {first, last};
    }

    static LocalDate[] days(LocalDate from, LocalDate to, Period period, LocalDate today) {
        LocalDate last = to == null ? LocalDate.of(today.getYear(), 12, 31) : to;
        LocalDate first = from == null ? LocalDate.of(last.getYear() - 4, 1, 1) : from;
        requireYear("from", first.getYear());
        requireYear("to", last.getYear());
        if (!period.startsOn(first)) {
            throw InvalidInputException.forField("from", "error.indicator.periodStart",
                    "must be the first day of a period");
        }
        if (!period.endsOn(last)) {
            throw InvalidInputException.forField("to", "error.indicator.periodEnd", "must be the last day of a period");
        }
        if (first.isAfter(last)) {
            throw InvalidInputException.forField("to", "error.indicator.range", "must not be before from");
        }
        long months = (last.getYear() - first.getYear()) * 12L + last.getMonthValue() - first.getMonthValue() + 1;
        if (months / period.months() > MAX_PERIODS) {
            throw InvalidInputException.forField("to", "error.indicator.rangeTooLong", "the range is too long");
        }
        return new LocalDate[] {first, last};
    }

    private static void requireYear(String field, int year) {
        if (year < MIN_YEAR || year > MAX_YEAR) {
            throw InvalidInputException.forField(field, "error.indicator.year", "must be between 1980 and 9999");
        }
    }
}
