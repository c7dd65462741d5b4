package cn.kjj.platform.imports;

/**
 * One cell as a reader found it: its text, and whether a spreadsheet stored it as a number (so
 * that a date column may hold an Excel date serial). A CSV cell is never numeric.
 */
public record ImportCell(String text, boolean numeric) {

    public static final ImportCell EMPTY = new ImportCell("", false);

    public ImportCell {
        text = text == null ? "" : text;
    }

    public static ImportCell text(String text) {
        return new ImportCell(text, false);
    }

    public boolean isBlank() {
        return text.isBlank();
    }
}
