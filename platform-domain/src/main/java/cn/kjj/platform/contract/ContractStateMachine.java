package cn.kjj.platform.contract;

import static cn.kjj.platform.contract.ContractStatus.*;

import cn.kjj.platform.common.AccessDeniedToRecordException;
import cn.kjj.platform.common.ConflictException;
import cn.kjj.platform.common.InvalidInputException;
import java.math.BigDecimal;
import java.util.EnumSet;
import java.util.Objects;
import java.util.Set;

/**
 * The registration workflow as a pure function: given where a contract stands, who acts and
 * what they ask, either the {@link Transition} to apply or the domain exception saying why not.
 * Checks run in the order a caller can act on: capacity (403), reason (400), state (409).
 */
public final class ContractStateMachine {

    /** From this contract amount (合同成交额, yuan) on, registration needs two different officials (default profile). */
    public static final BigDecimal TWO_OFFICIAL_THRESHOLD = RuleProfile.LARGE_THRESHOLD;
    public static final String REASON_FIELD = "reason";
    /** Length of {@code contract_history.reason}. */
    public static final int MAX_REASON_LENGTH = 2000;

    private ContractStateMachine() {
    }

    /** What the machine needs to know about a contract; {@code large} as its rule profile judges it. */
    public record State(ContractStatus status, boolean large, Long firstReviewerId) {
        public State {
            Objects.requireNonNull(status, "status");
        }

        /** Large judged by the default profile (the contract amount). */
        public State(ContractStatus status, BigDecimal contractAmount, Long firstReviewerId) {
            this(status, needsTwoOfficials(Objects.requireNonNull(contractAmount, "contractAmount")), firstReviewerId);
        }
    }

    /**
     * The decided step.
     *
     * @param firstReviewerId what {@code first_reviewer_id} holds afterwards: the first
     *                        official while a second review is pending, otherwise {@code null}
     * @param reason          the trimmed reason, {@code null} where none was given
     */
    public record Transition(ContractStatus from, ContractStatus to, ContractAction action,
                             Long firstReviewerId, String reason) {

        /** A submission (re)starts the review clock. */
        public boolean startsClock() {
            return action == ContractAction.SUBMIT;
        }

        public boolean registers() {
            return to == REGISTERED;
        }
    }

    public static boolean needsTwoOfficials(BigDecimal contractAmount) {
        return RuleProfile.DEFAULT.isLarge(contractAmount, null);
    }

    public static Transition decide(State state, ContractAction action, ContractActor actor, String reason) {
        Objects.requireNonNull(action, "action");
        Objects.requireNonNull(actor, "actor");
        requireCapacity(action, actor);
        String trimmed = reason == null || reason.isBlank() ? null : reason.strip();
        if (action.reasonRequired() && trimmed == null) {
            throw InvalidInputException.forField(REASON_FIELD, "error.contract.reasonRequired",
                    "a reason is required to " + action.name().toLowerCase());
        }
        if (trimmed != null && trimmed.length() > MAX_REASON_LENGTH) {
            throw InvalidInputException.forField(REASON_FIELD, "error.field.tooLong",
                    "must be at most " + MAX_REASON_LENGTH + " characters");
        }
        ContractStatus from = state.status();
        ContractStatus to = target(state, action);
        if (to == null) {
            throw new ConflictException("error.contract.transition.illegal",
                    "a contract in status " + from + " cannot take action " + action, from, action);
        }
        Long firstReviewer = null;
        if (action == ContractAction.REGISTER && from == PENDING_SECOND_REVIEW) {
            if (Objects.equals(state.firstReviewerId(), actor.accountId())) {
                throw new ConflictException("error.contract.secondReviewSameOfficial",
                        "the second review must be done by another official than the first", actor.accountId());
            }
        } else if (to == PENDING_SECOND_REVIEW) {
            firstReviewer = actor.accountId();
        }
        return new Transition(from, to, action, firstReviewer, trimmed);
    }

    /** The actions that {@code kind} may take in {@code status}: what a page offers as buttons. */
    public static Set<ContractAction> availableActions(ContractStatus status, ActorKind kind) {
        Set<ContractAction> actions = EnumSet.noneOf(ContractAction.class);
        for (ContractAction action : ContractAction.values()) {
            // a cancellation is the decision on an application (decision 0034), not a button of its own
            if (action != ContractAction.CANCEL && action.performedBy() == kind && target(new State(status, false, null), action) != null) {
                actions.add(action);
            }
        }
        return actions;
    }

    private static void requireCapacity(ContractAction action, ContractActor actor) {
        if (action.performedBy() == actor.kind()) {
            return;
        }
        if (action.performedBy() == ActorKind.OFFICIAL) {
            throw new AccessDeniedToRecordException("error.contract.officialOnly",
                    "only an official may " + action.name().toLowerCase() + " a contract", action);
        }
        throw new AccessDeniedToRecordException("error.contract.ownerOnly",
                "only the seller, or the official who entered the contract, may submit it", action);
    }

    /** The status an action leads to, or {@code null} when it is not allowed from here. */
    private static ContractStatus target(State state, ContractAction action) {
        ContractStatus from = state.status();
        return switch (action) {
            case SUBMIT -> from == DRAFT || from == RETURNED ? SUBMITTED : null;
            case REGISTER -> switch (from) {
                case SUBMITTED -> state.large() ? PENDING_SECOND_REVIEW : REGISTERED;
                case PENDING_SECOND_REVIEW -> REGISTERED;
                default -> null;
            };
            case RETURN -> from.awaitsDecision() ? RETURNED : null;
            case REJECT -> from.awaitsDecision() ? REJECTED : null;
            case REVOKE -> from == REGISTERED ? REVOKED : null;
            case CANCEL -> from == REGISTERED ? CANCELLED : null;
        };
    }
}
