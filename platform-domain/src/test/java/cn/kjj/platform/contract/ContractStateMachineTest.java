package cn.kjj.platform.contract;

import static cn.kjj.platform.contract.ContractAction.*;
import static cn.kjj.platform.contract.ContractStatus.*;
import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import cn.kjj.platform.common.AccessDeniedToRecordException;
import cn.kjj.platform.common.ConflictException;
import cn.kjj.platform.common.DomainException;
import cn.kjj.platform.common.InvalidInputException;
import cn.kjj.platform.contract.ContractStateMachine.State;
import cn.kjj.platform.contract.ContractStateMachine.Transition;
import java.math.BigDecimal;
import java.util.ArrayList;
import java.util.EnumSet;
import java.util.List;
import java.util.Map;
import java.util.stream.Stream;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.Arguments;
import org.junit.jupiter.params.provider.MethodSource;
import org.junit.jupiter.params.provider.NullAndEmptySource;
import org.junit.jupiter.params.provider.ValueSource;

class ContractStateMachineTest {

    private static final BigDecimal SMALL = new BigDecimal("120000.00");
    private static final BigDecimal LARGE = new BigDecimal("8000000.00");
    private static final ContractActor OWNER = ContractActor.owner(11L, "企业用户");
    private static final ContractActor OFFICIAL = ContractActor.official(21L, "审核员甲");
    private static final ContractActor OTHER_OFFICIAL = ContractActor.official(22L, "审核员乙");
    private static final Long FIRST_REVIEWER = 21L;

    /** The legal moves, written out by hand from api.md; every other pair must be refused. */
    private static final Map<String, ContractStatus> LEGAL_FOR_OWNER = Map.of(
            "DRAFT SUBMIT", SUBMITTED,
            "RETURNED SUBMIT", SUBMITTED);
    private static final Map<String, ContractStatus> LEGAL_FOR_OFFICIAL = Map.of(
            "SUBMITTED REGISTER", REGISTERED,
            "PENDING_SECOND_REVIEW REGISTER", REGISTERED,
            "SUBMITTED RETURN", RETURNED,
            "PENDING_SECOND_REVIEW RETURN", RETURNED,
            "SUBMITTED REJECT", REJECTED,
            "PENDING_SECOND_REVIEW REJECT", REJECTED,
            "REGISTERED REVOKE", REVOKED,
            "REGISTERED CANCEL", CANCELLED);

    static Stream<Arguments> everyStatusActionAndRole() {
        List<Arguments> all = new ArrayList<>();
        for (ContractStatus status : ContractStatus.values()) {
            for (ContractAction action : ContractAction.values()) {
                for (ActorKind kind : ActorKind.values()) {
                    all.add(Arguments.of(status, action, kind));
                }
            }
        }
        return all.stream();
    }

    @ParameterizedTest(name = "{2} {1} on {0}")
    @MethodSource("everyStatusActionAndRole")
    void decidesEveryPairOfStatusAndActionForBothRoles(ContractStatus status, ContractAction action, ActorKind kind) {
        ContractActor actor = kind == ActorKind.OWNER ? OWNER : OTHER_OFFICIAL;
        State state = new State(status, SMALL, status == PENDING_SECOND_REVIEW ? FIRST_REVIEWER : null);
        String key = status + " " + action;
        Map<String, ContractStatus> legal = kind == ActorKind.OWNER ? LEGAL_FOR_OWNER : LEGAL_FOR_OFFICIAL;

        if (action.performedBy() != kind) {
            String code = kind == ActorKind.OWNER ? "error.contract.officialOnly" : "error.contract.ownerOnly";
            assertThatThrownBy(() -> ContractStateMachine.decide(state, action, actor, "理由"))
                    .isInstanceOfSatisfying(AccessDeniedToRecordException.class, e -> assertThat(e.code()).isEqualTo(code));
        } else if (legal.containsKey(key)) {
            Transition transition = ContractStateMachine.decide(state, action, actor, "理由");
            assertThat(transition.from()).isEqualTo(status);
            assertThat(transition.to()).isEqualTo(legal.get(key));
            assertThat(transition.action()).isEqualTo(action);
            assertThat(transition.firstReviewerId()).isNull();
        } else {
            assertThatThrownBy(() -> ContractStateMachine.decide(state, action, actor, "理由"))
                    .isInstanceOfSatisfying(ConflictException.class, e -> {
                        assertThat(e.code()).isEqualTo("error.contract.transition.illegal");
                        assertThat(e.args()).containsExactly(status, action);
                        assertThat(e.getMessage()).contains(status.name()).contains(action.name());
                    });
        }
    }

    @Test
    void theHandWrittenTableCoversExactlyTheMovesTheMachineOffers() {
        int offered = 0;
        for (ContractStatus status : ContractStatus.values()) {
            offered += ContractStateMachine.availableActions(status, ActorKind.OWNER).size();
            offered += ContractStateMachine.availableActions(status, ActorKind.OFFICIAL).size();
        }
        // CANCEL is legal but never offered as a button: it is the approval of an application (decision 0034)
        assertThat(offered).isEqualTo(LEGAL_FOR_OWNER.size() + LEGAL_FOR_OFFICIAL.size() - 1);
    }

    @Test
    void offersEachRoleTheButtonsItMayPress() {
        assertThat(ContractStateMachine.availableActions(DRAFT, ActorKind.OWNER)).containsExactly(SUBMIT);
        assertThat(ContractStateMachine.availableActions(DRAFT, ActorKind.OFFICIAL)).isEmpty();
        assertThat(ContractStateMachine.availableActions(SUBMITTED, ActorKind.OFFICIAL))
                .containsExactlyInAnyOrder(REGISTER, RETURN, REJECT);
        assertThat(ContractStateMachine.availableActions(PENDING_SECOND_REVIEW, ActorKind.OFFICIAL))
                .containsExactlyInAnyOrder(REGISTER, RETURN, REJECT);
        assertThat(ContractStateMachine.availableActions(REGISTERED, ActorKind.OFFICIAL)).containsExactly(REVOKE);
        assertThat(ContractStateMachine.availableActions(REJECTED, ActorKind.OFFICIAL)).isEmpty();
        assertThat(ContractStateMachine.availableActions(REVOKED, ActorKind.OWNER)).isEmpty();
    }

    @Test
    void aContractOfExactlyFiveMillionYuanNeedsASecondOfficial() {
        Transition first = ContractStateMachine.decide(
                new State(SUBMITTED, new BigDecimal("5000000.00"), null), REGISTER, OFFICIAL, null);

        assertThat(first.to()).isEqualTo(PENDING_SECOND_REVIEW);
        assertThat(first.firstReviewerId()).isEqualTo(21L);
        assertThat(first.registers()).isFalse();
        assertThat(ContractStateMachine.needsTwoOfficials(new BigDecimal("5000000"))).isTrue();
    }

    @Test
    void aContractOfOneFenLessIsRegisteredByOneOfficial() {
        Transition only = ContractStateMachine.decide(
                new State(SUBMITTED, new BigDecimal("4999999.99"), null), REGISTER, OFFICIAL, null);

        assertThat(only.to()).isEqualTo(REGISTERED);
        assertThat(only.firstReviewerId()).isNull();
        assertThat(only.registers()).isTrue();
    }

    @Test
    void aSecondOfficialFinishesTheRegistrationOfALargeContract() {
        Transition second = ContractStateMachine.decide(
                new State(PENDING_SECOND_REVIEW, LARGE, FIRST_REVIEWER), REGISTER, OTHER_OFFICIAL, null);

        assertThat(second.to()).isEqualTo(REGISTERED);
        assertThat(second.firstReviewerId()).as("first_reviewer_id is only kept while pending").isNull();
    }

    @Test
    void theFirstOfficialCannotAlsoBeTheSecond() {
        assertThatThrownBy(() -> ContractStateMachine.decide(
                new State(PENDING_SECOND_REVIEW, LARGE, FIRST_REVIEWER), REGISTER, OFFICIAL, null))
                .isInstanceOfSatisfying(ConflictException.class, e ->
                        assertThat(e.code()).isEqualTo("error.contract.secondReviewSameOfficial"));
    }

    @Test
    void theFirstOfficialMayStillReturnOrRejectAPendingContract() {
        State pending = new State(PENDING_SECOND_REVIEW, LARGE, FIRST_REVIEWER);

        assertThat(ContractStateMachine.decide(pending, RETURN, OFFICIAL, "缺少附件").to()).isEqualTo(RETURNED);
        assertThat(ContractStateMachine.decide(pending, REJECT, OFFICIAL, "非技术合同").to()).isEqualTo(REJECTED);
    }

    @ParameterizedTest
    @NullAndEmptySource
    @ValueSource(strings = {"   ", "\n\t"})
    void returningRejectingAndRevokingNeedAReason(String reason) {
        for (ContractAction action : EnumSet.of(RETURN, REJECT, REVOKE)) {
            ContractStatus from = action == REVOKE ? REGISTERED : SUBMITTED;
            assertThatThrownBy(() -> ContractStateMachine.decide(new State(from, SMALL, null), action, OFFICIAL, reason))
                    .isInstanceOfSatisfying(InvalidInputException.class, e ->
                            assertThat(e.errors()).singleElement().satisfies(error -> {
                                assertThat(error.field()).isEqualTo("reason");
                                assertThat(error.code()).isEqualTo("error.contract.reasonRequired");
                            }));
        }
    }

    @Test
    void keepsTheReasonTrimmed() {
        Transition transition = ContractStateMachine.decide(new State(SUBMITTED, SMALL, null), RETURN, OFFICIAL, "  请补充发票  ");

        assertThat(transition.reason()).isEqualTo("请补充发票");
    }

    @Test
    void refusesAReasonLongerThanTheHistoryKeeps() {
        assertThatThrownBy(() -> ContractStateMachine.decide(
                new State(SUBMITTED, SMALL, null), REJECT, OFFICIAL, "x".repeat(2001)))
                .isInstanceOfSatisfying(InvalidInputException.class, e ->
                        assertThat(e.errors().get(0).code()).isEqualTo("error.field.tooLong"));
    }

    @Test
    void registeringAndSubmittingNeedNoReason() {
        assertThat(ContractStateMachine.decide(new State(DRAFT, SMALL, null), SUBMIT, OWNER, null).reason()).isNull();
        assertThat(ContractStateMachine.decide(new State(SUBMITTED, SMALL, null), REGISTER, OFFICIAL, " ").reason()).isNull();
    }

    @Test
    void onlyASubmissionStartsTheClock() {
        assertThat(ContractStateMachine.decide(new State(RETURNED, SMALL, null), SUBMIT, OWNER, null).startsClock()).isTrue();
        assertThat(ContractStateMachine.decide(new State(SUBMITTED, SMALL, null), RETURN, OFFICIAL, "r").startsClock()).isFalse();
    }

    @Test
    void checksTheActorsCapacityBeforeTheReasonAndTheReasonBeforeTheState() {
        assertThatThrownBy(() -> ContractStateMachine.decide(new State(DRAFT, SMALL, null), REJECT, OWNER, null))
                .isInstanceOf(AccessDeniedToRecordException.class);
        assertThatThrownBy(() -> ContractStateMachine.decide(new State(DRAFT, SMALL, null), REJECT, OFFICIAL, null))
                .isInstanceOf(InvalidInputException.class);
        assertThatThrownBy(() -> ContractStateMachine.decide(new State(DRAFT, SMALL, null), REJECT, OFFICIAL, "r"))
                .isInstanceOf(ConflictException.class);
    }

    @Test
    void everyRefusalIsADomainExceptionWithAStableCode() {
        assertThatThrownBy(() -> ContractStateMachine.decide(new State(REVOKED, SMALL, null), REVOKE, OFFICIAL, "r"))
                .isInstanceOf(DomainException.class)
                .hasMessage("a contract in status REVOKED cannot take action REVOKE");
    }

    @Test
    void anOfficialAlwaysActsUnderAnAccount() {
        assertThatThrownBy(() -> new ContractActor(ActorKind.OFFICIAL, null, "某人"))
                .isInstanceOf(NullPointerException.class);
        assertThat(ContractActor.owner(null, "演示数据").accountId()).isNull();
    }
}
