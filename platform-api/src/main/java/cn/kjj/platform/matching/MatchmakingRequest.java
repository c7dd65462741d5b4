package cn.kjj.platform.matching;

import io.swagger.v3.oas.annotations.media.Schema;
import java.time.LocalDate;

/** The body of {@code POST /api/v1/matchmakings} and {@code PUT /api/v1/matchmakings/{id}}. */
@Schema(name = "MatchmakingRequest", description = "A brokered meeting (对接) between a demand and an achievement")
record MatchmakingRequest(
        @Schema(requiredMode = Schema.RequiredMode.REQUIRED) Long demandId,
        @Schema(requiredMode = Schema.RequiredMode.REQUIRED) Long achievementId,
        @Schema(example = "2023-05-18", requiredMode = Schema.RequiredMode.REQUIRED) LocalDate meetingOn,
        @Schema(requiredMode = Schema.RequiredMode.REQUIRED) MatchOutcome outcome,
        @Schema(description = "A registered contract: required for CONTRACT, refused otherwise") Long contractId,
        @Schema(example = "双方约定六月签订技术开发合同") String note) {

    MatchmakingDetails toDetails() {
        return new MatchmakingDetails(demandId, achievementId, meetingOn, outcome, contractId, note);
    }
}
