package cn.kjj.platform.imports.document;

import cn.kjj.platform.common.NotFoundException;
import cn.kjj.platform.imports.ImportColumn;
import cn.kjj.platform.imports.ImportColumn.Type;
import cn.kjj.platform.imports.ImportKind;
import cn.kjj.platform.spreadsheet.ExportColumn;
import cn.kjj.platform.spreadsheet.SpreadsheetExport;
import cn.kjj.platform.spreadsheet.SpreadsheetFormat;
import jakarta.servlet.http.HttpServletResponse;
import java.io.IOException;
import java.io.OutputStream;
import java.math.BigDecimal;
import java.time.LocalDate;
import java.util.ArrayList;
import java.util.List;
import org.springframework.stereotype.Component;

/**
 * The template of each kind of import file: the Chinese header row and one example row, in CSV
 * or XLSX (numbers and dates as such in XLSX). A template imports as it is.
 */
@Component
public class ImportTemplates {

    /** The template in the format named {@code csv} or {@code xlsx} (else 404). */
    public void send(HttpServletResponse response, ImportKind kind, String format) throws IOException {
        SpreadsheetExport.send(response, named(format), filenameBase(kind), columns(kind), List.of(exampleRow(kind)));
    }

    public void write(OutputStream out, ImportKind kind, SpreadsheetFormat format) throws IOException {
        SpreadsheetExport.write(format, out, filenameBase(kind), columns(kind), List.of(exampleRow(kind)));
    }

    /** The file format a download names in its path or parameter; 404 for any other. */
    static SpreadsheetFormat named(String format) {
        return SpreadsheetFormat.fromName(format)
                .orElseThrow(() -> new NotFoundException("error.import.formatUnknown", "no format " + format, format));
    }

    public static String filenameBase(ImportKind kind) {
        return kind.slug() + "-template";
    }

    private static List<ExportColumn<List<Object>>> columns(ImportKind kind) {
        List<ImportColumn> layout = kind.layout().columns();
        List<ExportColumn<List<Object>>> columns = new ArrayList<>(layout.size());
        for (int i = 0; i < layout.size(); i++) {
            int index = i;
            columns.add(ExportColumn.of(layout.get(i).header(), row -> row.get(index)));
        }
        return columns;
    }

    private static List<Object> exampleRow(ImportKind kind) {
        List<Object> row = new ArrayList<>();
        for (ImportColumn column : kind.layout().columns()) {
            row.add(typed(column.type(), column.example()));
        }
        return row;
    }

    private static Object typed(Type type, String example) {
        if (example == null || example.isEmpty()) {
            return null;
        }
        return switch (type) {
            case INTEGER -> Long.valueOf(example);
            case DECIMAL -> new BigDecimal(example);
            case DATE -> LocalDate.parse(example);
            case TEXT -> example;
        };
    }
}
