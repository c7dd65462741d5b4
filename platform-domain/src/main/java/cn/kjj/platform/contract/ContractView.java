package cn.kjj.platform.contract;

import java.math.BigDecimal;
import java.time.Instant;
import java.time.LocalDate;
import java.util.List;
import java.util.Set;

/**
 * One contract as its readers see it (api.md "GET /api/v1/contracts/{id}"), with its history,
 * its attachments, the actions the reader may take now and the rule profile it is judged under.
 *
 * @param techTransactionAmount         the office's 核定 amount once registered (before: the declared one)
 * @param declaredTechTransactionAmount what the applicant declared, never changed by the office
 * @param reasonCode                    the ground of the current return or refusal
 * @param taxRelief                     for a registered contract, the relief it qualifies for; else null
 * @param ruleProfile                   the rule profile it was submitted under (decision 0032)
 * @param role                          who registers it: the seller, or the buyer of an import (decision 0036);
 *                                      the seller* fields name the registering party
 * @param seller                        with role BUYER, the seller abroad; else null
 */
public record ContractView(
        Long id, String title, ContractType type, ContractSubtype subtype, TechnologyField technologyField,
        Buyer buyer, LocalDate signedOn, LocalDate validFrom, LocalDate validTo,
        BigDecimal contractAmount, BigDecimal techTransactionAmount,
        ContractStatus status, String registrationNo, LocalDate registeredOn,
        Long sellerId, String sellerName, String sellerRegionCode,
        Instant submittedAt, LocalDate dueOn, boolean overdue, boolean needsTwoOfficials,
        long version, List<HistoryView> history, List<AttachmentView> attachments,
        Set<ContractAction> availableActions, BigDecimal declaredTechTransactionAmount, IpType ipType,
        PlanSource planSource, PaymentMethod paymentMethod, RefusalReason reasonCode, TaxRelief taxRelief,
        RuleProfile ruleProfile, FilerRole role, AbroadSeller seller) {

    /**
     * One step of the review: who, when, from which status to which, why (the ground's code and
     * text); at a registering step the 核定 technology transaction amount.
     */
    public record HistoryView(Instant at, String actor, ContractStatus from, ContractStatus to, String reason,
                              RefusalReason reasonCode, BigDecimal techTransactionAmount) {

        static HistoryView of(ContractHistoryEntry e, boolean withActor) {
            return new HistoryView(e.getAt(), withActor ? e.getActorName() : null, e.getFromStatus(), e.getToStatus(),
                    e.getReason(), e.getReasonCode(), e.getTechTransactionAmount());
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
