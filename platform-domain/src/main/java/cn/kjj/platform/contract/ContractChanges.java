package cn.kjj.platform.contract;

import cn.kjj.platform.common.FieldErrors;
import cn.kjj.platform.common.Money;
import java.math.BigDecimal;
import java.time.LocalDate;

/** The rules of the figures a change (变更登记) or an objection's re-核定 may set (decision 0034). */
public final class ContractChanges {

    static final String CONTRACT_AMOUNT = "contractAmount";
    static final String TECH_AMOUNT = "techTransactionAmount";
    static final String VALID_TO = "validTo";

    private ContractChanges() {
    }

    /** New figures; a part left {@code null} keeps the contract's. */
    public record Figures(BigDecimal contractAmount, BigDecimal techTransactionAmount, LocalDate validTo) {

        boolean isEmpty() {
            return contractAmount == null && techTransactionAmount == null && validTo == null;
        }
    }

    /** The two amounts the indicators sum: 合同成交额 and the 核定 技术交易额. */
    public record Amounts(BigDecimal contractAmount, BigDecimal techTransactionAmount) {

        static final Amounts ZERO = new Amounts(BigDecimal.ZERO, BigDecimal.ZERO);

        static Amounts of(ContractTermsColumns contract) {
            return new Amounts(contract.getContractAmount(), contract.getTechTransactionAmount());
        }

        Amounts minus(Amounts other) {
            return new Amounts(contractAmount.subtract(other.contractAmount),
                    techTransactionAmount.subtract(other.techTransactionAmount));
        }

        Amounts negated() {
            return new Amounts(contractAmount.negate(), techTransactionAmount.negate());
        }
    }

    /** The figures as they are asked for: each at most 2 decimals and positive, the term a real date (400 otherwise). */
    static Figures wellFormed(Figures asked) {
        FieldErrors errors = new FieldErrors();
        BigDecimal amount = asked.contractAmount() == null ? null
                : errors.check(() -> Money.requirePositive(asked.contractAmount(), CONTRACT_AMOUNT));
        BigDecimal tech = asked.techTransactionAmount() == null ? null
                : errors.check(() -> Money.requirePositive(asked.techTransactionAmount(), TECH_AMOUNT));
        LocalDate validTo = asked.validTo() == null ? null : errors.date(VALID_TO, asked.validTo());
        if (amount != null && tech != null && tech.compareTo(amount) > 0) {
            errors.add(TECH_AMOUNT, "error.contract.techAmountExceedsContract", "must not exceed the contract amount");
        }
        errors.throwIfAny();
        return new Figures(amount, tech, validTo);
    }

    /** The figures the contract has once they are applied, checked against it (400 for every broken rule). */
    static Figures checked(ContractTermsColumns contract, Figures asked) {
        Figures given = wellFormed(asked);
        BigDecimal amount = given.contractAmount() == null ? contract.getContractAmount() : given.contractAmount();
        BigDecimal tech = given.techTransactionAmount() == null ? contract.getTechTransactionAmount()
                : given.techTransactionAmount();
        LocalDate validTo = given.validTo() == null ? contract.getValidTo() : given.validTo();
        FieldErrors errors = new FieldErrors();
        if (tech.compareTo(amount) > 0) {
            errors.add(given.techTransactionAmount() == null ? CONTRACT_AMOUNT : TECH_AMOUNT,
                    "error.contract.techAmountExceedsContract", "must not exceed the contract amount");
        }
        // the declared amount is never changed (api.md), and stays within the contract amount (V16's check)
        if (contract.getDeclaredTechTransactionAmount().compareTo(amount) > 0) {
            errors.add(CONTRACT_AMOUNT, "error.contract.change.belowDeclared",
                    "must not be below the technology transaction amount declared at filing");
        }
        if (validTo.isBefore(contract.getValidFrom())) {
            errors.add(VALID_TO, "error.contract.validity.reversed", "must not be before validFrom");
        }
        errors.throwIfAny();
        return new Figures(amount, tech, validTo);
    }
}
