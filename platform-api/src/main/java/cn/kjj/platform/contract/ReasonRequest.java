package cn.kjj.platform.contract;

import io.swagger.v3.oas.annotations.media.Schema;

/** Why an official returns, rejects or revokes a contract. */
@Schema(description = "The reason of a decision; required to return (补正), reject (不予登记) or revoke")
public record ReasonRequest(
        @Schema(description = "Shown to the seller and kept in the history", example = "请补充技术交易额的计算依据",
                maxLength = ContractStateMachine.MAX_REASON_LENGTH) String reason) {
}
