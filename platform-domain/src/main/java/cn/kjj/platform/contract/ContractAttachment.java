package cn.kjj.platform.contract;

import cn.kjj.platform.common.UploadedFile;
import jakarta.persistence.Column;
import jakarta.persistence.Entity;
import jakarta.persistence.GeneratedValue;
import jakarta.persistence.GenerationType;
import jakarta.persistence.Id;
import jakarta.persistence.Table;
import java.time.Instant;
import java.util.Objects;
import java.util.Set;
import java.util.regex.Pattern;

/**
 * A scanned contract or supporting document (table {@code contract_attachment}); the bytes are
 * in {@link ContractAttachmentContent} so that listing attachments never loads them. The
 * service checks the type by content and the size before creating one (415 and 413 are its
 * answers); the constructor only guards against a caller that forgot.
 */
@Entity
@Table(name = "contract_attachment")
public class ContractAttachment {

    public static final long MAX_SIZE_BYTES = UploadedFile.MAX_SIZE_BYTES;
    public static final Set<String> CONTENT_TYPES = UploadedFile.CONTENT_TYPES;
    private static final Pattern SHA256 = Pattern.compile("^[0-9a-f]{64}$");
    private static final int MAX_FILENAME_LENGTH = 255;

    @Id
    @GeneratedValue(strategy = GenerationType.IDENTITY)
    private Long id;

    @Column(name = "contract_id", nullable = false, updatable = false)
    private Long contractId;

    @Column(name = "filename", nullable = false, length = MAX_FILENAME_LENGTH, updatable = false)
    private String filename;

    @Column(name = "content_type", nullable = false, length = 50, updatable = false)
    private String contentType;

    @Column(name = "size_bytes", nullable = false, updatable = false)
    private long sizeBytes;

    @Column(name = "sha256", nullable = false, length = 64, updatable = false)
    private String sha256;

    @Column(name = "uploaded_by", updatable = false)
    private Long uploadedBy;

    @Column(name = "uploaded_at", nullable = false, updatable = false)
    private Instant uploadedAt;

    protected ContractAttachment() {
        // for JPA
    }

    public ContractAttachment(long contractId, String filename, String contentType, long sizeBytes, String sha256,
                              Long uploadedBy, Instant uploadedAt) {
        if (!CONTENT_TYPES.contains(contentType)) {
            throw new IllegalArgumentException("unsupported content type: " + contentType);
        }
        if (sizeBytes < 1 || sizeBytes > MAX_SIZE_BYTES) {
            throw new IllegalArgumentException("size out of range 1.." + MAX_SIZE_BYTES + ": " + sizeBytes);
        }
        if (sha256 == null || !SHA256.matcher(sha256).matches()) {
            throw new IllegalArgumentException("sha256 must be 64 lower-case hex digits: " + sha256);
        }
        this.contractId = contractId;
        this.filename = safeFilename(filename);
        this.contentType = contentType;
        this.sizeBytes = sizeBytes;
        this.sha256 = sha256;
        this.uploadedBy = uploadedBy;
        this.uploadedAt = Objects.requireNonNull(uploadedAt, "uploadedAt");
    }

    static String safeFilename(String filename) {
        return UploadedFile.safeFilename(filename);
    }

    public Long getId() {
        return id;
    }

    public Long getContractId() {
        return contractId;
    }

    public String getFilename() {
        return filename;
    }

    public String getContentType() {
        return contentType;
    }

    public long getSizeBytes() {
        return sizeBytes;
    }

    public String getSha256() {
        return sha256;
    }

    public Instant getUploadedAt() {
        return uploadedAt;
    }
}
