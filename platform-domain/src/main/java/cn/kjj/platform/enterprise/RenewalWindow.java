package cn.kjj.platform.enterprise;

import cn.kjj.platform.common.InvalidInputException;
import java.time.LocalDate;

/**
 * How far ahead the renewal pipeline looks: certificates whose last day falls from today up
 * to {@code days} days from today, both inclusive. Officials chase renewals (重新认定) half a
 * year ahead by default; ten years is the most a question can sensibly ask.
 */
public record RenewalWindow(int days) {

    public static final int DEFAULT_DAYS = 180;
    public static final int MAX_DAYS = 3650;
    public static final String FIELD = "withinDays";
    public static final RenewalWindow DEFAULT = new RenewalWindow(DEFAULT_DAYS);

    public RenewalWindow {
        if (days < 1 || days > MAX_DAYS) {
            throw InvalidInputException.forField(FIELD, "error.certification.withinDays",
                    "must be between 1 and " + MAX_DAYS + " days");
        }
    }

    /** The window asked for, or the default one when {@code withinDays} is {@code null}. */
    public static RenewalWindow of(Integer withinDays) {
        return withinDays == null ? DEFAULT : new RenewalWindow(withinDays);
    }

    /** The last day of the window. */
    public LocalDate until(LocalDate today) {
        return today.plusDays(days);
    }

    public boolean contains(LocalDate expiresOn, LocalDate today) {
        return !expiresOn.isBefore(today) && !expiresOn.isAfter(until(today));
    }
}
