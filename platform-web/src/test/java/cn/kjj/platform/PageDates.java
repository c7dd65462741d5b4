package cn.kjj.platform;

import java.time.LocalDate;
import java.time.format.DateTimeFormatter;
import java.util.Locale;

/** Dates as the portal's pages write them, spelled out here rather than taken from the code under test. */
public final class PageDates {

    private static final DateTimeFormatter ENGLISH = DateTimeFormatter.ofPattern("d MMM yyyy", Locale.ENGLISH);

    private PageDates() {
    }

    /** 2026年11月2日 */
    public static String zh(LocalDate date) {
        return date.getYear() + "年" + date.getMonthValue() + "月" + date.getDayOfMonth() + "日";
    }

    /** 2 Nov 2026 */
    public static String en(LocalDate date) {
        return ENGLISH.format(date);
    }
}
