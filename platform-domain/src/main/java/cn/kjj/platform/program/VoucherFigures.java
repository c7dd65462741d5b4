package cn.kjj.platform.program;

import java.math.BigDecimal;

/**
 * What a program's vouchers add up to: issued, redeemed, paid and expired (count and amount), and what expired
 * vouchers gave back to the budget, unredeemed (decision 0051).
 */
public record VoucherFigures(long issuedCount, BigDecimal issued, long redeemedCount, BigDecimal redeemed,
                             long paidCount, BigDecimal paid, long expiredCount, BigDecimal expired,
                             long releasedCount, BigDecimal released) {

    /** What the vouchers hold of the program's budget: issued less what expired ones gave back. */
    public BigDecimal committed() {
        return issued.subtract(released);
    }
}
