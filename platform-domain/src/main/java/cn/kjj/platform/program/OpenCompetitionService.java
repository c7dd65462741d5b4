package cn.kjj.platform.program;

import cn.kjj.platform.common.ConflictException;
import cn.kjj.platform.common.FieldErrors;
import cn.kjj.platform.identity.AccountPrincipal;
import java.math.BigDecimal;
import java.time.Instant;
import java.util.Arrays;
import java.util.EnumSet;
import java.util.Set;
import java.util.stream.Collectors;
import org.springframework.stereotype.Service;
import org.springframework.transaction.annotation.Transactional;

/**
 * The steps only a team of an open competition takes (揭榜挂帅 and 赛马, decision 0044): stage reviews that
 * drop teams and give the unpaid rest of their approvals back, and the winner who gets the prize. Each locks
 * the program's row, then the call's, then the application's, in the approval's order (decision 0039), so
 * drops, approvals and the winner are booked one after the other.
 */
@Service
public class OpenCompetitionService {

    /** The statuses in which a team of an open competition is still in the race. */
    public static final Set<ApplicationStatus> RACING = Arrays.stream(ApplicationStatus.values())
            .filter(ApplicationAction.STAGE_REVIEW::allowedFrom)
            .collect(Collectors.toCollection(() -> EnumSet.noneOf(ApplicationStatus.class)));

    private final ProgramApplicationRepository applications;
    private final ApplicationSteps steps;

    OpenCompetitionService(ProgramApplicationRepository applications, ApplicationSteps steps) {
        this.applications = applications;
        this.steps = steps;
    }

    /**
     * An open competition's stage review (阶段评审, decision 0044): a team that passes goes on to its next
     * stage; a team that fails is dropped (DROPPED, the note says why) and the unpaid rest of its approval
     * is cancelled and given back to the call's and the program's budgets; what it was paid stays paid.
     */
    @Transactional
    public void stageReview(AccountPrincipal actor, long id, Boolean passed, String note) {
        ApplicationSteps.Booking competition = locked(actor, id, ApplicationAction.STAGE_REVIEW);
        FieldErrors errors = new FieldErrors();
        errors.required("passed", passed);
        String checked = errors.text("note", note, 2000, Boolean.FALSE.equals(passed));
        errors.throwIfAny();
        if (competition.call().getWinnerApplicationId() != null) {
            throw decided(competition.call());
        }
        ProgramApplication application = competition.application();
        Instant now = steps.now();
        ApplicationStatus from = application.getStatus();
        BigDecimal cancelled = null;
        if (passed) {
            application.passStage(now);
        } else {
            application.drop(now);
            cancelled = application.getCancelledAmount();
            competition.call().release(cancelled, now);
            competition.program().release(cancelled, now);
        }
        steps.book(competition);
        steps.record(actor, application, competition.program(), ApplicationAction.STAGE_REVIEW, from, checked,
                cancelled, now);
    }

    /**
     * Names the team that met the challenge (揭榜胜出): the last team still in the race
     * ({@code error.programCompetition.othersRunning} while another is), once per call
     * ({@code error.programCompetition.decided}), on a call with a prize ({@code error.programCompetition.noPrize}).
     * Its approval grows by the prize, which the program's budget must still hold.
     */
    @Transactional
    public void win(AccountPrincipal actor, long id, String note) {
        ApplicationSteps.Booking competition = locked(actor, id, ApplicationAction.WIN);
        String checked = ApplicationSteps.optional(note);
        ProgramApplication application = competition.application();
        ProgramCall call = competition.call();
        if (call.getPrize() != null && call.getWinnerApplicationId() == null
                && applications.existsByCallIdAndIdNotAndStatusIn(call.getId(), id, RACING)) {
            throw new ConflictException("error.programCompetition.othersRunning",
                    "other teams of the call are still in the race: drop them at a stage review first", call.getId());
        }
        Instant now = steps.now();
        ApplicationStatus from = application.getStatus();
        BigDecimal prize = call.grantPrize(id, now);
        competition.program().approve(prize, now);
        application.win(prize, now);
        steps.book(competition);
        steps.record(actor, application, competition.program(), ApplicationAction.WIN, from, checked, prize, now);
    }

    /** Program, call and application locked in the approval's order; 409 for a step outside open competitions. */
    private ApplicationSteps.Booking locked(AccountPrincipal actor, long id, ApplicationAction action) {
        ApplicationSteps.Booking booking = steps.lockedForBooking(actor, id);
        if (booking.program().getKind() != ProgramKind.OPEN_COMPETITION) {
            throw new ConflictException("error.programCompetition.notCompetition",
                    "only a team of an open competition (OPEN_COMPETITION) has stage reviews and a prize", id);
        }
        action.requireFrom(booking.application().getStatus());
        return booking;
    }

    private static ConflictException decided(ProgramCall call) {
        return new ConflictException("error.programCompetition.decided",
                "the winner is already application " + call.getWinnerApplicationId(), call.getId(),
                call.getWinnerApplicationId());
    }
}
