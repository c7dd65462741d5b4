package cn.kjj.platform.indicator;

/** High-tech applications of a batch year in some regions: all, those recommended, passed and failed. */
public record ApplicationCount(int year, long applied, long recommended, long passed, long failed) {
}
