package cn.kjj.platform.enterprise;

import static org.assertj.core.api.Assertions.assertThat;

import java.time.LocalDate;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.CsvSource;

class CertificationValidityTest {

    @ParameterizedTest(name = "issued {0} is in force until {1}")
    @CsvSource({
            "2023-01-01, 2025-12-31",
            "2022-12-31, 2025-12-30",
            "2023-12-12, 2026-12-11",
            "2020-02-29, 2023-02-28", // no 29 February in 2023: the anniversary is 1 March
            "2020-03-01, 2023-02-28",
            "2021-03-01, 2024-02-29", // the last day is a leap day
            "2019-02-28, 2022-02-27",
            "2024-02-29, 2027-02-28",
    })
    void aCertificateIsInForceForThreeYearsUntilTheDayBeforeItsThirdAnniversary(LocalDate issuedOn, LocalDate expiresOn) {
        assertThat(CertificationValidity.expiresOn(issuedOn)).isEqualTo(expiresOn);
    }

    @Test
    void isInForceFromTheIssueDateToTheLastDayInclusive() {
        LocalDate issued = LocalDate.of(2023, 1, 1);
        LocalDate expires = LocalDate.of(2025, 12, 31);

        assertThat(CertificationValidity.isInForce(issued, expires, null, LocalDate.of(2022, 12, 31))).isFalse();
        assertThat(CertificationValidity.isInForce(issued, expires, null, issued)).isTrue();
        assertThat(CertificationValidity.isInForce(issued, expires, null, LocalDate.of(2025, 12, 31))).isTrue();
        assertThat(CertificationValidity.isInForce(issued, expires, null, LocalDate.of(2026, 1, 1))).isFalse();
    }

    @Test
    void aCertificateIssuedOnTheFirstOfJanuaryCountsInTheStockOfThreeYearEnds() {
        LocalDate issued = LocalDate.of(2023, 1, 1);
        LocalDate expires = CertificationValidity.expiresOn(issued);

        assertThat(CertificationValidity.isInForce(issued, expires, null, LocalDate.of(2022, 12, 31))).isFalse();
        assertThat(CertificationValidity.isInForce(issued, expires, null, LocalDate.of(2023, 12, 31))).isTrue();
        assertThat(CertificationValidity.isInForce(issued, expires, null, LocalDate.of(2024, 12, 31))).isTrue();
        assertThat(CertificationValidity.isInForce(issued, expires, null, LocalDate.of(2025, 12, 31))).isTrue();
        assertThat(CertificationValidity.isInForce(issued, expires, null, LocalDate.of(2026, 12, 31))).isFalse();
    }

    @Test
    void aRevokedCertificateIsNoLongerInForceFromTheRevocationDayOn() {
        LocalDate issued = LocalDate.of(2023, 1, 1);
        LocalDate expires = LocalDate.of(2025, 12, 31);
        LocalDate revoked = LocalDate.of(2024, 6, 15);

        assertThat(CertificationValidity.isInForce(issued, expires, revoked, LocalDate.of(2024, 6, 14))).isTrue();
        assertThat(CertificationValidity.isInForce(issued, expires, revoked, revoked)).isFalse();
        assertThat(CertificationValidity.isInForce(issued, expires, revoked, LocalDate.of(2024, 12, 31))).isFalse();
    }

    @Test
    void aCertificateRevokedOnItsIssueDateWasNeverInForce() {
        LocalDate issued = LocalDate.of(2023, 1, 1);

        assertThat(CertificationValidity.isInForce(issued, LocalDate.of(2025, 12, 31), issued, issued)).isFalse();
    }
}
