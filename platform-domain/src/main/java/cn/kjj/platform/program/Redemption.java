package cn.kjj.platform.program;

import java.math.BigDecimal;

/** Where a voucher was used: the service provider, the amount of the service and, optionally, its technology contract. */
public record Redemption(String providerName, String providerCreditCode, BigDecimal amount, Long contractId) {
}
