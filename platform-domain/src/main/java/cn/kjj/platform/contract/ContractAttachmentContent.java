package cn.kjj.platform.contract;

import cn.kjj.platform.common.AttachmentBytes;
import jakarta.persistence.Entity;
import jakarta.persistence.Table;

/** The bytes of a {@link ContractAttachment} (table {@code contract_attachment_content}), sharing its id. */
@Entity
@Table(name = "contract_attachment_content")
public class ContractAttachmentContent extends AttachmentBytes {

    protected ContractAttachmentContent() {
        // for JPA
    }

    public ContractAttachmentContent(long attachmentId, byte[] content) {
        super(attachmentId, content);
    }
}
