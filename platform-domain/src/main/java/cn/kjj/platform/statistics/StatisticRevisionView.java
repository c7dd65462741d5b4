package cn.kjj.platform.statistics;

import cn.kjj.platform.account.Account;
import java.math.BigDecimal;
import java.time.Instant;

/**
 * One value ever recorded for a district and year: the figures, their source, when and by whom
 * they were recorded ({@code null} for data loaded by the system).
 *
 * @param current whether these are the figures in force now (the last of the list)
 */
public record StatisticRevisionView(BigDecimal gdp, BigDecimal rdExpenditure, String source, Instant recordedAt,
                                    String recordedBy, String recordedByName, boolean current) {

    /** @param by the account that recorded them, if the reader may know it */
    static StatisticRevisionView of(RegionalStatisticRevision r, Account by, boolean current) {
        return new StatisticRevisionView(r.getGdp(), r.getRdExpenditure(), r.getSource(), r.getRevisedAt(),
                by == null ? null : by.getUsername(), by == null ? null : by.getDisplayName(), current);
    }

    /** R&D intensity of these figures as a percentage with two decimals. */
    public BigDecimal rdIntensityPercent() {
        return StatisticView.intensityPercent(rdExpenditure, gdp);
    }
}
