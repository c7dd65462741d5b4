package cn.kjj.platform.cultivation;

import cn.kjj.platform.enterprise.AnnualFigures;
import java.time.LocalDate;
import java.util.Map;

/**
 * What the ladder knows of an enterprise for one year: its founding date and industry, whether it is
 * a technology SME that year, whether a high-tech certificate is in force on 31 December, whether an
 * official placed it in the pool that year, and its annual figures by year.
 */
public record LadderFacts(long enterpriseId, String enterpriseName, String regionCode, LocalDate foundedOn,
                          String industry, boolean techSme, boolean highTech, boolean placedByHand,
                          Map<Integer, AnnualFigures> figures) {
}
