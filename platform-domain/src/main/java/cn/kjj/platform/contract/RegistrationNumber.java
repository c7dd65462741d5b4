package cn.kjj.platform.contract;

import java.util.Objects;
import java.util.regex.Matcher;
import java.util.regex.Pattern;

/**
 * A registration number (登记编号): year (4) + registering region code (6) + serial (6, from 1
 * each year and region), e.g. {@code 2023440704000123}. The serial is drawn from table
 * {@code registration_counter} inside the registering transaction.
 */
public record RegistrationNumber(int year, String regionCode, int serial) {

    public static final int MAX_SERIAL = 999_999;
    private static final Pattern FORMAT = Pattern.compile("^([0-9]{4})([0-9]{6})([0-9]{6})$");
    private static final Pattern REGION = Pattern.compile("^[0-9]{6}$");

    public RegistrationNumber {
        if (year < 1980 || year > 9999) {
            throw new IllegalArgumentException("year out of range: " + year);
        }
        if (regionCode == null || !REGION.matcher(regionCode).matches()) {
            throw new IllegalArgumentException("region code must be 6 digits: " + regionCode);
        }
        // a counter past 999999 (or below 1) is a broken counter, not bad input
        if (serial < 1 || serial > MAX_SERIAL) {
            throw new IllegalStateException("serial out of range 1.." + MAX_SERIAL + ": " + serial);
        }
    }

    /** Reads a number back; {@link IllegalArgumentException} when it is not one. */
    public static RegistrationNumber parse(String text) {
        Matcher m = FORMAT.matcher(Objects.requireNonNull(text, "text"));
        if (!m.matches()) {
            throw new IllegalArgumentException("not a registration number: " + text);
        }
        int serial = Integer.parseInt(m.group(3));
        if (serial == 0) {
            throw new IllegalArgumentException("serial 000000 is never issued: " + text);
        }
        return new RegistrationNumber(Integer.parseInt(m.group(1)), m.group(2), serial);
    }

    public String value() {
        return String.format("%04d%s%06d", year, regionCode, serial);
    }

    @Override
    public String toString() {
        return value();
    }
}
