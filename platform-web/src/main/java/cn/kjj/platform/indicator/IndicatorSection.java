package cn.kjj.platform.indicator;

import java.util.ArrayList;
import java.util.List;
import java.util.Locale;
import java.util.function.Function;
import org.springframework.context.MessageSource;

/**
 * One table of the indicators page, declared once ({@link IndicatorSections}): the indicator it shows, the key
 * of its texts ({@code indicators.<key>.title}, and {@code .caption}, {@code .note}, {@code .summary} where
 * they exist; the anchors {@code h-}, {@code table-}, {@code chart-} are the key in lower case), its chart,
 * the row header and the columns, the data-* values of a row that static/js/indicators.js draws, and whether a
 * row links to its records. templates/fragments/indicator.html renders every section alike.
 */
record IndicatorSection<P extends IndicatorPoint>(String indicator, String key, Chart chart, Column<P> row,
                                                  List<Column<P>> columns, Data<P> data, boolean lineage,
                                                  Summary summary) {

    /** The arguments of the sentence {@code indicators.<key>.summary} over a series' summary. */
    @FunctionalInterface
    interface Summary {
        Object[] of(IndicatorSummary summary, IndicatorLabels labels, Locale locale);
    }

    /** A chart drawn from the table: its kind in indicators.js, the keys of its series' labels and description. */
    record Chart(String type, String label, String label2, String description) {
    }

    /** What a row carries for the chart: data-value, data-value2, data-count, data-kind (null: none). */
    record Data<P>(Function<P, Object> value, Function<P, Object> value2, Function<P, Object> count,
                   Function<P, Object> kind) {

        static <P> Data<P> of(Function<P, Object> value) {
            return new Data<>(value, null, null, null);
        }
    }

    /** How a cell shows a point's part, in the page's language. */
    @FunctionalInterface
    interface Text<P> {
        String of(P point, IndicatorLabels labels, Locale locale);
    }

    /** A column: the key of its heading, whether it holds numbers (class num), a class of its own, its text. */
    record Column<P>(String header, boolean numeric, String css, Text<P> text, Function<P, Object> title) {

        static <P> Column<P> count(String header, Function<P, Object> part) {
            return new Column<>(header, true, null, (p, labels, locale) -> labels.count(part.apply(p), locale), null);
        }

        static <P> Column<P> money(String header, Function<P, Object> part) {
            return new Column<>(header, true, null, (p, labels, locale) -> labels.money(part.apply(p), locale), null);
        }

        static <P> Column<P> percent(String header, Function<P, Object> part) {
            return new Column<>(header, true, null, (p, labels, locale) -> labels.percent(part.apply(p), locale), null);
        }

        /** A small number as it is, without separators. */
        static <P> Column<P> plain(String header, Function<P, Object> part) {
            return new Column<>(header, true, null, (p, labels, locale) -> String.valueOf(part.apply(p)), null);
        }

        /** A kind or level by its name in the page's language. */
        static <P> Column<P> name(String header, Function<P, Object> part) {
            return new Column<>(header, false, null, (p, labels, locale) -> labels.name(part.apply(p), locale), null);
        }

        static <P extends IndicatorPoint> Column<P> period(String header) {
            return new Column<>(header, false, null, (p, labels, locale) -> p.period(), null);
        }

        Column<P> classed(String css) {
            return new Column<>(header, numeric, css, text, title);
        }
    }

    // What the template reads: texts in the reader's language, the cells formatted.

    public record Shown(String indicator, String anchor, String title, String caption, String note, String summary,
                        ShownChart chart, List<Header> headers, List<Row> rows, boolean lineage, String csv) {
    }

    public record ShownChart(String shape, String type, String label, String label2, String description) {
    }

    public record Header(String text, boolean numeric) {
    }

    public record Row(Object period, Object kind, Object value, Object value2, Object count, String label,
                      List<Cell> cells, String lineage) {
    }

    public record Cell(String text, String css, Object title) {
    }

    /** The section of this series, with the title's arguments (none but turnover's perspective). */
    @SuppressWarnings("unchecked")
    Shown show(IndicatorSeries<?> s, IndicatorPageController.Links links, IndicatorLabels labels,
               MessageSource messages, Locale locale, Object... titleArgs) {
        IndicatorSeries<P> series = (IndicatorSeries<P>) s;
        String prefix = "indicators." + key + ".";
        String title = messages.getMessage(prefix + "title", titleArgs.length == 0 ? null : titleArgs, locale);
        List<Header> headers = new ArrayList<>();
        headers.add(new Header(messages.getMessage(row.header, null, locale), false));
        columns.forEach(c -> headers.add(new Header(messages.getMessage(c.header, null, locale), c.numeric)));
        List<Row> rows = new ArrayList<>();
        for (P p : series.series()) {
            List<Cell> cells = columns.stream().map(c -> new Cell(c.text.of(p, labels, locale),
                    c.numeric ? (c.css == null ? "num" : "num " + c.css) : null,
                    c.title == null ? null : c.title.apply(p))).toList();
            rows.add(new Row(p.period(), part(data.kind, p), part(data.value, p), part(data.value2, p),
                    part(data.count, p), row.text.of(p, labels, locale), cells,
                    lineage ? links.lineage(indicator, p.period()) : null));
        }
        ShownChart shownChart = chart == null ? null : new ShownChart(
                chart.type.endsWith("line") && !chart.type.startsWith("bar") ? "line" : "bar", chart.type,
                messages.getMessage(chart.label, null, locale),
                chart.label2 == null ? null : messages.getMessage(chart.label2, null, locale),
                messages.getMessage(chart.description, null, locale));
        return new Shown(indicator, key.toLowerCase(Locale.ROOT), title,
                messages.getMessage(prefix + "caption", null, title, locale),
                messages.getMessage(prefix + "note", null, null, locale),
                series.summary() == null || summary == null ? null
                        : messages.getMessage(prefix + "summary", summary.of(series.summary(), labels, locale), locale),
                shownChart, headers, rows, lineage, links.csv(indicator));
    }

    private static <P> Object part(Function<P, Object> part, P point) {
        return part == null ? null : part.apply(point);
    }
}
