package cn.kjj.platform.enterprise;

import java.time.Instant;
import java.time.LocalDate;

/**
 * A high-tech certificate as its readers see it.
 *
 * @param expiresOn the last day in force (inclusive)
 * @param status    where it stands today
 * @param renewed   a later certificate of the same enterprise exists (not revoked)
 */
public record CertificationView(Long id, Long enterpriseId, String certificateNo, CertificationKind kind,
                                LocalDate issuedOn, LocalDate expiresOn, LocalDate revokedOn, String revocationReason,
                                CertificationStatus status, boolean renewed, Instant createdAt, long version) {

    static CertificationView of(HighTechCertification c, LocalDate today, boolean renewed) {
        return new CertificationView(c.getId(), c.getEnterpriseId(), c.getCertificateNo(), c.getKind(),
                c.getIssuedOn(), c.getExpiresOn(), c.getRevokedOn(), c.getRevocationReason(),
                CertificationStatus.of(c, today, renewed), renewed, c.getCreatedAt(), c.getVersion());
    }

    public boolean revoked() {
        return revokedOn != null;
    }
}
