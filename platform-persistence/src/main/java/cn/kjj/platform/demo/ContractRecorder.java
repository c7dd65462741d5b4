package cn.kjj.platform.demo;

import cn.kjj.platform.common.ClockConfiguration;
import cn.kjj.platform.common.WorkingDayCalendar;
import cn.kjj.platform.contract.RegistrationNumber;
import cn.kjj.platform.contract.ReviewClock;
import cn.kjj.platform.contract.VerificationToken;
import java.time.Instant;
import java.time.LocalDate;
import java.util.ArrayList;
import java.util.Comparator;
import java.util.List;
import java.util.Map;
import java.util.TreeMap;

/**
 * Turns generated contracts into rows as the application would have left them: the contract with
 * its due date (ReviewClock, the bureau's working days), one history entry per step (second review
 * for 5 million yuan or more, reasons for returns, refusals and revocations), and gapless
 * registration numbers per registering district and year with the counters that continue them.
 */
final class ContractRecorder {

    private final DemoIds ids;
    private final DemoRows rows;
    private final WorkingDayCalendar calendar;
    private final DemoStory story;
    private final List<DemoContract> contracts = new ArrayList<>();

    ContractRecorder(DemoIds ids, DemoRows rows, WorkingDayCalendar calendar, DemoStory story) {
        this.ids = ids;
        this.rows = rows;
        this.calendar = calendar;
        this.story = story;
    }

    void add(DemoContract contract) {
        contracts.add(contract);
    }

    /** Numbers the registered contracts in order of registration and writes every contract. */
    void flush() {
        Map<String, Integer> counters = new TreeMap<>();
        contracts.stream().filter(c -> c.registeredOn != null)
                .sorted(Comparator.comparing((DemoContract c) -> c.registeredOn).thenComparing(c -> c.decidedAt))
                .forEach(c -> {
                    String region = c.seller.district().code();
                    int year = c.registeredOn.getYear();
                    int serial = counters.merge(region + "/" + year, 1, Integer::sum);
                    c.registrationNo = new RegistrationNumber(year, region, serial).value();
                });
        counters.forEach((key, last) -> rows.add(DemoRows.COUNTER, key.substring(0, 6),
                Integer.parseInt(key.substring(7)), last));
        contracts.forEach(this::write);
    }

    private void write(DemoContract c) {
        long id = ids.next("technology_contract");
        List<Object[]> history = history(id, c);
        Instant updatedAt = (Instant) history.get(history.size() - 1)[1];
        boolean clockRuns = c.submittedAt != null && !c.status.equals("RETURNED");
        LocalDate due = clockRuns ? ReviewClock.dueOn(c.submittedAt, c.large(), calendar) : null;
        Long firstReviewer = c.status.equals("PENDING_SECOND_REVIEW") ? reviewer(c, false).accountId() : null;
        DemoFiling filing = DemoFiling.of(id, c);
        rows.add(DemoRows.CONTRACT, id, c.title, c.type, c.subtype, c.field, c.seller.id(), c.seller.district().code(),
                c.buyer.name(), c.buyer.creditCode(), c.buyer.regionCode(), c.buyer.country(), c.signedOn, c.signedOn,
                c.validTo, c.amount, c.techAmount, c.status, c.registrationNo, c.registeredOn, firstReviewer,
                c.submittedAt, due, c.createdBy, c.createdAt, updatedAt, (long) history.size() - 1,
                filing.declaredAmount(), filing.ipType(), filing.planSource(), filing.paymentMethod(),
                DemoFiling.ground(c),
                // random, not from the demo's seed: a certificate's link must not be guessable (decision 0033)
                c.registrationNo == null ? null : VerificationToken.random());
        history.forEach(h -> rows.add(DemoRows.HISTORY, h));
    }

    private List<Object[]> history(long id, DemoContract c) {
        List<Object[]> steps = new ArrayList<>();
        DemoStory.Actor owner = c.createdBy != null ? story.owner() : new DemoStory.Actor(null, c.seller.name());
        steps.add(step(id, c.createdAt, owner, null, "DRAFT", null));
        if (c.submittedAt == null) {
            return steps;
        }
        steps.add(step(id, c.submittedAt, owner, "DRAFT", "SUBMITTED", null));
        if (c.status.equals("SUBMITTED")) {
            return steps;
        }
        String from = "SUBMITTED";
        if (c.large() && !List.of("RETURNED", "REJECTED").contains(c.status)) {
            Instant first = c.status.equals("PENDING_SECOND_REVIEW") ? c.decidedAt : c.decidedAt.minusSeconds(86_400);
            steps.add(step(id, first, reviewer(c, false), from, "PENDING_SECOND_REVIEW", null));
            from = "PENDING_SECOND_REVIEW";
            if (c.status.equals(from)) {
                return steps;
            }
        }
        String to = c.registrationNo != null ? "REGISTERED" : c.status;
        steps.add(step(id, c.decidedAt, reviewer(c, c.large()), from, to, c.reason, DemoFiling.ground(c),
                to.equals("REGISTERED") ? c.techAmount : null));
        if (c.status.equals("REVOKED")) {
            steps.add(step(id, c.revokedAt, reviewer(c, false), "REGISTERED", "REVOKED", c.revocationReason));
        }
        return steps;
    }

    private DemoStory.Actor reviewer(DemoContract c, boolean second) {
        return story.reviewer(c.seller.district(), second);
    }

    private static Object[] step(long contractId, Instant at, DemoStory.Actor actor, String from, String to,
                                 String reason) {
        return step(contractId, at, actor, from, to, reason, null, null);
    }

    private static Object[] step(long contractId, Instant at, DemoStory.Actor actor, String from, String to,
                                 String reason, String reasonCode, java.math.BigDecimal decidedAmount) {
        return new Object[] {contractId, at, actor.accountId(), actor.name(), from, to, reason, reasonCode,
            decidedAmount};
    }

    /** {@code hour} o'clock in the bureau's zone on {@code day}. */
    static Instant at(LocalDate day, int hour) {
        return day.atTime(hour, 0).atZone(ClockConfiguration.BUREAU_ZONE).toInstant();
    }
}
