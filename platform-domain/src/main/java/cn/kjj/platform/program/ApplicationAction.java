package cn.kjj.platform.program;

import cn.kjj.platform.common.ConflictException;
import cn.kjj.platform.common.Name;
import cn.kjj.platform.common.Named;
import java.util.EnumSet;
import java.util.Set;

import static cn.kjj.platform.program.ApplicationStatus.APPROVED;
import static cn.kjj.platform.program.ApplicationStatus.COMPLETION_FAILED;
import static cn.kjj.platform.program.ApplicationStatus.EXTENDED;
import static cn.kjj.platform.program.ApplicationStatus.MIDTERM_FAILED;
import static cn.kjj.platform.program.ApplicationStatus.MIDTERM_PASSED;
import static cn.kjj.platform.program.ApplicationStatus.RETURNED;
import static cn.kjj.platform.program.ApplicationStatus.SUBMITTED;
import static cn.kjj.platform.program.ApplicationStatus.UNDER_REVIEW;

/**
 * The steps of an application and the statuses each may start from; any other is an illegal
 * transition (409, nothing changes). Tranches are paid while the project runs and has not failed
 * a check; a project is terminated from any running or failed status. A dropped team (DROPPED) takes no
 * further step: it is neither paid nor terminated.
 */
public enum ApplicationAction implements Named.Constant {
    @Name(zh = "申报", en = "Submit") SUBMIT(Set.of()),
    @Name(zh = "形式审查通过", en = "Pass the formal check") ACCEPT(EnumSet.of(SUBMITTED)),
    @Name(zh = "退回补正", en = "Return for correction") RETURN(EnumSet.of(SUBMITTED)),
    @Name(zh = "形式审查不通过", en = "Reject") REJECT(EnumSet.of(SUBMITTED)),
    @Name(zh = "重新提交", en = "Resubmit") RESUBMIT(EnumSet.of(RETURNED)),
    @Name(zh = "立项", en = "Approve") APPROVE(EnumSet.of(UNDER_REVIEW)),
    @Name(zh = "不予立项", en = "Decline") DECLINE(EnumSet.of(UNDER_REVIEW)),
    @Name(zh = "拨付", en = "Pay a tranche") DISBURSE(EnumSet.of(APPROVED, MIDTERM_PASSED, EXTENDED)),
    @Name(zh = "中期检查", en = "Mid-term check") MIDTERM(EnumSet.of(APPROVED, MIDTERM_FAILED)),
    @Name(zh = "验收", en = "Acceptance") COMPLETE(EnumSet.of(MIDTERM_PASSED, EXTENDED)),
    @Name(zh = "终止", en = "Terminate") TERMINATE(EnumSet.of(APPROVED, MIDTERM_PASSED, MIDTERM_FAILED, EXTENDED,
            COMPLETION_FAILED)),
    /** An open competition's stage review (阶段评审): the team goes on to its next stage or is dropped. */
    @Name(zh = "阶段评审", en = "Stage review") STAGE_REVIEW(
            EnumSet.of(APPROVED, MIDTERM_PASSED, MIDTERM_FAILED, EXTENDED), true),
    /** The team that met an open competition's challenge gets its prize (揭榜胜出). */
    @Name(zh = "揭榜胜出", en = "Name the winner") WIN(EnumSet.of(APPROVED, MIDTERM_PASSED, EXTENDED), true);

    private final Set<ApplicationStatus> from;
    private final boolean competitionOnly;

    ApplicationAction(Set<ApplicationStatus> from) {
        this(from, false);
    }

    ApplicationAction(Set<ApplicationStatus> from, boolean competitionOnly) {
        this.from = from;
        this.competitionOnly = competitionOnly;
    }

    /** Whether the step exists only for the teams of an open competition (program kind OPEN_COMPETITION). */
    public boolean competitionOnly() {
        return competitionOnly;
    }

    /** @throws ConflictException {@code error.programApplication.transition.illegal} from any other status */
    void requireFrom(ApplicationStatus status) {
        if (!from.contains(status)) {
            throw new ConflictException("error.programApplication.transition.illegal",
                    "an application " + status + " cannot " + name(), status, this);
        }
    }

    public boolean allowedFrom(ApplicationStatus status) {
        return from.contains(status);
    }
}
