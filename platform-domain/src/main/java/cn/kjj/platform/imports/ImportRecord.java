package cn.kjj.platform.imports;

import java.util.List;

/**
 * One row of an import file with its number as the person sees it in a spreadsheet program: the
 * header is line 1, the first data row line 2.
 */
public record ImportRecord(int line, List<ImportCell> cells) {

    public ImportRecord {
        cells = List.copyOf(cells);
    }

    public ImportCell cell(int index) {
        return index < cells.size() ? cells.get(index) : ImportCell.EMPTY;
    }

    public boolean isBlank() {
        return cells.stream().allMatch(ImportCell::isBlank);
    }
}
