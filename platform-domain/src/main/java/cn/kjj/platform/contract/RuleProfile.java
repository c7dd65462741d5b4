package cn.kjj.platform.contract;

import cn.kjj.platform.common.Name;
import cn.kjj.platform.common.Named;
import cn.kjj.platform.common.WorkingDayCalendar;
import java.math.BigDecimal;
import java.time.LocalDate;

/**
 * The rules of a registering office where the texts differ (rules.md, "Time limit"): how many days
 * a decision may take, whether they are working or calendar days, and on which amount a contract
 * counts as large (a second official, a longer limit). Each office chooses one
 * ({@link ContractRules}); each contract keeps the one it was submitted under
 * (docs/decisions/0032-working-day-calendar-and-rule-profiles.md).
 */
public enum RuleProfile implements Named.Constant {

    /** The bureau's rule until now: 15 working days, 30 from 5,000,000 yuan of contract amount. */
    @Name(zh = "本局现行规则", en = "Bureau default") DEFAULT(15, DayKind.WORKING, LargeBasis.CONTRACT_AMOUNT, 30),
    /** 《技术合同认定登记管理办法》 (2000) art. 14: 30 days from acceptance. */
    @Name(zh = "2000年办法（30日）", en = "Measures of 2000 (30 days)") MEASURES_2000(30, DayKind.CALENDAR,
            LargeBasis.CONTRACT_AMOUNT, 30),
    /** The 2024 draft art. 14: 15 working days, 30 for a large contract by its technology transaction amount. */
    @Name(zh = "2024年征求意见稿", en = "Draft of 2024") DRAFT_2024(15, DayKind.WORKING,
            LargeBasis.TECH_TRANSACTION_AMOUNT, 30);

    /** Large from this amount on (yuan), on the basis each profile names. */
    public static final BigDecimal LARGE_THRESHOLD = new BigDecimal("5000000.00");

    /** Whether the limit counts working days (the office's calendar) or every day. */
    public enum DayKind { WORKING, CALENDAR }

    /** The amount that makes a contract large: 合同成交额 or 技术交易额. */
    public enum LargeBasis { CONTRACT_AMOUNT, TECH_TRANSACTION_AMOUNT }

    private final int reviewDays;
    private final DayKind dayKind;
    private final LargeBasis largeBasis;
    private final int largeReviewDays;

    RuleProfile(int reviewDays, DayKind dayKind, LargeBasis largeBasis, int largeReviewDays) {
        this.reviewDays = reviewDays;
        this.dayKind = dayKind;
        this.largeBasis = largeBasis;
        this.largeReviewDays = largeReviewDays;
    }

    /** Whether a contract of these amounts is large: a second official decides, within the longer limit. */
    public boolean isLarge(BigDecimal contractAmount, BigDecimal techTransactionAmount) {
        BigDecimal basis = largeBasis == LargeBasis.CONTRACT_AMOUNT ? contractAmount : techTransactionAmount;
        return basis != null && basis.compareTo(LARGE_THRESHOLD) >= 0;
    }

    /** The last day of the limit that starts the day after {@code start}. */
    public LocalDate dueOn(LocalDate start, boolean large, WorkingDayCalendar calendar) {
        int days = large ? largeReviewDays : reviewDays;
        return dayKind == DayKind.WORKING ? calendar.addWorkingDays(start, days) : start.plusDays(days);
    }

    public int reviewDays() {
        return reviewDays;
    }

    public DayKind dayKind() {
        return dayKind;
    }

    public LargeBasis largeBasis() {
        return largeBasis;
    }

    public BigDecimal largeThreshold() {
        return LARGE_THRESHOLD;
    }

    public int largeReviewDays() {
        return largeReviewDays;
    }
}
