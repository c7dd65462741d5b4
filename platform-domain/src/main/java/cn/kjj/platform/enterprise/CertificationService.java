package cn.kjj.platform.enterprise;

import cn.kjj.platform.audit.AuditLog;
import cn.kjj.platform.common.ConflictException;
import cn.kjj.platform.common.FieldErrors;
import cn.kjj.platform.common.NotFoundException;
import cn.kjj.platform.common.PreconditionFailedException;
import cn.kjj.platform.identity.AccountPrincipal;
import java.time.Clock;
import java.time.LocalDate;
import java.util.List;
import org.springframework.dao.DataIntegrityViolationException;
import org.springframework.stereotype.Service;
import org.springframework.transaction.annotation.Transactional;

/**
 * Entering high-tech certificates (initial and renewal) and revoking them. A certificate is
 * never deleted: statistics of past years count it. The enterprise row is locked while a
 * certificate is checked against its others ({@link CertificationTimeline}), so that two
 * officials entering at the same moment cannot both slip past the check.
 */
@Service
public class CertificationService {

    private final EnterpriseRepository enterprises;
    private final HighTechCertificationRepository certifications;
    private final EnterpriseAccess access;
    private final EnterpriseQueries queries;
    private final AuditLog audit;
    private final HighTechRollup highTech;
    private final Clock clock;

    CertificationService(EnterpriseRepository enterprises, HighTechCertificationRepository certifications,
                         EnterpriseAccess access, EnterpriseQueries queries, AuditLog audit, HighTechRollup highTech,
                         Clock clock) {
        this.enterprises = enterprises;
        this.certifications = certifications;
        this.access = access;
        this.queries = queries;
        this.audit = audit;
        this.highTech = highTech;
        this.clock = clock;
    }

    /** Enters a certificate; {@code expiresOn} defaults to three years of validity. */
    @Transactional
    public CertificationView certify(AccountPrincipal actor, long enterpriseId, NewCertification request) {
        Enterprise enterprise = writable(actor, enterpriseId);
        LocalDate today = queries.today();
        FieldErrors errors = new FieldErrors();
        if (request.issuedOn() != null && request.issuedOn().isAfter(today)) {
            errors.add("issuedOn", "error.certification.issuedOn.future", "must not be in the future");
        }
        HighTechCertification certificate = errors.check(() -> new HighTechCertification(enterpriseId,
                request.certificateNo(), request.kind(), request.issuedOn(), request.expiresOn(), clock.instant()));
        errors.throwIfAny();
        if (certifications.existsByCertificateNo(certificate.getCertificateNo())) {
            throw duplicate(certificate.getCertificateNo());
        }
        List<HighTechCertification> existing = certifications.findByEnterpriseIdOrderByIssuedOnDesc(enterpriseId);
        CertificationTimeline.requireFits(certificate, existing);
        try {
            certificate = certifications.saveAndFlush(certificate);
        } catch (DataIntegrityViolationException e) {
            String message = String.valueOf(e.getMostSpecificCause().getMessage());
            throw message.contains("high_tech_certification_no_key") ? duplicate(certificate.getCertificateNo()) : e;
        }
        highTech.recompute(List.of(enterpriseId));
        audit.record("certification.create", EnterpriseQueries.CERTIFICATION, certificate.getId(),
                enterprise.getRegionCode(), null, AuditState.of(certificate));
        return CertificationView.of(certificate, today, EnterpriseQueries.isRenewed(certificate, existing));
    }

    /**
     * Withdraws a certificate from {@code revokedOn} (default today, never in the future) with
     * a reason; {@code expectedVersion} (If-Match) may be null.
     */
    @Transactional
    public CertificationView revoke(AccountPrincipal actor, long enterpriseId, long certificationId, String reason,
                                    LocalDate revokedOn, Long expectedVersion) {
        Enterprise enterprise = writable(actor, enterpriseId);
        HighTechCertification certificate = certifications.findById(certificationId)
                .filter(c -> c.getEnterpriseId().equals(enterpriseId))
                .orElseThrow(() -> NotFoundException.of("certification", certificationId));
        if (expectedVersion != null && expectedVersion != certificate.getVersion()) {
            throw new PreconditionFailedException("certification", certificationId, expectedVersion,
                    certificate.getVersion());
        }
        LocalDate today = queries.today();
        AuditState before = AuditState.of(certificate);
        certificate.revoke(revokedOn == null ? today : revokedOn, reason, today);
        certifications.saveAndFlush(certificate);
        highTech.recompute(List.of(enterpriseId));
        audit.record("certification.revoke", EnterpriseQueries.CERTIFICATION, certificationId,
                enterprise.getRegionCode(), before, AuditState.of(certificate));
        List<HighTechCertification> all = certifications.findByEnterpriseIdOrderByIssuedOnDesc(enterpriseId);
        return CertificationView.of(certificate, today, EnterpriseQueries.isRenewed(certificate, all));
    }

    private Enterprise writable(AccountPrincipal actor, long enterpriseId) {
        Enterprise enterprise = access.requireReadable(actor, enterprises.findByIdForUpdate(enterpriseId).orElse(null),
                enterpriseId);
        access.requireWritable(actor, enterprise);
        return enterprise;
    }

    private static ConflictException duplicate(String certificateNo) {
        return new ConflictException("error.certification.duplicateNumber",
                "certificate number " + certificateNo + " is already entered", certificateNo);
    }

    /** What the audit trail keeps of a certificate. */
    record AuditState(String certificateNo, CertificationKind kind, LocalDate issuedOn, LocalDate expiresOn,
                      LocalDate revokedOn, String revocationReason) {
        static AuditState of(HighTechCertification c) {
            return new AuditState(c.getCertificateNo(), c.getKind(), c.getIssuedOn(), c.getExpiresOn(),
                    c.getRevokedOn(), c.getRevocationReason());
        }
    }
}
