package cn.kjj.platform.demo;

import java.math.BigDecimal;
import java.time.Instant;
import java.time.LocalDate;

/** One generated technology contract while it is being made: its terms and where its review stands. */
final class DemoContract {

    /** The buyer: a firm with a code and region, or a foreign one with neither. */
    record Buyer(String name, String creditCode, String regionCode, String country) {
    }

    String title;
    String type;
    String subtype;
    String field;
    DemoEnterprise seller;
    Buyer buyer;
    LocalDate signedOn;
    LocalDate validTo;
    BigDecimal amount;
    BigDecimal techAmount;
    String status;
    Instant createdAt;
    Instant submittedAt;
    /** When the decision (or the first of two reviews) was taken; null while undecided. */
    Instant decidedAt;
    LocalDate registeredOn;
    String registrationNo;
    String reason;
    Instant revokedAt;
    String revocationReason;
    /** The owner's account when the demo enterprise filed it. */
    Long createdBy;

    boolean large() {
        return amount.compareTo(ContractFactory.TWO_OFFICIALS) >= 0;
    }
}
