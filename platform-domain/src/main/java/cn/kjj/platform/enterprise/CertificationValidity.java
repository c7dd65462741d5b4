package cn.kjj.platform.enterprise;

import java.time.LocalDate;
import java.time.Month;
import java.util.Objects;

/**
 * The validity window of a high-tech enterprise certificate: three years from its issue date.
 * Dates are inclusive at both ends, as printed on the certificate and stored in
 * {@code expires_on}.
 */
public final class CertificationValidity {

    public static final int YEARS = 3;

    private CertificationValidity() {
    }

    /**
     * The last day in force: the day before the third anniversary of the issue date. A
     * certificate issued on 29 February has its anniversary on 1 March of a common year, so it
     * runs to 28 February rather than losing a day to {@code plusYears} clamping to 28 February.
     */
    public static LocalDate expiresOn(LocalDate issuedOn) {
        Objects.requireNonNull(issuedOn, "issuedOn");
        LocalDate anniversary = issuedOn.plusYears(YEARS);
        boolean clamped = issuedOn.getMonth() == Month.FEBRUARY && issuedOn.getDayOfMonth() == 29
                && anniversary.getDayOfMonth() == 28;
        return clamped ? anniversary : anniversary.minusDays(1);
    }

    /**
     * Whether a certificate is in force on {@code day}: issued on or before it, not expired before
     * it, and not revoked on or before it ({@code revokedOn} may be {@code null}).
     */
    public static boolean isInForce(LocalDate issuedOn, LocalDate expiresOn, LocalDate revokedOn, LocalDate day) {
        Objects.requireNonNull(day, "day");
        return !day.isBefore(issuedOn)
                && !day.isAfter(expiresOn)
                && (revokedOn == null || revokedOn.isAfter(day));
    }
}
