package cn.kjj.platform.demo;

import java.math.BigDecimal;
import java.math.RoundingMode;
import java.time.LocalDate;
import java.util.ArrayList;
import java.util.List;
import java.util.Random;

/**
 * Technology contracts from 2008 to today: per district and period ({@link ContractPlan}) registered
 * contracts whose amounts add up exactly to the planned turnover, now and then one refused or (later)
 * revoked beside them, and this year's work in progress for the review queues (submitted, some
 * overdue, awaiting a second review, returned for correction, refused, drafts). The demo enterprise's
 * own contracts ({@link StoryContracts}) are part of Jianghai's turnover.
 */
record ContractGenerator(Random random, ContractFactory factory, ContractRecorder recorder,
                         EnterpriseFactory enterprises, StoryContracts story, LocalDate today) {

    private static final int REJECTED_ONE_IN = 60;
    private static final int REVOKED_ONE_IN = 150;
    static final String[] RETURN_REASONS = {"合同文本缺少双方签章页，请补充完整后重新提交",
            "技术交易额与合同价款构成不一致，请补正价款明细", "买方统一社会信用代码与营业执照不符，请核对后重新提交"};
    static final String[] REJECT_REASONS = {"合同标的为设备购销，不属于技术合同认定范围",
            "合同主要内容为一般性商务服务，不符合技术服务合同认定条件"};
    private static final String REVOKE_REASON = "经核查，合同未实际履行，撤销登记";

    void generate() {
        story.registered().forEach(recorder::add);
        for (DemoDistrict district : DemoDistrict.values()) {
            for (int year = HighTechPlan.FIRST_YEAR; year <= today.getYear(); year++) {
                for (ContractPlan.Window window : ContractPlan.windows(district, year, today)) {
                    registered(district, window);
                }
            }
            inProgress(district);
        }
        story.inProgress().forEach(recorder::add);
        recorder.flush();
    }

    private void registered(DemoDistrict district, ContractPlan.Window window) {
        BigDecimal remaining = window.turnover().subtract(story.registeredWithin(district, window));
        int n = Math.max(3, remaining.divide(ContractPlan.typicalAmount(district), 0, RoundingMode.HALF_UP).intValue());
        for (BigDecimal amount : split(remaining, n)) {
            LocalDate day = workingDay(window.from(), window.to());
            DemoContract c = decided(district, amount, day, "REGISTERED", null);
            c.registeredOn = day;
            recorder.add(c);
            if (random.nextInt(REJECTED_ONE_IN) == 0) {
                recorder.add(decided(district, randomAmount(), workingDay(window.from(), window.to()), "REJECTED",
                        REJECT_REASONS[random.nextInt(REJECT_REASONS.length)]));
            }
            LocalDate revokedOn = day.plusDays(30 + random.nextInt(150));
            if (random.nextInt(REVOKED_ONE_IN) == 0 && revokedOn.isBefore(today)) {
                DemoContract revoked = decided(district, randomAmount(), day, "REVOKED", null);
                revoked.registeredOn = day;
                revoked.revokedAt = ContractRecorder.at(revokedOn, 11);
                revoked.revocationReason = REVOKE_REASON;
                recorder.add(revoked);
            }
        }
    }

    /** Amounts of about equal weight on a log scale that add up to {@code total} exactly (whole thousands but the last). */
    private List<BigDecimal> split(BigDecimal total, int n) {
        double[] weights = new double[n];
        double sum = 0;
        for (int i = 0; i < n; i++) {
            weights[i] = Math.exp(random.nextGaussian() * 0.9);
            sum += weights[i];
        }
        List<BigDecimal> amounts = new ArrayList<>(n);
        BigDecimal given = BigDecimal.ZERO;
        for (int i = 0; i < n - 1; i++) {
            BigDecimal a = total.multiply(BigDecimal.valueOf(weights[i] / sum)).setScale(-3, RoundingMode.HALF_UP)
                    .max(new BigDecimal("20000")).setScale(2);
            amounts.add(a);
            given = given.add(a);
        }
        BigDecimal last = total.subtract(given);
        if (last.signum() <= 0) {
            throw new IllegalStateException("cannot split " + total + " into " + n + " contracts");
        }
        amounts.add(last);
        return amounts;
    }

    /** This year's contracts still in review or decided against, per district. */
    private void inProgress(DemoDistrict district) {
        boolean jianghai = district == DemoDistrict.JIANGHAI;
        for (int i = 0; i < (jianghai ? 9 : 3 + random.nextInt(3)); i++) {
            // every third one waits longer than the 15 working days allow
            int daysAgo = i % 3 == 0 ? 24 + random.nextInt(15) : random.nextInt(14);
            recorder.add(pending(district, randomAmount(), today.minusDays(daysAgo), "SUBMITTED", null));
        }
        for (int i = 0; i < (jianghai ? 2 : 1); i++) {
            DemoContract c = pending(district, largeAmount(), today.minusDays(6 + random.nextInt(8)),
                    "PENDING_SECOND_REVIEW", null);
            c.decidedAt = ContractRecorder.at(today.minusDays(1 + random.nextInt(3)), 10);
            recorder.add(c);
        }
        for (int i = 0; i < (jianghai ? 3 : 1 + random.nextInt(2)); i++) {
            DemoContract c = pending(district, randomAmount(), today.minusDays(20 + random.nextInt(40)), "RETURNED",
                    RETURN_REASONS[i % RETURN_REASONS.length]);
            c.decidedAt = c.submittedAt.plusSeconds(86_400L * (2 + random.nextInt(6)));
            recorder.add(c);
        }
        for (int i = 0; i < (jianghai ? 2 : 1); i++) {
            DemoContract c = pending(district, randomAmount(), today.minusDays(30 + random.nextInt(60)), "REJECTED",
                    REJECT_REASONS[i % REJECT_REASONS.length]);
            c.decidedAt = c.submittedAt.plusSeconds(86_400L * (3 + random.nextInt(8)));
            recorder.add(c);
        }
        DemoContract draft = pending(district, randomAmount(), today.minusDays(random.nextInt(10)), "DRAFT", null);
        draft.submittedAt = null;
        recorder.add(draft);
    }

    /** A contract decided on {@code day} (registered or refused), submitted a few days before. */
    private DemoContract decided(DemoDistrict district, BigDecimal amount, LocalDate day, String status, String reason) {
        DemoContract c = factory.contract(seller(district, day), amount, day);
        c.status = status;
        c.reason = reason;
        c.submittedAt = ContractRecorder.at(day.minusDays(3 + random.nextInt(10)), 9 + random.nextInt(8));
        c.createdAt = c.submittedAt.minusSeconds(3_600L * (1 + random.nextInt(48)));
        c.decidedAt = ContractRecorder.at(day, 15);
        return c;
    }

    /** A contract submitted on {@code submittedOn} and not (or not favourably) decided. */
    private DemoContract pending(DemoDistrict district, BigDecimal amount, LocalDate submittedOn, String status,
                                 String reason) {
        DemoContract c = factory.contract(seller(district, submittedOn), amount, submittedOn);
        c.status = status;
        c.reason = reason;
        c.submittedAt = ContractRecorder.at(submittedOn, 9 + random.nextInt(8));
        c.createdAt = c.submittedAt.minusSeconds(3_600L * (1 + random.nextInt(48)));
        return c;
    }

    private DemoEnterprise seller(DemoDistrict district, LocalDate day) {
        List<DemoEnterprise> firms = enterprises.in(district);
        for (int attempt = 0; attempt < 20; attempt++) {
            DemoEnterprise e = firms.get(random.nextInt(firms.size()));
            if (e.foundedOn().isBefore(day.minusDays(90)) && !story.isDemo(e)) {
                return e;
            }
        }
        return firms.get(0).foundedOn().isBefore(day) && !story.isDemo(firms.get(0)) ? firms.get(0) : firms.get(1);
    }

    private LocalDate workingDay(LocalDate from, LocalDate to) {
        int span = (int) (to.toEpochDay() - from.toEpochDay()) + 1;
        LocalDate day = from.plusDays(random.nextInt(span));
        for (int attempt = 0; attempt < 5 && day.getDayOfWeek().getValue() > 5; attempt++) {
            day = from.plusDays(random.nextInt(span));
        }
        return day;
    }

    private BigDecimal randomAmount() {
        return BigDecimal.valueOf(50 + random.nextInt(3000)).multiply(BigDecimal.valueOf(1000)).setScale(2);
    }

    private BigDecimal largeAmount() {
        return BigDecimal.valueOf(5000 + random.nextInt(4000)).multiply(BigDecimal.valueOf(1000)).setScale(2);
    }
}
