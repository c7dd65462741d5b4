package cn.kjj.platform.cultivation;

import java.math.BigDecimal;

/**
 * Where an enterprise stands on the ladder in a year, with what put it there.
 *
 * @param tier           the highest rung reached
 * @param conditionsMet  high-tech conditions met, judged from the figures of the year and the two before
 * @param revenue        the year's revenue (null without figures)
 * @param growthRate     revenue of the year over that of {@code gazelleGrowthYears} before, less 1 (6 places;
 *                       null without both)
 */
public record LadderStanding(long enterpriseId, String enterpriseName, String regionCode, int year,
                             CultivationTier tier, boolean techSme, boolean inPoolByFigures, boolean placedByHand,
                             boolean highTech, boolean gazelle, long conditionsMet, BigDecimal revenue,
                             BigDecimal growthRate) {
}
