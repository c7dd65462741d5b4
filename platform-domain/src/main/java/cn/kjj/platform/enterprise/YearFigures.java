package cn.kjj.platform.enterprise;

/** One enterprise's figures of one year, as an import brings them (already checked). */
public record YearFigures(long enterpriseId, String regionCode, int year, AnnualFigures figures) {
}
