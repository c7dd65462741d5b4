package cn.kjj.platform.imports;

import java.util.ArrayList;
import java.util.HashMap;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;

/**
 * Which column of the file holds which field, read from the header row. Columns may come in any
 * order; a header that names no column, a column named twice and a required column missing are
 * errors of line 1.
 */
public final class ImportHeader {

    private final ImportLayout layout;
    private final Map<String, Integer> indexByField = new HashMap<>();
    private final Map<String, String> headerByField = new LinkedHashMap<>();
    private final List<RowError> errors = new ArrayList<>();

    private ImportHeader(ImportLayout layout) {
        this.layout = layout;
    }

    public static ImportHeader read(ImportLayout layout, ImportRecord header) {
        ImportHeader result = new ImportHeader(layout);
        for (int i = 0; i < header.cells().size(); i++) {
            String name = header.cell(i).text().replace("\uFEFF", "").strip();
            if (name.isEmpty()) {
                continue;
            }
            ImportColumn column = layout.columns().stream().filter(c -> c.isNamed(name)).findFirst().orElse(null);
            if (column == null) {
                result.errors.add(RowError.of(header.line(), name, "error.import.column.unknown",
                        "names no column of this kind of file"));
            } else if (result.indexByField.containsKey(column.field())) {
                result.errors.add(RowError.of(header.line(), name, "error.import.column.duplicate",
                        "appears more than once"));
            } else {
                result.indexByField.put(column.field(), i);
                result.headerByField.put(column.field(), name);
            }
        }
        for (ImportColumn column : layout.columns()) {
            if (column.required() && !result.indexByField.containsKey(column.field())) {
                result.errors.add(RowError.of(header.line(), column.header(), "error.import.column.missing",
                        "is a required column and missing"));
            }
        }
        return result;
    }

    public ImportLayout layout() {
        return layout;
    }

    public List<RowError> errors() {
        return List.copyOf(errors);
    }

    /** The cell of {@code field} in {@code record}; empty when the file has no such column. */
    public ImportCell cell(ImportRecord record, String field) {
        Integer index = indexByField.get(field);
        return index == null ? ImportCell.EMPTY : record.cell(index);
    }

    /** The column's header as the file writes it, else the template's; {@code null} for an unknown field. */
    public String header(String field) {
        String inFile = headerByField.get(field);
        if (inFile != null) {
            return inFile;
        }
        return layout.column(field).map(ImportColumn::header).orElse(null);
    }
}
