package cn.kjj.platform.report.document;

import cn.kjj.platform.indicator.Perspective;
import cn.kjj.platform.report.TechnologyMarketReport;
import cn.kjj.platform.report.TechnologyMarketReport.Elsewhere;
import cn.kjj.platform.report.TechnologyMarketReport.Figures;
import cn.kjj.platform.report.TechnologyMarketReport.Side;
import cn.kjj.platform.report.TechnologyMarketReport.Table;
import cn.kjj.platform.spreadsheet.ExportColumn;
import cn.kjj.platform.spreadsheet.SpreadsheetExport;
import cn.kjj.platform.spreadsheet.SpreadsheetFormat;
import jakarta.servlet.http.HttpServletResponse;
import java.io.IOException;
import java.io.OutputStream;
import java.util.ArrayList;
import java.util.List;
import java.util.Locale;
import java.util.function.Function;
import org.springframework.http.HttpHeaders;

/**
 * The technology-market tables as an XLSX workbook, one sheet a table: first the totals of output and
 * absorption, then each side's table by each dimension, its rows and a total row; columns named as the JSON
 * names them (the absorption side's with the part registered elsewhere), sheets in the reader's language. Used by the API and the portal.
 */
public final class TechnologyMarketWorkbook {

    private static final List<ExportColumn<Figures>> COLUMNS = List.of(
            ExportColumn.of("group", Figures::group), ExportColumn.of("nameZh", Figures::nameZh),
            ExportColumn.of("nameEn", Figures::nameEn), ExportColumn.of("count", Figures::count),
            ExportColumn.of("contractAmount", Figures::contractAmount),
            ExportColumn.of("techTransactionAmount", Figures::techTransactionAmount));
    /** The absorption side's sheets add the part registered elsewhere (decision 0036), named as in the JSON. */
    private static final List<ExportColumn<Figures>> ABSORPTION_COLUMNS = List.of(
            COLUMNS.get(0), COLUMNS.get(1), COLUMNS.get(2), COLUMNS.get(3), COLUMNS.get(4), COLUMNS.get(5),
            elsewhere("count", Elsewhere::count), elsewhere("contractAmount", Elsewhere::contractAmount),
            elsewhere("techTransactionAmount", Elsewhere::techTransactionAmount));

    private TechnologyMarketWorkbook() {
    }

    public static String filename(TechnologyMarketReport report) {
        return "technology-market-" + report.region() + "-" + report.year() + ".xlsx";
    }

    /** Sends the workbook as an attachment. */
    public static void send(HttpServletResponse response, TechnologyMarketReport report, Locale locale)
            throws IOException {
        response.setStatus(HttpServletResponse.SC_OK);
        response.setContentType(SpreadsheetFormat.XLSX_MEDIA_TYPE);
        response.setHeader(HttpHeaders.CONTENT_DISPOSITION, SpreadsheetExport.attachment(filename(report)));
        response.setHeader("X-Content-Type-Options", "nosniff");
        write(response.getOutputStream(), report, locale);
    }

    public static void write(OutputStream out, TechnologyMarketReport report, Locale locale) throws IOException {
        boolean en = locale != null && "en".equals(locale.getLanguage());
        List<SpreadsheetExport.Sheet<?>> sheets = new ArrayList<>();
        List<Figures> totals = new ArrayList<>();
        for (Side side : report.sides()) {
            totals.add(total(side, side.perspective().name(), en));
        }
        sheets.add(new SpreadsheetExport.Sheet<>(en ? "Totals" : "合计", ABSORPTION_COLUMNS, totals));
        for (Side side : report.sides()) {
            List<ExportColumn<Figures>> columns = side.perspective() == Perspective.BUYER ? ABSORPTION_COLUMNS
                    : COLUMNS;
            for (Table table : side.tables()) {
                List<Figures> rows = new ArrayList<>(table.rows());
                rows.add(total(side, null, en));
                sheets.add(new SpreadsheetExport.Sheet<>(sheetName(side, table, en), columns, rows));
            }
        }
        SpreadsheetExport.writeXlsx(out, sheets);
    }

    /** "技术输出 合同类型", "Output - Contract type": at most 31 characters with the names of TurnoverDimension. */
    public static String sheetName(Side side, Table table, boolean en) {
        return en ? sideName(side, true) + " - " + table.nameEn() : sideName(side, false) + " " + table.nameZh();
    }

    private static String sideName(Side side, boolean en) {
        return switch (side.perspective()) {
            case SELLER -> en ? "Output" : "技术输出";
            case BUYER -> en ? "Absorption" : "技术吸纳";
        };
    }

    private static Figures total(Side side, String group, boolean en) {
        Figures t = side.total();
        return new Figures(group, group == null ? "合计" : sideName(side, false), group == null ? "Total"
                : sideName(side, true), t.count(), t.contractAmount(), t.techTransactionAmount(), t.lineage(),
                t.registeredElsewhere());
    }

    /** A column of the part registered elsewhere; empty on the output side's row, which imports never enter. */
    private static ExportColumn<Figures> elsewhere(String name, Function<Elsewhere, Object> value) {
        return ExportColumn.of("registeredElsewhere." + name,
                f -> f.registeredElsewhere() == null ? null : value.apply(f.registeredElsewhere()));
    }
}
