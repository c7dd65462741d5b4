package cn.kjj.platform.statistics;

import cn.kjj.platform.common.FieldErrors;
import java.time.Clock;
import java.time.LocalDate;

/** Years that statistics may be kept or asked for: from 1980 to next year. */
public final class StatisticYears {

    private StatisticYears() {
    }

    public static int latest(Clock clock) {
        return LocalDate.now(clock).getYear() + 1;
    }

    /** Records {@code error.year.outOfRange} on {@code field} when {@code year} lies outside the range. */
    public static void check(FieldErrors errors, String field, Integer year, Clock clock) {
        int latest = latest(clock);
        if (year != null && (year < RegionalStatistic.MIN_YEAR || year > latest)) {
            errors.add(field, "error.year.outOfRange",
                    "must be between " + RegionalStatistic.MIN_YEAR + " and " + latest);
        }
    }

    /** 400 with {@code error.year.outOfRange} on {@code field} when {@code year} lies outside the range. */
    static void require(String field, int year, Clock clock) {
        FieldErrors errors = new FieldErrors();
        check(errors, field, year, clock);
        errors.throwIfAny();
    }
}
