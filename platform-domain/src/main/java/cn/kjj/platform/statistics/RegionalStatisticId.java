package cn.kjj.platform.statistics;

import java.io.Serializable;

/** The key of a {@link RegionalStatistic}: a district and a year. */
public record RegionalStatisticId(String regionCode, Integer year) implements Serializable {
}
