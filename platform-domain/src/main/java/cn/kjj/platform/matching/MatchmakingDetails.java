package cn.kjj.platform.matching;

import cn.kjj.platform.common.FieldErrors;
import java.time.LocalDate;

/**
 * A brokered meeting (对接) as an official enters it.
 *
 * @param contractId the registered technology contract the talks ended in: required for a
 *                   {@link MatchOutcome#CONTRACT} outcome, refused for any other
 */
public record MatchmakingDetails(Long demandId, Long achievementId, LocalDate meetingOn, MatchOutcome outcome,
                                 Long contractId, String note) {

    /** The checked copy; every broken rule at once. */
    public MatchmakingDetails validated() {
        FieldErrors errors = new FieldErrors();
        errors.required("demandId", demandId);
        errors.required("achievementId", achievementId);
        errors.required("meetingOn", meetingOn);
        errors.date("meetingOn", meetingOn);
        errors.required("outcome", outcome);
        if (outcome == MatchOutcome.CONTRACT && contractId == null) {
            errors.add("contractId", "error.matchmaking.contractRequired", "a contract outcome names its contract");
        } else if (outcome != null && outcome != MatchOutcome.CONTRACT && contractId != null) {
            errors.add("contractId", "error.matchmaking.contractOnlyForContract",
                    "only a contract outcome names a contract");
        }
        String checkedNote = errors.text("note", note, 1000, false);
        errors.throwIfAny();
        return new MatchmakingDetails(demandId, achievementId, meetingOn, outcome, contractId, checkedNote);
    }
}
