package cn.kjj.platform.imports.document;

/**
 * One error of an import file: {@code line} as numbered in the file (header = 1; {@code null} for
 * the file as a whole), {@code column} as headed in the file, the stable {@code code} and the
 * {@code message} in the reader's language.
 */
public record ImportErrorResponse(Integer line, String column, String code, String message) {
}
