package cn.kjj.platform.enterprise;

/**
 * A high-tech enterprise that has not filed its report of {@code year} by 31 May of the next year;
 * {@code missedTwoYears} when its report of the year before is missing too (grounds for cancellation).
 */
public record MissingReport(long enterpriseId, String enterpriseName, String regionCode, int year,
                            boolean missedTwoYears) {
}
