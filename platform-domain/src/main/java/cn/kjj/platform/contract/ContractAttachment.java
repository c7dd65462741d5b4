package cn.kjj.platform.contract;

import cn.kjj.platform.common.AttachmentRecord;
import jakarta.persistence.Column;
import jakarta.persistence.Entity;
import jakarta.persistence.Table;
import java.time.Instant;

/**
 * A scanned contract or supporting document (table {@code contract_attachment}); the bytes are
 * in {@link ContractAttachmentContent}.
 */
@Entity
@Table(name = "contract_attachment")
public class ContractAttachment extends AttachmentRecord {

    @Column(name = "contract_id", nullable = false, updatable = false)
    private Long contractId;

    protected ContractAttachment() {
        // for JPA
    }

    public ContractAttachment(long contractId, String filename, String contentType, long sizeBytes, String sha256,
                              Long uploadedBy, Instant uploadedAt) {
        super(filename, contentType, sizeBytes, sha256, uploadedBy, uploadedAt);
        this.contractId = contractId;
    }

    public Long getContractId() {
        return contractId;
    }
}
