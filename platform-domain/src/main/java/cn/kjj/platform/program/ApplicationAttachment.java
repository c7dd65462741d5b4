package cn.kjj.platform.program;

import cn.kjj.platform.common.AttachmentRecord;
import cn.kjj.platform.common.UploadedFile;
import jakarta.persistence.Column;
import jakarta.persistence.Entity;
import jakarta.persistence.Table;
import java.time.Instant;
import org.hibernate.annotations.Immutable;

/**
 * A document attached to an application (table {@code program_application_attachment}), named
 * by the call's required document it stands for; the bytes are in {@link ApplicationAttachmentContent}.
 */
@Entity
@Immutable
@Table(name = "program_application_attachment")
public class ApplicationAttachment extends AttachmentRecord {

    @Column(name = "application_id", nullable = false, updatable = false)
    private Long applicationId;

    @Column(name = "document", nullable = false, length = 100, updatable = false)
    private String document;

    protected ApplicationAttachment() {
        // for JPA
    }

    ApplicationAttachment(long applicationId, String document, UploadedFile file, Long uploadedBy, Instant now) {
        super(file, uploadedBy, now);
        this.applicationId = applicationId;
        this.document = document;
    }

    public Long getApplicationId() {
        return applicationId;
    }

    public String getDocument() {
        return document;
    }
}
