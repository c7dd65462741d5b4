package cn.kjj.platform.contract;

import cn.kjj.platform.common.FieldErrors;
import cn.kjj.platform.common.Money;
import java.math.BigDecimal;

/**
 * What the office decides at registration (认定), every part optional: the 核定 technology
 * transaction amount ({@code 0 < amount <= contractAmount}, at most 2 decimals), the type and
 * subtype it finds the contract to be, and a note for the history. Left out, a part keeps what
 * the applicant declared.
 */
public record RegistrationDecision(BigDecimal techTransactionAmount, ContractType type, ContractSubtype subtype,
                                   String note) {

    public static final String AMOUNT_FIELD = "techTransactionAmount";
    public static final String NOTE_FIELD = "note";

    /** Registering as filed. */
    public static final RegistrationDecision AS_FILED = new RegistrationDecision(null, null, null, null);

    /** The decision checked against the contract, with the parts left out filled from it; 400 for every broken rule. */
    RegistrationDecision resolvedFor(ContractTermsColumns contract) {
        FieldErrors errors = new FieldErrors();
        BigDecimal amount = techTransactionAmount == null ? contract.getTechTransactionAmount()
                : errors.check(() -> Money.requirePositive(techTransactionAmount, AMOUNT_FIELD));
        if (amount != null && amount.compareTo(contract.getContractAmount()) > 0) {
            errors.add(AMOUNT_FIELD, "error.contract.techAmountExceedsContract", "must not exceed the contract amount");
        }
        ContractType decidedType = type == null ? contract.getType() : type;
        // a new type without a subtype keeps the old subtype only where the new type admits it
        ContractSubtype decidedSubtype = subtype != null ? subtype
                : decidedType.admits(contract.getSubtype()) ? contract.getSubtype() : null;
        errors.check(() -> {
            decidedType.requireSubtype(decidedSubtype);
            return null;
        });
        String checkedNote = errors.text(NOTE_FIELD, note, ContractStateMachine.MAX_REASON_LENGTH, false);
        errors.throwIfAny();
        return new RegistrationDecision(amount, decidedType, decidedSubtype, checkedNote);
    }
}
