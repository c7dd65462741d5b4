package cn.kjj.platform.spreadsheet;

import jakarta.servlet.http.HttpServletResponse;
import java.io.BufferedWriter;
import java.io.IOException;
import java.io.OutputStream;
import java.io.OutputStreamWriter;
import java.io.Writer;
import java.math.BigDecimal;
import java.nio.charset.StandardCharsets;
import java.time.Instant;
import java.time.LocalDate;
import java.util.List;
import org.apache.commons.csv.CSVFormat;
import org.apache.commons.csv.CSVPrinter;
import org.dhatim.fastexcel.Workbook;
import org.dhatim.fastexcel.Worksheet;
import org.springframework.http.HttpHeaders;

/**
 * Writes a list as a download, streaming: CSV in UTF-8 with a byte order mark (so that spreadsheet
 * programs show Chinese correctly) and a header row, or XLSX with a bold, frozen header row and
 * numbers and dates as such. Used by every list's export and by the import templates.
 *
 * <p>Text that a spreadsheet would run as a formula (starting with {@code = + - @}, a tab or a
 * carriage return) gets a leading apostrophe in CSV; XLSX cells are typed, so text stays text.
 */
public final class SpreadsheetExport {

    /** The most rows one export holds; callers refuse larger results rather than cut them short. */
    public static final int MAX_ROWS = 100_000;
    static final char BOM = '\uFEFF';
    private static final String DATE_FORMAT = "yyyy-mm-dd";
    private static final int FLUSH_EVERY = 1_000;

    private SpreadsheetExport() {
    }

    /**
     * Sends {@code rows} as an attachment named {@code filenameBase} plus the format's extension
     * ({@code Content-Disposition} with the UTF-8 name per RFC 6266, so Chinese names survive).
     */
    public static <T> void send(HttpServletResponse response, SpreadsheetFormat format, String filenameBase,
                                List<ExportColumn<T>> columns, Iterable<? extends T> rows) throws IOException {
        String filename = filenameBase + "." + format.extension();
        response.setStatus(HttpServletResponse.SC_OK);
        response.setContentType(format == SpreadsheetFormat.CSV ? format.mediaType() + ";charset=UTF-8"
                : format.mediaType());
        response.setHeader(HttpHeaders.CONTENT_DISPOSITION, attachment(filename));
        response.setHeader("X-Content-Type-Options", "nosniff");
        write(format, response.getOutputStream(), filenameBase, columns, rows);
    }

    public static <T> void write(SpreadsheetFormat format, OutputStream out, String sheetName,
                                 List<ExportColumn<T>> columns, Iterable<? extends T> rows) throws IOException {
        if (format == SpreadsheetFormat.CSV) {
            writeCsv(out, columns, rows);
        } else {
            writeXlsx(out, sheetName, columns, rows);
        }
    }

    public static <T> void writeCsv(OutputStream out, List<ExportColumn<T>> columns, Iterable<? extends T> rows)
            throws IOException {
        Writer writer = new BufferedWriter(new OutputStreamWriter(out, StandardCharsets.UTF_8));
        writer.write(BOM);
        CSVPrinter csv = new CSVPrinter(writer, CSVFormat.RFC4180);
        for (ExportColumn<T> column : columns) {
            csv.print(column.header());
        }
        csv.println();
        for (T row : rows) {
            for (ExportColumn<T> column : columns) {
                csv.print(csvText(column.value().apply(row)));
            }
            csv.println();
        }
        csv.flush();
    }

    public static <T> void writeXlsx(OutputStream out, String sheetName, List<ExportColumn<T>> columns,
                                     Iterable<? extends T> rows) throws IOException {
        writeXlsx(out, List.of(new Sheet<>(sheetName, columns, rows)));
    }

    /** One sheet of a workbook: its name (unique within the workbook, at most 31 characters kept), columns, rows. */
    public record Sheet<T>(String name, List<ExportColumn<T>> columns, Iterable<? extends T> rows) {
    }

    /** A workbook of several sheets, each as a single-sheet export writes it. */
    public static void writeXlsx(OutputStream out, List<Sheet<?>> sheets) throws IOException {
        Workbook workbook = new Workbook(out, "platform", "1.0");
        for (Sheet<?> sheet : sheets) {
            writeSheet(workbook, sheet);
        }
        workbook.finish();
    }

    private static <T> void writeSheet(Workbook workbook, Sheet<T> s) throws IOException {
        List<ExportColumn<T>> columns = s.columns();
        Worksheet sheet = workbook.newWorksheet(sheetName(s.name()));
        for (int c = 0; c < columns.size(); c++) {
            sheet.value(0, c, columns.get(c).header());
            sheet.style(0, c).bold().set();
            sheet.width(c, Math.max(10, Math.min(40, columns.get(c).header().length() * 2.2 + 2)));
        }
        sheet.freezePane(0, 1);
        int r = 1;
        for (T row : s.rows()) {
            for (int c = 0; c < columns.size(); c++) {
                xlsxCell(sheet, r, c, columns.get(c).value().apply(row));
            }
            if (r % FLUSH_EVERY == 0) {
                sheet.flush();
            }
            r++;
        }
        sheet.finish();
    }

    /** {@code attachment; filename="<ASCII stand-in>"; filename*=UTF-8''<percent-encoded>}. */
    public static String attachment(String filename) {
        StringBuilder ascii = new StringBuilder();
        filename.codePoints().forEach(c -> ascii.append(c >= 0x20 && c < 0x7F && c != '"' && c != '\\' ? (char) c : '_'));
        StringBuilder encoded = new StringBuilder();
        for (byte b : filename.getBytes(StandardCharsets.UTF_8)) {
            int c = b & 0xFF;
            if (c < 0x80 && (Character.isLetterOrDigit(c) || "!#$&+-.^_`|~".indexOf(c) >= 0)) {
                encoded.append((char) c);
            } else {
                encoded.append('%').append(Character.toUpperCase(Character.forDigit(c >> 4, 16)))
                        .append(Character.toUpperCase(Character.forDigit(c & 0xF, 16)));
            }
        }
        return "attachment; filename=\"" + ascii + "\"; filename*=UTF-8''" + encoded;
    }

    static String csvText(Object value) {
        if (value == null) {
            return "";
        }
        if (value instanceof BigDecimal amount) {
            return amount.toPlainString();
        }
        if (value instanceof Enum<?> constant) {
            return constant.name();
        }
        String text = value.toString();
        if (value instanceof CharSequence && !text.isEmpty() && "=+-@\t\r".indexOf(text.charAt(0)) >= 0) {
            return "'" + text;
        }
        return text;
    }

    private static void xlsxCell(Worksheet sheet, int r, int c, Object value) {
        if (value == null) {
            return;
        }
        if (value instanceof Number number) {
            sheet.value(r, c, number);
        } else if (value instanceof LocalDate date) {
            sheet.value(r, c, date);
            sheet.style(r, c).format(DATE_FORMAT).set();
        } else if (value instanceof Instant instant) {
            sheet.value(r, c, instant.toString());
        } else if (value instanceof Boolean bool) {
            sheet.value(r, c, bool);
        } else if (value instanceof Enum<?> constant) {
            sheet.value(r, c, constant.name());
        } else {
            sheet.value(r, c, value.toString());
        }
    }

    /** Excel allows 31 characters and none of {@code []:*?/\}. */
    private static String sheetName(String name) {
        String cleaned = name == null || name.isBlank() ? "Sheet1" : name.replaceAll("[\\[\\]:*?/\\\\]", "_");
        return cleaned.length() > 31 ? cleaned.substring(0, 31) : cleaned;
    }
}
