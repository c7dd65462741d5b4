package cn.kjj.platform.enterprise;

import static org.assertj.core.api.Assertions.assertThat;

import java.time.Instant;
import java.time.LocalDate;
import org.junit.jupiter.api.Test;

class CertificationStatusTest {

    private static final LocalDate TODAY = LocalDate.of(2026, 11, 22);

    /** A certificate of the standard three years that ends {@code daysLeft} days from today. */
    private static HighTechCertification endingIn(int daysLeft) {
        LocalDate lastDay = TODAY.plusDays(daysLeft);
        return new HighTechCertification(1L, "GR202344000001", CertificationKind.INITIAL,
                lastDay.plusDays(1).minusYears(3), lastDay, Instant.EPOCH);
    }

    @Test
    void aCertificateEndingInAYearIsInForce() {
        assertThat(CertificationStatus.of(endingIn(365), TODAY, false)).isEqualTo(CertificationStatus.IN_FORCE);
    }

    @Test
    void aCertificateEndingWithinHalfAYearWithoutRenewalIsExpiringSoon() {
        assertThat(CertificationStatus.of(endingIn(100), TODAY, false)).isEqualTo(CertificationStatus.EXPIRING_SOON);
        assertThat(CertificationStatus.of(endingIn(0), TODAY, false)).isEqualTo(CertificationStatus.EXPIRING_SOON);
    }

    @Test
    void aRenewedCertificateIsNotExpiringSoon() {
        assertThat(CertificationStatus.of(endingIn(100), TODAY, true)).isEqualTo(CertificationStatus.IN_FORCE);
    }

    @Test
    void aCertificatePastItsLastDayHasExpired() {
        assertThat(CertificationStatus.of(endingIn(-1), TODAY, false)).isEqualTo(CertificationStatus.EXPIRED);
    }

    @Test
    void aRevokedCertificateIsRevokedWhateverItsDates() {
        HighTechCertification certificate = endingIn(365);
        certificate.revoke(TODAY, "虚假申报");

        assertThat(CertificationStatus.of(certificate, TODAY, false)).isEqualTo(CertificationStatus.REVOKED);
    }

    @Test
    void theValidityDefaultsToThreeYearsLessADay() {
        HighTechCertification certificate = new HighTechCertification(1L, "GR202344000001",
                CertificationKind.INITIAL, LocalDate.of(2023, 12, 28), null, Instant.EPOCH);

        assertThat(certificate.getExpiresOn()).isEqualTo(LocalDate.of(2026, 12, 27));
    }
}
