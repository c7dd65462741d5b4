package cn.kjj.platform.contract;

import io.swagger.v3.oas.annotations.media.Schema;

/** Why an official returns, rejects or revokes a contract. */
@Schema(description = "The ground of a decision: reasonCode (one of the catalogue's refusalReasons) is required to "
        + "reject (不予登记) and optional to return (补正); reason is required to return and revoke, and with the code OTHER")
public record ReasonRequest(
        @Schema(description = "Shown to the seller and kept in the history", example = "请补充技术交易额的计算依据",
                maxLength = ContractStateMachine.MAX_REASON_LENGTH) String reason,
        @Schema(description = "The ground, one of refusalReasons of GET /api/v1/contracts/catalogue; not for revoke",
                example = "CONTENT_UNCLEAR") String reasonCode) {

    static DecisionGround ground(ReasonRequest request) {
        return request == null ? new DecisionGround(null, null) : DecisionGround.of(request.reasonCode(), request.reason());
    }
}
