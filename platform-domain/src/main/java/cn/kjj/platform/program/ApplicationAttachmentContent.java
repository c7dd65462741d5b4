package cn.kjj.platform.program;

import cn.kjj.platform.common.AttachmentBytes;
import jakarta.persistence.Entity;
import jakarta.persistence.Table;

/** The bytes of an {@link ApplicationAttachment} (table {@code program_application_attachment_content}). */
@Entity
@Table(name = "program_application_attachment_content")
public class ApplicationAttachmentContent extends AttachmentBytes {

    protected ApplicationAttachmentContent() {
        // for JPA
    }

    ApplicationAttachmentContent(long attachmentId, byte[] content) {
        super(attachmentId, content);
    }
}
