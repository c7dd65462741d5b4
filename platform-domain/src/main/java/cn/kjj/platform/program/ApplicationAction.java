package cn.kjj.platform.program;

import cn.kjj.platform.common.ConflictException;
import cn.kjj.platform.common.Named;
import cn.kjj.platform.common.Names;
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
    SUBMIT("申报", "Submit", Set.of()),
    ACCEPT("形式审查通过", "Pass the formal check", EnumSet.of(SUBMITTED)),
    RETURN("退回补正", "Return for correction", EnumSet.of(SUBMITTED)),
    REJECT("形式审查不通过", "Reject", EnumSet.of(SUBMITTED)),
    RESUBMIT("重新提交", "Resubmit", EnumSet.of(RETURNED)),
    APPROVE("立项", "Approve", EnumSet.of(UNDER_REVIEW)),
    DECLINE("不予立项", "Decline", EnumSet.of(UNDER_REVIEW)),
    DISBURSE("拨付", "Pay a tranche", EnumSet.of(APPROVED, MIDTERM_PASSED, EXTENDED)),
    MIDTERM("中期检查", "Mid-term check", EnumSet.of(APPROVED, MIDTERM_FAILED)),
    COMPLETE("验收", "Acceptance", EnumSet.of(MIDTERM_PASSED, EXTENDED)),
    TERMINATE("终止", "Terminate", EnumSet.of(APPROVED, MIDTERM_PASSED, MIDTERM_FAILED, EXTENDED,
            COMPLETION_FAILED)),
    /** An open competition's stage review (阶段评审): the team goes on to its next stage or is dropped. */
    STAGE_REVIEW("阶段评审", "Stage review", EnumSet.of(APPROVED, MIDTERM_PASSED, MIDTERM_FAILED, EXTENDED), true),
    /** The team that met an open competition's challenge gets its prize (揭榜胜出). */
    WIN("揭榜胜出", "Name the winner", EnumSet.of(APPROVED, MIDTERM_PASSED, EXTENDED), true);

    private final Names names;
    private final Set<ApplicationStatus> from;
    private final boolean competitionOnly;

    ApplicationAction(String nameZh, String nameEn, Set<ApplicationStatus> from) {
        this(nameZh, nameEn, from, false);
    }

    ApplicationAction(String nameZh, String nameEn, Set<ApplicationStatus> from, boolean competitionOnly) {
        this.names = new Names(nameZh, nameEn);
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

    @Override
    public Names names() {
        return names;
    }
}
