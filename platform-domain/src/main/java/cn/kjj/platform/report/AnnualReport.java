package cn.kjj.platform.report;

import cn.kjj.platform.indicator.TargetView;
import cn.kjj.platform.region.RecognitionLevel;
import cn.kjj.platform.region.RegionView;
import java.util.List;

/**
 * The annual report of a region: the year's figures beside those of the years before
 * ({@code years}, oldest first, the report's year last), carriers and R&D platforms by level, and
 * the generated sentences, and the region's targets of the year with their progress.
 */
public record AnnualReport(RegionView region, int year, List<YearFigures> years, List<LevelRow> levels,
                           List<ReportSentence> sentences, List<TargetView> targets) {

    /** Carriers and R&D platforms of one level at the end of the year and of the year before. */
    public record LevelRow(RecognitionLevel level, long incubators, long incubatorsBefore, long labs, long labsBefore) {
    }

    /** The figures of the report's year. */
    public YearFigures current() {
        return years.get(years.size() - 1);
    }

    /** Whether the region has no figure at all in the report's years. */
    public boolean empty() {
        return years.stream().allMatch(y -> y.highTechStock() == 0 && y.rdIntensity() == null
                && y.output().signum() == 0 && y.absorption().signum() == 0 && y.programs() == 0
                && y.incubators() == 0 && y.labs() == 0);
    }
}
