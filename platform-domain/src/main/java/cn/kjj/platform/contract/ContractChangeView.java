package cn.kjj.platform.contract;

import java.math.BigDecimal;
import java.time.Instant;
import java.time.LocalDate;

/**
 * A change or cancellation application, or an objection's re-核定, as its readers see it (decision
 * 0034). The names of the people who acted are left out for readers who may not see them (analysts).
 *
 * @param contractAmount          what was asked (a change; null where the part is kept)
 * @param beforeContractAmount    for an approved change: the figures it replaced and applied
 * @param decidedOn               the office's date of the decision: the indicators move in its month
 */
public record ContractChangeView(
        Long id, Long contractId, ContractChangeKind kind, ContractChangeStatus status, String reason,
        BigDecimal contractAmount, BigDecimal techTransactionAmount, LocalDate validTo,
        String requestedBy, Instant requestedAt, String decidedBy, Instant decidedAt, LocalDate decidedOn,
        RefusalReason reasonCode, String note, BigDecimal beforeContractAmount, BigDecimal beforeTechAmount,
        BigDecimal afterContractAmount, BigDecimal afterTechAmount, Long objectionId) {

    static ContractChangeView of(ContractChange c, boolean withNames) {
        return new ContractChangeView(c.getId(), c.getContractId(), c.getKind(), c.getStatus(), c.getReason(),
                c.getContractAmount(), c.getTechTransactionAmount(), c.getValidTo(),
                withNames ? c.getRequestedByName() : null, c.getRequestedAt(),
                withNames ? c.getDecision().decidedByName() : null, c.getDecision().decidedAt(), c.getDecidedOn(),
                c.getReasonCode(), c.getDecision().note(), c.getBeforeContractAmount(), c.getBeforeTechAmount(), c.getAfterContractAmount(),
                c.getAfterTechAmount(), c.getObjectionId());
    }

    public boolean pending() {
        return status == ContractChangeStatus.PENDING;
    }
}
