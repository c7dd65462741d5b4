package cn.kjj.platform.imports.document;

import cn.kjj.platform.imports.ImportCell;
import cn.kjj.platform.imports.ImportFile;
import cn.kjj.platform.imports.ImportRecord;
import cn.kjj.platform.imports.UnreadableImportFileException;
import java.io.IOException;
import java.math.BigDecimal;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.Iterator;
import java.util.List;
import java.util.Locale;
import java.util.Set;
import java.util.stream.Stream;
import org.dhatim.fastexcel.reader.Cell;
import org.dhatim.fastexcel.reader.CellType;
import org.dhatim.fastexcel.reader.ReadableWorkbook;
import org.dhatim.fastexcel.reader.ReadingOptions;
import org.dhatim.fastexcel.reader.Row;

/**
 * The first sheet of an XLSX workbook, read as a stream (fastexcel-reader, ADR 0011). Rows keep
 * their spreadsheet numbers. A number cell with a date format becomes an ISO date; other numbers
 * keep every digit Excel stored (never rounded), marked numeric so that a date column may also
 * take an unformatted date serial.
 */
final class XlsxImportFile implements ImportFile {

    /** Excel's built-in number formats that show dates (and times). */
    private static final Set<Integer> BUILT_IN_DATE_FORMATS = Set.of(14, 15, 16, 17, 18, 19, 20, 21, 22, 45, 46, 47);

    private final ReadableWorkbook workbook;
    private final Stream<Row> stream;
    private final Iterator<Row> rows;

    XlsxImportFile(Path file) throws IOException {
        try {
            this.workbook = new ReadableWorkbook(file.toFile(), new ReadingOptions(true, false));
            this.stream = workbook.getFirstSheet().openStream();
        } catch (IOException | RuntimeException e) {
            throw new UnreadableImportFileException("error.import.xlsxUnreadable",
                    "the file is not a readable XLSX workbook");
        }
        this.rows = stream.iterator();
    }

    @Override
    public ImportRecord next() {
        try {
            if (!rows.hasNext()) {
                return null;
            }
            Row row = rows.next();
            List<ImportCell> cells = new ArrayList<>(row.getCellCount());
            for (int i = 0; i < row.getCellCount(); i++) {
                cells.add(cell(row.getCell(i)));
            }
            return new ImportRecord(row.getRowNum(), cells);
        } catch (RuntimeException e) {
            throw new UnreadableImportFileException("error.import.xlsxUnreadable",
                    "the file is not a readable XLSX workbook");
        }
    }

    @Override
    public void close() throws IOException {
        stream.close();
        workbook.close();
    }

    static ImportCell cell(Cell cell) {
        if (cell == null || cell.getType() == CellType.EMPTY) {
            return ImportCell.EMPTY;
        }
        String raw = cell.getRawValue() == null ? "" : cell.getRawValue();
        return switch (cell.getType()) {
            case NUMBER -> isDate(cell) ? ImportCell.text(cell.asDate().toLocalDate().toString())
                    : new ImportCell(plain(raw), true);
            case FORMULA -> {
                String plain = plain(raw);
                yield new ImportCell(plain, !plain.equals(raw) || isNumber(raw));
            }
            case BOOLEAN -> ImportCell.text("1".equals(raw) || "true".equalsIgnoreCase(raw) ? "TRUE" : "FALSE");
            default -> ImportCell.text(cell.getText() == null ? raw : cell.getText());
        };
    }

    private static boolean isDate(Cell cell) {
        Integer id = cell.getDataFormatId();
        if (id != null && BUILT_IN_DATE_FORMATS.contains(id)) {
            return true;
        }
        String format = cell.getDataFormatString();
        if (format == null) {
            return false;
        }
        // literal text ("年") and [colour]/[locale] parts aside, a date format has a year or day
        String codes = format.replaceAll("\"[^\"]*\"", "").replaceAll("\\[[^]]*]", "").toLowerCase(Locale.ROOT);
        return codes.contains("y") || codes.contains("d");
    }

    /** Excel's stored number without exponent notation, every stored digit kept. */
    private static String plain(String raw) {
        if (!isNumber(raw)) {
            return raw;
        }
        String plain = new BigDecimal(raw).toPlainString();
        // "120" rather than "120.0": a whole number stays whole
        return plain.contains(".") ? plain.replaceAll("\\.?0+$", "") : plain;
    }

    private static boolean isNumber(String raw) {
        return raw.matches("[-+]?\\d+(\\.\\d+)?([eE][-+]?\\d+)?");
    }
}
