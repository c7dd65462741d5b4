package cn.kjj.platform.contract;

import java.math.BigDecimal;

/**
 * How the registering office corrects a registration on an objection: a new 核定 amount, or
 * {@code cancel} the registration (exactly one of them), and a note saying why.
 */
public record ObjectionCorrection(BigDecimal techTransactionAmount, Boolean cancel, String note) {
}
