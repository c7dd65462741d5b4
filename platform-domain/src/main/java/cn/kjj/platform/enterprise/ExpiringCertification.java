package cn.kjj.platform.enterprise;

import java.time.LocalDate;

/**
 * A row of the renewal pipeline: a certificate that ends soon, without a renewal yet, and its
 * enterprise.
 *
 * @param daysLeft days from today to the last day in force (0 = it ends today)
 */
public record ExpiringCertification(Long certificationId, String certificateNo, CertificationKind kind,
                                    LocalDate issuedOn, LocalDate expiresOn, long daysLeft,
                                    Long enterpriseId, String enterpriseName, String creditCode,
                                    String regionCode) {
}
