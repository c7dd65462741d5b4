package cn.kjj.platform.contract;

import java.math.BigDecimal;
import java.time.LocalDate;

/** What the turnover roll-up needs of a registered contract. {@code buyerRegionCode} may be null (foreign buyer). */
public record RegisteredContract(String sellerRegionCode, String buyerRegionCode, LocalDate registeredOn, String type,
                                 BigDecimal contractAmount, BigDecimal techTransactionAmount) {
}
