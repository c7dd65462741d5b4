package cn.kjj.platform.program;

import jakarta.persistence.Column;
import jakarta.persistence.Entity;
import jakarta.persistence.Id;
import jakarta.persistence.PostLoad;
import jakarta.persistence.PostPersist;
import jakarta.persistence.Table;
import jakarta.persistence.Transient;
import org.springframework.data.domain.Persistable;

/** The bytes of an {@link ApplicationAttachment}, sharing its id, so that listing never loads them. */
@Entity
@Table(name = "program_application_attachment_content")
public class ApplicationAttachmentContent implements Persistable<Long> {

    @Id
    @Column(name = "attachment_id", nullable = false, updatable = false)
    private Long attachmentId;

    @Column(name = "content", nullable = false, updatable = false)
    private byte[] content;

    /** The id is assigned, not generated: this tells Spring Data to insert rather than merge. */
    @Transient
    private boolean isNew = true;

    protected ApplicationAttachmentContent() {
        // for JPA
    }

    ApplicationAttachmentContent(long attachmentId, byte[] content) {
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

    byte[] getContent() {
        return content.clone();
    }
}
