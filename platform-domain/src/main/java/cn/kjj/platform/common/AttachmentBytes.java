package cn.kjj.platform.common;

import jakarta.persistence.Column;
import jakarta.persistence.Id;
import jakarta.persistence.MappedSuperclass;
import jakarta.persistence.PostLoad;
import jakarta.persistence.PostPersist;
import jakarta.persistence.Transient;
import org.springframework.data.domain.Persistable;

/**
 * The bytes of an attachment, in a table of their own that shares the attachment's id (column
 * {@code attachment_id}), so that listing attachments never loads them. Plain {@code byte[]} maps to
 * PostgreSQL {@code bytea}; {@code @Lob} would not (it means a large object there).
 */
@MappedSuperclass
public abstract class AttachmentBytes implements Persistable<Long> {

    @Id
    @Column(name = "attachment_id", nullable = false, updatable = false)
    private Long attachmentId;

    @Column(name = "content", nullable = false, updatable = false)
    private byte[] content;

    /** The id is assigned, not generated: this tells Spring Data to insert rather than merge. */
    @Transient
    private boolean isNew = true;

    protected AttachmentBytes() {
        // for JPA
    }

    protected AttachmentBytes(long attachmentId, byte[] content) {
        if (content == null || content.length == 0) {
            throw new IllegalArgumentException("an attachment has content");
        }
        this.attachmentId = attachmentId;
        this.content = content.clone();
    }

    @Override
    public Long getId() {
        return attachmentId;
    }

    @Override
    public boolean isNew() {
        return isNew;
    }

    /** Once stored or read, the record is no longer new (JPA calls it; tests may too). */
    @PostLoad
    @PostPersist
    public void markNotNew() {
        isNew = false;
    }

    public byte[] getContent() {
        return content.clone();
    }
}
