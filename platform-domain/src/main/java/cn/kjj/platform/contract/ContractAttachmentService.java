package cn.kjj.platform.contract;

import cn.kjj.platform.audit.AuditLog;
import cn.kjj.platform.common.AccessDeniedToRecordException;
import cn.kjj.platform.common.ConflictException;
import cn.kjj.platform.common.NotFoundException;
import cn.kjj.platform.common.UploadedFile;
import cn.kjj.platform.identity.AccountPrincipal;
import java.time.Clock;
import java.util.EnumSet;
import java.util.Set;
import org.springframework.stereotype.Service;
import org.springframework.transaction.annotation.Transactional;

/**
 * Attachments of a contract, checked as every attachment is ({@link UploadedFile}). The
 * metadata and the bytes are written in one transaction.
 */
@Service
public class ContractAttachmentService {

    /** Statuses in which the seller may still add files: before a decision. */
    static final Set<ContractStatus> OPEN = EnumSet.of(ContractStatus.DRAFT, ContractStatus.SUBMITTED,
            ContractStatus.RETURNED, ContractStatus.PENDING_SECOND_REVIEW);

    /** The bytes of a stored attachment, for download. */
    public record AttachmentContent(String filename, String contentType, byte[] content, String sha256) {
    }

    private final TechnologyContractRepository contracts;
    private final ContractAttachmentRepository attachments;
    private final ContractAttachmentContentRepository contents;
    private final ContractAccess access;
    private final AuditLog audit;
    private final Clock clock;

    ContractAttachmentService(TechnologyContractRepository contracts, ContractAttachmentRepository attachments,
                              ContractAttachmentContentRepository contents, ContractAccess access, AuditLog audit,
                              Clock clock) {
        this.contracts = contracts;
        this.attachments = attachments;
        this.contents = contents;
        this.access = access;
        this.audit = audit;
        this.clock = clock;
    }

    @Transactional
    public ContractView.AttachmentView upload(AccountPrincipal actor, long contractId, String filename, byte[] bytes) {
        TechnologyContract contract = readable(actor, contractId);
        access.requireOwner(actor, contract);
        if (!OPEN.contains(contract.getStatus())) {
            throw new ConflictException("error.attachment.closed",
                    "files can be added only before a decision, not in status " + contract.getStatus(),
                    contract.getStatus());
        }
        UploadedFile file = UploadedFile.checked(filename, bytes);
        ContractAttachment saved = attachments.save(new ContractAttachment(contractId, file.filename(),
                file.contentType(), file.size(), file.sha256(), actor.id(), clock.instant()));
        contents.save(new ContractAttachmentContent(saved.getId(), bytes));
        ContractView.AttachmentView view = ContractView.AttachmentView.of(saved);
        audit.record("contract.attachment.upload", "contract", contractId, contract.getSellerRegionCode(), null, view);
        return view;
    }

    @Transactional(readOnly = true)
    public AttachmentContent download(AccountPrincipal reader, long contractId, long attachmentId) {
        TechnologyContract contract = readable(reader, contractId);
        if (!access.canSeeAttachments(reader, contract)) {
            throw new AccessDeniedToRecordException("error.attachment.forbidden",
                    "attachments are for the seller and the reviewing officials only");
        }
        ContractAttachment attachment = attachments.findByIdAndContractId(attachmentId, contractId)
                .orElseThrow(() -> NotFoundException.of("attachment", attachmentId));
        byte[] bytes = contents.findById(attachmentId).orElseThrow().getContent();
        return new AttachmentContent(attachment.getFilename(), attachment.getContentType(), bytes, attachment.getSha256());
    }

    private TechnologyContract readable(AccountPrincipal reader, long contractId) {
        TechnologyContract contract = contracts.findById(contractId)
                .orElseThrow(() -> NotFoundException.of("contract", contractId));
        return access.requireReadable(reader, contract);
    }
}
