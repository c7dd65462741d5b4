package cn.kjj.platform.contract;

import java.math.BigDecimal;
import java.time.LocalDate;

/**
 * What the turnover roll-up needs of a registered contract. {@code buyerRegionCode} may be null (foreign
 * buyer); {@code sellerRegionCode} is null for a contract that counts in no region's output (registered by
 * its buyer, or registered elsewhere: decision 0036).
 */
public record RegisteredContract(String sellerRegionCode, String buyerRegionCode, LocalDate registeredOn, String type,
                                 BigDecimal contractAmount, BigDecimal techTransactionAmount) {
}
