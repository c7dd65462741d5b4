package cn.kjj.platform.statistics;

/** The outcome of recording figures: the row as it stands and whether it was new. */
public record RecordedStatistic(StatisticView statistic, boolean created) {
}
