package cn.kjj.platform.contract;

import io.swagger.v3.oas.annotations.media.Schema;
import java.math.BigDecimal;

/** The office's decision (认定) at registration; every field optional. */
@Schema(description = "The office's decision (认定): the 核定 technology transaction amount and, where it reclassifies "
        + "the contract, its type and subtype. Left out, a field keeps what was filed.")
public record RegistrationRequest(
        @Schema(description = "核定技术交易额: more than 0, at most contractAmount, at most 2 decimals; "
                + "the certificate, the tax relief and every indicator use it", example = "2800000.00")
        BigDecimal techTransactionAmount,
        @Schema(description = "The type the office finds the contract to be") ContractType type,
        @Schema(description = "A subtype the (new) type admits; one of another type is 400") ContractSubtype subtype,
        @Schema(description = "A note for the history", maxLength = ContractStateMachine.MAX_REASON_LENGTH,
                example = "扣除设备费后核定") String note) {

    static RegistrationDecision decision(RegistrationRequest request) {
        return request == null ? RegistrationDecision.AS_FILED
                : new RegistrationDecision(request.techTransactionAmount(), request.type(), request.subtype(), request.note());
    }
}
