package cn.kjj.platform.contract;

import java.math.BigDecimal;
import java.time.Instant;
import java.time.LocalDate;
import java.util.List;
import java.util.Set;

/**
 * One contract as its readers see it (api.md "GET /api/v1/contracts/{id}"), with its history,
 * its attachments, the actions the reader may take now and the rule profile it is judged under.
 */
public record ContractView(
        Long id, String title, ContractType type, ContractSubtype subtype, TechnologyField technologyField,
        Buyer buyer, LocalDate signedOn, LocalDate validFrom, LocalDate validTo,
        BigDecimal contractAmount, BigDecimal techTransactionAmount,
        ContractStatus status, String registrationNo, LocalDate registeredOn,
        Long sellerId, String sellerName, String sellerRegionCode,
        Instant submittedAt, LocalDate dueOn, boolean overdue, boolean needsTwoOfficials,
        long version, List<HistoryView> history, List<AttachmentView> attachments,
        Set<ContractAction> availableActions, RuleProfile ruleProfile) {

    /** A view under the default rule profile (documents and tests that make one by hand). */
    public ContractView(Long id, String title, ContractType type, ContractSubtype subtype,
                        TechnologyField technologyField, Buyer buyer, LocalDate signedOn, LocalDate validFrom,
                        LocalDate validTo, BigDecimal contractAmount, BigDecimal techTransactionAmount,
                        ContractStatus status, String registrationNo, LocalDate registeredOn, Long sellerId,
                        String sellerName, String sellerRegionCode, Instant submittedAt, LocalDate dueOn,
                        boolean overdue, boolean needsTwoOfficials, long version, List<HistoryView> history,
                        List<AttachmentView> attachments, Set<ContractAction> availableActions) {
        this(id, title, type, subtype, technologyField, buyer, signedOn, validFrom, validTo, contractAmount,
                techTransactionAmount, status, registrationNo, registeredOn, sellerId, sellerName, sellerRegionCode,
                submittedAt, dueOn, overdue, needsTwoOfficials, version, history, attachments, availableActions,
                RuleProfile.DEFAULT);
    }

    /** One step of the review: who, when, from which status to which, why. */
    public record HistoryView(Instant at, String actor, ContractStatus from, ContractStatus to, String reason) {

        static HistoryView of(ContractHistoryEntry e) {
            return new HistoryView(e.getAt(), e.getActorName(), e.getFromStatus(), e.getToStatus(), e.getReason());
        }
    }

    /** An attachment's metadata; the bytes are fetched separately. */
    public record AttachmentView(Long id, String filename, String contentType, long size, String sha256,
                                 Instant uploadedAt) {

        static AttachmentView of(ContractAttachment a) {
            return new AttachmentView(a.getId(), a.getFilename(), a.getContentType(), a.getSizeBytes(), a.getSha256(),
                    a.getUploadedAt());
        }
    }
}
