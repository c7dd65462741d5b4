package cn.kjj.platform.enterprise;

import static cn.kjj.platform.enterprise.CertificationKind.INITIAL;
import static cn.kjj.platform.enterprise.CertificationKind.RENEWAL;
import static org.assertj.core.api.Assertions.assertThatCode;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import cn.kjj.platform.common.ConflictException;
import java.time.Instant;
import java.time.LocalDate;
import java.util.List;
import org.junit.jupiter.api.Test;

class CertificationTimelineTest {

    private static final Instant NOW = Instant.parse("2026-11-01T00:00:00Z");
    /** In force 2020-12-01 .. 2023-11-30. */
    private static final HighTechCertification FIRST = certificate("GR202044000001", INITIAL, "2020-12-01");

    private static HighTechCertification certificate(String number, CertificationKind kind, String issuedOn) {
        return new HighTechCertification(1L, number, kind, LocalDate.parse(issuedOn), null, NOW);
    }

    @Test
    void aRenewalIssuedInTheLastYearOfThePreviousCertificateMayOverlapIt() {
        HighTechCertification renewal = certificate("GR202344000002", RENEWAL, "2023-11-20");

        assertThatCode(() -> CertificationTimeline.requireFits(renewal, List.of(FIRST))).doesNotThrowAnyException();
    }

    @Test
    void aRenewalAfterTheEndOfThePreviousCertificateFits() {
        HighTechCertification renewal = certificate("GR202444000002", RENEWAL, "2024-03-01");

        assertThatCode(() -> CertificationTimeline.requireFits(renewal, List.of(FIRST))).doesNotThrowAnyException();
    }

    @Test
    void aRenewalEarlierThanTheLastYearOfThePreviousCertificateIsAConflict() {
        HighTechCertification early = certificate("GR202244000002", RENEWAL, "2022-06-01");

        assertThatThrownBy(() -> CertificationTimeline.requireFits(early, List.of(FIRST)))
                .isInstanceOfSatisfying(ConflictException.class, e -> org.assertj.core.api.Assertions
                        .assertThat(e.code()).isEqualTo("error.certification.overlaps"));
    }

    @Test
    void anInitialCertificationWhileAnotherIsInForceIsAConflict() {
        HighTechCertification second = certificate("GR202344000003", INITIAL, "2023-11-20");

        assertThatThrownBy(() -> CertificationTimeline.requireFits(second, List.of(FIRST)))
                .isInstanceOfSatisfying(ConflictException.class, e -> org.assertj.core.api.Assertions
                        .assertThat(e.code()).isEqualTo("error.certification.overlaps"));
    }

    @Test
    void anInitialCertificationAfterAGapFits() {
        HighTechCertification again = certificate("GR202544000004", INITIAL, "2025-12-01");

        assertThatCode(() -> CertificationTimeline.requireFits(again, List.of(FIRST))).doesNotThrowAnyException();
    }

    @Test
    void aRenewalWithoutAnEarlierCertificateIsAConflict() {
        HighTechCertification renewal = certificate("GR202344000002", RENEWAL, "2023-11-20");

        assertThatThrownBy(() -> CertificationTimeline.requireFits(renewal, List.of()))
                .isInstanceOfSatisfying(ConflictException.class, e -> org.assertj.core.api.Assertions
                        .assertThat(e.code()).isEqualTo("error.certification.nothingToRenew"));
    }

    @Test
    void aSecondRenewalOfTheSameCertificateIsAConflict() {
        HighTechCertification renewal = certificate("GR202344000002", RENEWAL, "2023-11-20");
        HighTechCertification again = certificate("GR202344000005", RENEWAL, "2023-11-25");

        assertThatThrownBy(() -> CertificationTimeline.requireFits(again, List.of(FIRST, renewal)))
                .isInstanceOf(ConflictException.class);
    }

    @Test
    void aRevokedCertificateDoesNotBlockANewOne() {
        HighTechCertification revoked = certificate("GR202044000001", INITIAL, "2020-12-01");
        revoked.revoke(LocalDate.of(2021, 6, 1), "虚假申报");
        HighTechCertification fresh = certificate("GR202244000006", INITIAL, "2022-01-10");

        assertThatCode(() -> CertificationTimeline.requireFits(fresh, List.of(revoked))).doesNotThrowAnyException();
    }

    @Test
    void anOlderCertificateMayBeEnteredAfterItsRenewal() {
        HighTechCertification renewal = certificate("GR202344000002", RENEWAL, "2023-11-20");

        assertThatCode(() -> CertificationTimeline.requireFits(FIRST, List.of(renewal))).doesNotThrowAnyException();
    }

    @Test
    void anOlderCertificateThatWouldSwallowAnExistingRenewalIsAConflict() {
        HighTechCertification renewal = certificate("GR202344000002", RENEWAL, "2023-11-20");
        HighTechCertification tooLate = certificate("GR202244000007", INITIAL, "2022-01-10");

        assertThatThrownBy(() -> CertificationTimeline.requireFits(tooLate, List.of(renewal)))
                .isInstanceOf(ConflictException.class);
    }
}
