package cn.kjj.platform.enterprise;

import java.time.LocalDate;

/**
 * A certificate to enter for an enterprise.
 *
 * @param expiresOn the last day printed on the certificate; {@code null} for the standard three
 *                  years ({@link CertificationValidity#expiresOn})
 */
public record NewCertification(String certificateNo, CertificationKind kind, LocalDate issuedOn,
                               LocalDate expiresOn) {
}
