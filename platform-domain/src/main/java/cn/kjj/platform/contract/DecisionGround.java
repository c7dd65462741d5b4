package cn.kjj.platform.contract;

import cn.kjj.platform.common.FieldErrors;
import cn.kjj.platform.common.InvalidInputException;

/**
 * The ground of a refusal (不予登记) or a return (补正): a code of {@link RefusalReason} and a free
 * text. A refusal needs the code; {@link RefusalReason#OTHER} and a return need the text (the
 * state machine asks for the text of a return, as before). A refusal on another ground without a
 * text is explained by the ground's name ({@link #text()}).
 */
public record DecisionGround(RefusalReason code, String reason) {

    public static final String CODE_FIELD = "reasonCode";

    /** A ground of a code given as text (as a request carries it): an unknown code is a 400. */
    public static DecisionGround of(String code, String reason) {
        FieldErrors errors = new FieldErrors();
        RefusalReason ground = errors.constant(CODE_FIELD, RefusalReason.class, code, false,
                "error.contract.reasonCode.unknown");
        errors.throwIfAny();
        return new DecisionGround(ground, reason);
    }

    /** The text the history keeps: the reason, or for a named ground other than OTHER without one, its name. */
    String text() {
        boolean blank = reason == null || reason.isBlank();
        return blank && code != null && code != RefusalReason.OTHER ? code.nameZh() : reason;
    }

    /** Checks what {@code action} needs of the ground (the reason's length is the state machine's). */
    DecisionGround requireFor(ContractAction action) {
        if (code == null && action == ContractAction.REJECT) {
            throw InvalidInputException.forField(CODE_FIELD, "error.contract.reasonCodeRequired",
                    "a refusal names its ground");
        }
        if (code == RefusalReason.OTHER && (reason == null || reason.isBlank())) {
            throw InvalidInputException.forField(ContractStateMachine.REASON_FIELD, "error.contract.reasonRequired",
                    "the ground OTHER needs a reason");
        }
        return this;
    }
}
