package cn.kjj.platform.program;

import java.math.BigDecimal;

/** What a program's vouchers add up to: issued, redeemed, paid and expired (count and amount). */
public record VoucherFigures(long issuedCount, BigDecimal issued, long redeemedCount, BigDecimal redeemed,
                             long paidCount, BigDecimal paid, long expiredCount, BigDecimal expired) {
}
