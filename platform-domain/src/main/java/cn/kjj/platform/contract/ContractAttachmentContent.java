package cn.kjj.platform.contract;

import jakarta.persistence.Column;
import jakarta.persistence.Entity;
import jakarta.persistence.Id;
import jakarta.persistence.PostLoad;
import jakarta.persistence.PostPersist;
import jakarta.persistence.Table;
import jakarta.persistence.Transient;
import org.springframework.data.domain.Persistable;

/**
 * The bytes of a {@link ContractAttachment} (table {@code contract_attachment_content}), sharing
 * its id. Plain {@code byte[]} maps to PostgreSQL {@code bytea}; {@code @Lob} would not (it
 * means a large object there).
 */
@Entity
@Table(name = "contract_attachment_content")
public class ContractAttachmentContent implements Persistable<Long> {

    @Id
    @Column(name = "attachment_id", nullable = false, updatable = false)
    private Long attachmentId;

    @Column(name = "content", nullable = false, updatable = false)
    private byte[] content;

    /** The id is assigned, not generated: this tells Spring Data to insert rather than merge. */
    @Transient
    private boolean isNew = true;

    protected ContractAttachmentContent() {
        // for JPA
    }

    public ContractAttachmentContent(long attachmentId, byte[] content) {
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

    @PostLoad
    @PostPersist
    void markNotNew() {
        isNew = false;
    }

    public byte[] getContent() {
        return content.clone();
    }
}
