package cn.kjj.platform.common;

/** Search text as a SQL {@code LIKE} pattern's inside (escape character {@code \}). */
public final class SearchText {

    private SearchText() {
    }

    /**
     * Escapes the pattern characters and drops control characters, which no stored text holds
     * (FieldErrors.isStorable) and which PostgreSQL refuses in a parameter (NUL).
     */
    public static String likeEscaped(String text) {
        StringBuilder kept = new StringBuilder(text.length());
        text.codePoints().filter(c -> !Character.isISOControl(c)).forEach(kept::appendCodePoint);
        return kept.toString().replace("\\", "\\\\").replace("%", "\\%").replace("_", "\\_");
    }
}
