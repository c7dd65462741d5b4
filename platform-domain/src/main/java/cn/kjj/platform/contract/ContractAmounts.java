package cn.kjj.platform.contract;

import cn.kjj.platform.common.FieldErrors;
import cn.kjj.platform.common.Money;
import java.math.BigDecimal;

/**
 * A contract's two amounts as checked: 合同成交额 and 技术交易额, each more than 0 with at most 2
 * decimals, the second not above the first. Local filings and registrations of other offices alike.
 */
record ContractAmounts(BigDecimal contractAmount, BigDecimal techTransactionAmount) {

    /** The amounts checked; every broken rule goes to {@code errors} (fields {@code contractAmount}, {@code techTransactionAmount}). */
    static ContractAmounts checked(FieldErrors errors, BigDecimal contractAmount, BigDecimal techTransactionAmount) {
        BigDecimal amount = errors.check(() -> Money.requirePositive(contractAmount, "contractAmount"));
        BigDecimal techAmount = errors.check(() -> Money.requirePositive(techTransactionAmount, "techTransactionAmount"));
        if (amount != null && techAmount != null && techAmount.compareTo(amount) > 0) {
            errors.add("techTransactionAmount", "error.contract.techAmountExceedsContract",
                    "must not exceed the contract amount");
        }
        return new ContractAmounts(amount, techAmount);
    }
}
