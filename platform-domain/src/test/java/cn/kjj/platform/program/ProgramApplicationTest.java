package cn.kjj.platform.program;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import cn.kjj.platform.common.ConflictException;
import cn.kjj.platform.common.InvalidInputException;
import java.math.BigDecimal;
import java.time.Instant;
import java.time.LocalDate;
import java.util.Arrays;
import java.util.EnumSet;
import java.util.List;
import org.junit.jupiter.api.Test;

/** An application's state machine and money rules, without a database. */
class ProgramApplicationTest {

    private static final Instant NOW = Instant.parse("2026-05-01T02:00:00Z");

    @Test
    void onlyTheListedStatusesStartEachStepAndEveryOtherIsAConflictThatChangesNothing() {
        for (ApplicationAction action : ApplicationAction.values()) {
            for (ApplicationStatus status : ApplicationStatus.values()) {
                if (action.allowedFrom(status)) {
                    action.requireFrom(status);
                } else {
                    assertThatThrownBy(() -> action.requireFrom(status)).as(action + " from " + status)
                            .isInstanceOfSatisfying(ConflictException.class, e -> assertThat(e.code())
                                    .isEqualTo("error.programApplication.transition.illegal"));
                }
            }
        }
        assertThat(Arrays.stream(ApplicationStatus.values()).filter(ApplicationAction.TERMINATE::allowedFrom))
                .containsExactlyInAnyOrder(ApplicationStatus.APPROVED, ApplicationStatus.MIDTERM_PASSED,
                        ApplicationStatus.MIDTERM_FAILED, ApplicationStatus.EXTENDED,
                        ApplicationStatus.COMPLETION_FAILED);
        assertThat(EnumSet.of(ApplicationStatus.COMPLETED, ApplicationStatus.TERMINATED, ApplicationStatus.REJECTED,
                ApplicationStatus.DECLINED)).allSatisfy(end -> assertThat(Arrays.stream(ApplicationAction.values())
                .filter(a -> a.allowedFrom(end))).as(end + " is final").isEmpty());
    }

    @Test
    void approvedNeverAboveRequestedPaidNeverAboveApprovedRecoveredNeverAbovePaid() {
        ProgramApplication application = application("300000.00");
        application.move(ApplicationAction.ACCEPT, ApplicationStatus.UNDER_REVIEW, NOW);

        assertThatThrownBy(() -> application.approve(new BigDecimal("300000.01"), NOW))
                .isInstanceOf(InvalidInputException.class);
        assertThat(application.getStatus()).isEqualTo(ApplicationStatus.UNDER_REVIEW);
        application.approve(new BigDecimal("250000.00"), NOW);
        application.disburse(new BigDecimal("200000.00"), NOW);
        assertThatThrownBy(() -> application.disburse(new BigDecimal("50000.01"), NOW))
                .isInstanceOfSatisfying(ConflictException.class, e -> assertThat(e.code())
                        .isEqualTo("error.programApplication.paidExceedsApproved"));
        assertThatThrownBy(() -> application.terminate(new BigDecimal("200000.01"), NOW))
                .isInstanceOfSatisfying(ConflictException.class, e -> assertThat(e.code())
                        .isEqualTo("error.programApplication.recoveredExceedsPaid"));
        assertThat(application.getStatus()).isEqualTo(ApplicationStatus.APPROVED);

        application.terminate(new BigDecimal("200000.00"), NOW);

        assertThat(application.getStatus()).isEqualTo(ApplicationStatus.TERMINATED);
        assertThat(application.getPaidTotal()).isEqualByComparingTo("200000");
        assertThat(application.getRecoveredTotal()).isEqualByComparingTo("200000");
    }

    @Test
    void aCallChecksItsWindowBudgetAndDocumentsAtOnce() {
        assertThatThrownBy(() -> new ProgramCall(1L, false, new NewCall(" ", LocalDate.of(2026, 5, 1), LocalDate.of(2026, 4, 1),
                BigDecimal.ZERO, "SME", List.of("申报书"), null), NOW))
                .isInstanceOfSatisfying(InvalidInputException.class, e -> assertThat(e.errors())
                        .extracting(InvalidInputException.FieldError::field)
                        .containsExactlyInAnyOrder("title", "closesOn", "budget", "eligibility"));
    }

    private static ProgramApplication application(String requested) {
        ProgramCall call = new ProgramCall(1L, false, new NewCall("指南", LocalDate.of(2026, 3, 1), LocalDate.of(2026, 4, 30),
                new BigDecimal("1000000.00"), "ANY", List.of(), null), NOW);
        return new ProgramApplication(call, 7L, new NewApplication(1L, "项目", new BigDecimal(requested), null), NOW);
    }
}
