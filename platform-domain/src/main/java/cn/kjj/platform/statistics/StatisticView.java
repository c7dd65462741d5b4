package cn.kjj.platform.statistics;

import cn.kjj.platform.account.Account;
import java.math.BigDecimal;
import java.math.RoundingMode;
import java.time.Instant;

/**
 * The current figures of a district and year, with who recorded them and when.
 *
 * @param updatedBy the username of the account that recorded them; {@code null} for loaded data
 */
public record StatisticView(String regionCode, int year, BigDecimal gdp, BigDecimal rdExpenditure, String source,
                            Instant updatedAt, String updatedBy, long version) {

    /** @param by the account that recorded them, if the reader may know it */
    static StatisticView of(RegionalStatistic s, Account by) {
        return new StatisticView(s.getRegionCode(), s.getYear(), s.getGdp(), s.getRdExpenditure(), s.getSource(),
                s.getUpdatedAt(), by == null ? null : by.getUsername(), s.getVersion());
    }

    /** R&D intensity (研发经费投入强度) as a percentage with two decimals: see {@link #intensityPercent}. */
    public BigDecimal rdIntensityPercent() {
        return intensityPercent(rdExpenditure, gdp);
    }

    /**
     * {@code rd / gdp} as a percentage, correctly rounded (half up) to two decimals from the exact
     * quotient; {@code null} when either figure is missing or GDP is zero.
     */
    public static BigDecimal intensityPercent(BigDecimal rd, BigDecimal gdp) {
        if (rd == null || gdp == null || gdp.signum() == 0) {
            return null;
        }
        return rd.movePointRight(2).divide(gdp, 2, RoundingMode.HALF_UP);
    }
}
