package cn.kjj.platform.enterprise;

import cn.kjj.platform.common.ConflictException;
import cn.kjj.platform.common.FieldErrors;
import jakarta.persistence.Column;
import jakarta.persistence.Entity;
import jakarta.persistence.EnumType;
import jakarta.persistence.Enumerated;
import jakarta.persistence.GeneratedValue;
import jakarta.persistence.GenerationType;
import jakarta.persistence.Id;
import jakarta.persistence.Table;
import jakarta.persistence.Version;
import java.time.Instant;
import java.time.LocalDate;
import java.util.Locale;
import java.util.regex.Pattern;

/**
 * A high-tech enterprise certificate (国家高新技术企业证书, e.g. {@code GR202344001234}). Never
 * deleted: statistics of past years count it, so a mistaken or withdrawn one is revoked.
 */
@Entity
@Table(name = "high_tech_certification")
public class HighTechCertification {

    static final Pattern CERTIFICATE_NO = Pattern.compile("^G[RF][0-9]{12}$");
    static final int MAX_REASON_LENGTH = 1000;

    @Id
    @GeneratedValue(strategy = GenerationType.IDENTITY)
    private Long id;

    @Column(name = "enterprise_id", nullable = false, updatable = false)
    private Long enterpriseId;

    /**
     * The enterprise's region, kept by the schema (filled on insert, cascaded when the enterprise moves; V47):
     * the dashboard's counts read a region's certificates from one index range.
     */
    @Column(name = "region_code", insertable = false, updatable = false)
    private String regionCode;

    @Column(name = "certificate_no", nullable = false, length = 20, unique = true, updatable = false)
    private String certificateNo;

    @Enumerated(EnumType.STRING)
    @Column(name = "kind", nullable = false, length = 10, updatable = false)
    private CertificationKind kind;

    @Column(name = "issued_on", nullable = false, updatable = false)
    private LocalDate issuedOn;

    /** Last day in force, inclusive. */
    @Column(name = "expires_on", nullable = false, updatable = false)
    private LocalDate expiresOn;

    @Column(name = "revoked_on")
    private LocalDate revokedOn;

    @Column(name = "revocation_reason", length = MAX_REASON_LENGTH)
    private String revocationReason;

    @Column(name = "created_at", nullable = false, updatable = false)
    private Instant createdAt;

    @Version
    @Column(name = "version", nullable = false)
    private long version;

    protected HighTechCertification() {
        // for JPA
    }

    /**
     * @param expiresOn the last day in force as printed, or {@code null} for the standard three
     *                  years ({@link CertificationValidity#expiresOn})
     */
    public HighTechCertification(long enterpriseId, String certificateNo, CertificationKind kind,
                                 LocalDate issuedOn, LocalDate expiresOn, Instant now) {
        FieldErrors errors = new FieldErrors();
        String number = errors.text("certificateNo", certificateNo, 20, true);
        if (number != null) {
            number = number.toUpperCase(Locale.ROOT);
            if (!CERTIFICATE_NO.matcher(number).matches()) {
                errors.add("certificateNo", "error.certification.certificateNo.invalid",
                        "must be GR or GF followed by 12 digits");
            }
        }
        errors.required("kind", kind);
        errors.required("issuedOn", errors.date("issuedOn", issuedOn));
        errors.date("expiresOn", expiresOn);
        LocalDate lastDay = expiresOn != null || issuedOn == null ? expiresOn : CertificationValidity.expiresOn(issuedOn);
        if (issuedOn != null && lastDay != null && !lastDay.isAfter(issuedOn)) {
            errors.add("expiresOn", "error.certification.expiresOn.notAfterIssue", "must be after the issue date");
        }
        errors.throwIfAny();
        this.enterpriseId = enterpriseId;
        this.certificateNo = number;
        this.kind = kind;
        this.issuedOn = issuedOn;
        this.expiresOn = lastDay;
        this.createdAt = now;
    }

    /** Withdraws the certificate from {@code on} (inclusive) onwards. */
    public void revoke(LocalDate on, String reason) {
        revoke(on, reason, null);
    }

    /**
     * As {@link #revoke(LocalDate, String)}, and {@code on} must not be after {@code today}
     * (a revocation is recorded when it has been decided); {@code today} may be null.
     */
    public void revoke(LocalDate on, String reason, LocalDate today) {
        if (revokedOn != null) {
            throw new ConflictException("error.certification.alreadyRevoked",
                    "certificate " + certificateNo + " was already revoked on " + revokedOn, certificateNo, revokedOn);
        }
        FieldErrors errors = new FieldErrors();
        String text = errors.text("reason", reason, MAX_REASON_LENGTH, false);
        if (text == null) {
            errors.add("reason", "error.certification.reasonRequired", "a reason is required to revoke a certificate");
        }
        errors.required("revokedOn", on);
        if (on != null && on.isBefore(issuedOn)) {
            errors.add("revokedOn", "error.certification.revokedBeforeIssue", "must not be before the issue date");
        }
        if (on != null && today != null && on.isAfter(today)) {
            errors.add("revokedOn", "error.certification.revokedOn.future", "must not be in the future");
        }
        errors.throwIfAny();
        this.revokedOn = on;
        this.revocationReason = text;
    }

    public boolean isInForce(LocalDate day) {
        return CertificationValidity.isInForce(issuedOn, expiresOn, revokedOn, day);
    }

    public boolean isRevoked() {
        return revokedOn != null;
    }

    public Long getId() {
        return id;
    }

    public Long getEnterpriseId() {
        return enterpriseId;
    }

    public String getCertificateNo() {
        return certificateNo;
    }

    public CertificationKind getKind() {
        return kind;
    }

    public LocalDate getIssuedOn() {
        return issuedOn;
    }

    public LocalDate getExpiresOn() {
        return expiresOn;
    }

    public LocalDate getRevokedOn() {
        return revokedOn;
    }

    public String getRevocationReason() {
        return revocationReason;
    }

    public Instant getCreatedAt() {
        return createdAt;
    }

    public long getVersion() {
        return version;
    }
}
