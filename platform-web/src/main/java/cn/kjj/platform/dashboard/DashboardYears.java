package cn.kjj.platform.dashboard;

import java.time.Clock;
import java.time.LocalDate;
import java.util.ArrayList;
import java.util.List;

/** The year picker of the dashboard and the annual report: the years offered and the year typed. */
public final class DashboardYears {

    static final int OFFERED = 10;

    private DashboardYears() {
    }

    /** This year and the nine before it, newest first. */
    public static List<Integer> offered(Clock clock) {
        int thisYear = LocalDate.now(clock).getYear();
        List<Integer> years = new ArrayList<>(OFFERED);
        for (int y = thisYear; y > thisYear - OFFERED; y--) {
            years.add(y);
        }
        return years;
    }

    /** The four-digit year typed; null when none is typed or it cannot be read (then {@code notice} is added). */
    public static Integer parse(String text, List<String> errors, String notice) {
        if (text == null || text.isBlank()) {
            return null;
        }
        if (text.strip().matches("[0-9]{4}")) {
            return Integer.valueOf(text.strip());
        }
        errors.add(notice);
        return null;
    }
}
