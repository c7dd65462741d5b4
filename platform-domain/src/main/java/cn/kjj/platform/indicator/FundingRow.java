package cn.kjj.platform.indicator;

import java.math.BigDecimal;

/**
 * Programs of one year and kind: how many, their budgets, what has been awarded, approved, disbursed and
 * recovered, and their innovation vouchers.
 */
public record FundingRow(int year, String kind, long programs, BigDecimal budget, BigDecimal awarded,
                         BigDecimal approved, BigDecimal disbursed, BigDecimal recovered, Vouchers vouchers) {

    /**
     * The innovation vouchers of the programs (decision 0043): issued, redeemed and paid, count and amount, and
     * what expired ones gave back to the budget, unredeemed (decision 0051).
     */
    public record Vouchers(long issued, BigDecimal issuedAmount, long redeemed, BigDecimal redeemedAmount, long paid,
                           BigDecimal paidAmount, BigDecimal releasedAmount) {

        static final Vouchers NONE = new Vouchers(0, BigDecimal.ZERO.setScale(2), 0, BigDecimal.ZERO.setScale(2), 0,
                BigDecimal.ZERO.setScale(2), BigDecimal.ZERO.setScale(2));
    }
}
