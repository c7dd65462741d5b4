package cn.kjj.platform.program;

import java.math.BigDecimal;
import java.time.Instant;
import java.time.LocalDate;
import java.util.List;

/**
 * An innovation voucher with its steps (who, when, from, to, money) and the steps the reader may take now.
 *
 * @param status         as of today: an issued voucher past {@code validTo} is EXPIRED
 * @param releasedAmount what it gave back to the program's budget once expired, unredeemed (decision 0051)
 */
public record VoucherView(Long id, Long programId, String programName, String regionCode, Long enterpriseId,
                          String enterpriseName, BigDecimal amount, LocalDate issuedOn, LocalDate validTo,
                          VoucherStatus status, String providerName, String providerCreditCode,
                          BigDecimal redeemedAmount, LocalDate redeemedOn, Long contractId, BigDecimal paidAmount,
                          LocalDate paidOn, BigDecimal releasedAmount, LocalDate releasedOn, List<StepView> history, List<VoucherAction> actions, Instant createdAt,
                          Instant updatedAt, long version) {

    /** One step of the voucher. */
    public record StepView(Instant at, String actorName, VoucherAction action, VoucherStatus fromStatus,
                           VoucherStatus toStatus, BigDecimal amount, String note) {

        static StepView of(VoucherHistoryEntry e) {
            return new StepView(e.getAt(), e.getActorName(), e.getAction(), e.getFromStatus(), e.getToStatus(),
                    e.getAmount(), e.getNote());
        }
    }
}
