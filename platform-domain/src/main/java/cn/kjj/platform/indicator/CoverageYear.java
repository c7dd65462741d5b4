package cn.kjj.platform.indicator;

/** Above-scale industrial enterprises of a year, and how many of them host an R&D platform. */
public record CoverageYear(int year, long aboveScaleIndustrial, long withPlatform) {
}
