package cn.kjj.platform.report.document;

import cn.kjj.platform.indicator.IndicatorCatalogue;
import cn.kjj.platform.indicator.TargetView;
import cn.kjj.platform.report.AnnualReport;
import cn.kjj.platform.report.ReportValue;
import cn.kjj.platform.report.ReportValue.Kind;
import cn.kjj.platform.report.YearFigures;
import java.math.BigDecimal;
import java.math.RoundingMode;
import java.util.List;
import java.util.Locale;
import java.util.function.Function;

/**
 * The annual report as its template reads it ({@code templates/documents/annual-report.html}): the
 * report's figures, its title and sentences in the reader's language, the figures written as
 * {@link ReportText} writes them, and the bars of its two charts.
 */
public record AnnualReportDocument(AnnualReport report, String title, String generated, List<String> sentences,
                                   ReportText text, Locale locale) {

    /** One bar: its year, its value as written, its height in steps of 5 (0 to 100; documents.css). */
    public record Bar(String label, String value, int height) {
    }

    public String count(long n) {
        return text.format(ReportValue.of(Kind.COUNT, n), locale);
    }

    public String money(BigDecimal yuan) {
        return text.format(ReportValue.of(Kind.MONEY, yuan), locale);
    }

    public String ratio(BigDecimal fraction) {
        return text.format(ReportValue.of(Kind.RATIO, fraction), locale);
    }

    /** A target's figure in its indicator's unit: enterprises, a ratio or yuan ("—" when there is none). */
    public String target(TargetView target, BigDecimal figure) {
        if (figure == null) {
            return "—";
        }
        return switch (target.indicator()) {
            case IndicatorCatalogue.RD_INTENSITY -> ratio(figure);
            case IndicatorCatalogue.CONTRACT_TURNOVER -> money(figure);
            default -> count(figure.longValue());
        };
    }

    /** Progress towards a target, one decimal of a percentage as cut (0.973: 97.3 %). */
    public String progress(TargetView target) {
        return target.progress() == null ? "—" : target.progress().movePointRight(2).toPlainString() + " %";
    }

    /** High-tech enterprises at each year's end. */
    public List<Bar> highTechBars() {
        return bars(y -> BigDecimal.valueOf(y.highTechStock()), this::count);
    }

    /** Registered turnover with the seller in the region (技术输出) in each year. */
    public List<Bar> turnoverBars() {
        return bars(YearFigures::output, this::money);
    }

    private List<Bar> bars(Function<YearFigures, BigDecimal> figure, Function<BigDecimal, String> written) {
        BigDecimal max = report.years().stream().map(figure).filter(v -> v != null)
                .max(BigDecimal::compareTo).orElse(BigDecimal.ZERO);
        return report.years().stream().map(y -> {
            BigDecimal v = figure.apply(y);
            int height = v == null || max.signum() <= 0 || v.signum() <= 0 ? 0
                    : v.multiply(BigDecimal.valueOf(20)).divide(max, 0, RoundingMode.HALF_UP).intValue() * 5;
            return new Bar(String.valueOf(y.year()), v == null ? "—" : written.apply(v), height);
        }).toList();
    }

    private String count(BigDecimal n) {
        return text.format(ReportValue.of(Kind.COUNT, n), locale);
    }
}
