package cn.kjj.platform.common;

import jakarta.persistence.Column;
import jakarta.persistence.GeneratedValue;
import jakarta.persistence.GenerationType;
import jakarta.persistence.Id;
import jakarta.persistence.MappedSuperclass;
import java.time.Instant;
import java.util.Objects;
import java.util.Set;
import java.util.regex.Pattern;

/**
 * What every attachment records of its file (a contract's, a program application's): the safe file name,
 * the type judged by content, the size, the SHA-256, who uploaded it and when. The bytes are in an
 * {@link AttachmentBytes} of the same id, so that listing attachments never loads them. The services check
 * the file ({@link UploadedFile#checked}: 415, 413) before creating one; the constructor only guards against
 * a caller that forgot.
 */
@MappedSuperclass
public abstract class AttachmentRecord {

    public static final long MAX_SIZE_BYTES = UploadedFile.MAX_SIZE_BYTES;
    public static final Set<String> CONTENT_TYPES = UploadedFile.CONTENT_TYPES;
    private static final Pattern SHA256 = Pattern.compile("^[0-9a-f]{64}$");

    @Id
    @GeneratedValue(strategy = GenerationType.IDENTITY)
    private Long id;

    @Column(name = "filename", nullable = false, length = 255, updatable = false)
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

    protected AttachmentRecord() {
        // for JPA
    }

    protected AttachmentRecord(String filename, String contentType, long sizeBytes, String sha256, Long uploadedBy,
                               Instant uploadedAt) {
        if (!CONTENT_TYPES.contains(contentType)) {
            throw new IllegalArgumentException("unsupported content type: " + contentType);
        }
        if (sizeBytes < 1 || sizeBytes > MAX_SIZE_BYTES) {
            throw new IllegalArgumentException("size out of range 1.." + MAX_SIZE_BYTES + ": " + sizeBytes);
        }
        if (sha256 == null || !SHA256.matcher(sha256).matches()) {
            throw new IllegalArgumentException("sha256 must be 64 lower-case hex digits: " + sha256);
        }
        this.filename = safeFilename(filename);
        this.contentType = contentType;
        this.sizeBytes = sizeBytes;
        this.sha256 = sha256;
        this.uploadedBy = uploadedBy;
        this.uploadedAt = Objects.requireNonNull(uploadedAt, "uploadedAt");
    }

    protected AttachmentRecord(UploadedFile file, Long uploadedBy, Instant uploadedAt) {
        this(file.filename(), file.contentType(), file.size(), file.sha256(), uploadedBy, uploadedAt);
    }

    public static String safeFilename(String filename) {
        return UploadedFile.safeFilename(filename);
    }

    public Long getId() {
        return id;
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
