package cn.kjj.platform.enterprise;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import cn.kjj.platform.common.ConflictException;
import cn.kjj.platform.common.InvalidInputException;
import cn.kjj.platform.common.InvalidInputException.FieldError;
import java.time.Instant;
import java.time.LocalDate;
import org.junit.jupiter.api.Test;

class HighTechCertificationTest {

    private static final Instant NOW = Instant.parse("2024-05-01T02:00:00Z");
    private static final LocalDate ISSUED = LocalDate.of(2023, 12, 12);

    private static HighTechCertification certificate() {
        return new HighTechCertification(7L, "GR202344001234", CertificationKind.INITIAL, ISSUED, null, NOW);
    }

    @Test
    void runsThreeYearsWhenNoLastDayIsGiven() {
        HighTechCertification certificate = certificate();

        assertThat(certificate.getExpiresOn()).isEqualTo(LocalDate.of(2026, 12, 11));
        assertThat(certificate.getEnterpriseId()).isEqualTo(7L);
        assertThat(certificate.getCreatedAt()).isEqualTo(NOW);
        assertThat(certificate.isRevoked()).isFalse();
    }

    @Test
    void keepsTheLastDayPrintedOnTheCertificate() {
        LocalDate printed = LocalDate.of(2026, 12, 31);
        var certificate = new HighTechCertification(7L, "gf202344001234 ", CertificationKind.RENEWAL, ISSUED, printed, NOW);

        assertThat(certificate.getExpiresOn()).isEqualTo(printed);
        assertThat(certificate.getCertificateNo()).isEqualTo("GF202344001234");
    }

    @Test
    void refusesMalformedNumbersAndALastDayNotAfterTheIssueDate() {
        assertThatThrownBy(() -> new HighTechCertification(7L, "GX2023440012", CertificationKind.INITIAL, ISSUED, ISSUED, NOW))
                .isInstanceOfSatisfying(InvalidInputException.class, e -> assertThat(e.errors())
                        .extracting(FieldError::field, FieldError::code)
                        .containsExactly(
                                org.assertj.core.groups.Tuple.tuple("certificateNo", "error.certification.certificateNo.invalid"),
                                org.assertj.core.groups.Tuple.tuple("expiresOn", "error.certification.expiresOn.notAfterIssue")));
    }

    @Test
    void refusesMissingKindAndIssueDate() {
        assertThatThrownBy(() -> new HighTechCertification(7L, "GR202344001234", null, null, null, NOW))
                .isInstanceOfSatisfying(InvalidInputException.class, e -> assertThat(e.errors())
                        .extracting(FieldError::field).containsExactly("kind", "issuedOn"));
    }

    @Test
    void isInForceUntilItsLastDayAndNotAfterRevocation() {
        HighTechCertification certificate = certificate();
        assertThat(certificate.isInForce(LocalDate.of(2024, 12, 31))).isTrue();

        certificate.revoke(LocalDate.of(2024, 7, 1), "  虚假申报  ");

        assertThat(certificate.isRevoked()).isTrue();
        assertThat(certificate.getRevokedOn()).isEqualTo(LocalDate.of(2024, 7, 1));
        assertThat(certificate.getRevocationReason()).isEqualTo("虚假申报");
        assertThat(certificate.isInForce(LocalDate.of(2024, 6, 30))).isTrue();
        assertThat(certificate.isInForce(LocalDate.of(2024, 12, 31))).isFalse();
    }

    @Test
    void cannotBeRevokedTwice() {
        HighTechCertification certificate = certificate();
        certificate.revoke(LocalDate.of(2024, 7, 1), "first");

        assertThatThrownBy(() -> certificate.revoke(LocalDate.of(2024, 8, 1), "second"))
                .isInstanceOfSatisfying(ConflictException.class, e ->
                        assertThat(e.code()).isEqualTo("error.certification.alreadyRevoked"));
        assertThat(certificate.getRevocationReason()).isEqualTo("first");
    }

    @Test
    void needsAReasonToBeRevoked() {
        HighTechCertification certificate = certificate();

        assertThatThrownBy(() -> certificate.revoke(LocalDate.of(2024, 7, 1), "  "))
                .isInstanceOfSatisfying(InvalidInputException.class, e -> assertThat(e.errors())
                        .extracting(FieldError::field, FieldError::code)
                        .containsExactly(org.assertj.core.groups.Tuple.tuple("reason", "error.certification.reasonRequired")));
        assertThat(certificate.isRevoked()).isFalse();
    }

    @Test
    void cannotBeRevokedBeforeItWasIssued() {
        HighTechCertification certificate = certificate();

        assertThatThrownBy(() -> certificate.revoke(ISSUED.minusDays(1), "mistake"))
                .isInstanceOfSatisfying(InvalidInputException.class, e ->
                        assertThat(e.errors().get(0).code()).isEqualTo("error.certification.revokedBeforeIssue"));
        assertThat(certificate.isRevoked()).isFalse();
    }

    @Test
    void refusesAReasonLongerThanItsColumn() {
        assertThatThrownBy(() -> certificate().revoke(ISSUED, "x".repeat(1001)))
                .isInstanceOfSatisfying(InvalidInputException.class, e ->
                        assertThat(e.errors().get(0).code()).isEqualTo("error.field.tooLong"));
    }

    @Test
    void cannotBeRevokedFromADayThatHasNotComeYet() {
        HighTechCertification certificate = certificate();
        LocalDate today = LocalDate.of(2024, 7, 1);

        assertThatThrownBy(() -> certificate.revoke(today.plusDays(1), "", today))
                .isInstanceOfSatisfying(InvalidInputException.class, e -> assertThat(e.errors())
                        .extracting(FieldError::field, FieldError::code)
                        .containsExactly(
                                org.assertj.core.groups.Tuple.tuple("reason", "error.certification.reasonRequired"),
                                org.assertj.core.groups.Tuple.tuple("revokedOn", "error.certification.revokedOn.future")));
        assertThat(certificate.isRevoked()).isFalse();
    }
}
