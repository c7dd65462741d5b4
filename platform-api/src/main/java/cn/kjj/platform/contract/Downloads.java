package cn.kjj.platform.contract;

import java.nio.charset.StandardCharsets;

/** Headers of files the API hands out. */
final class Downloads {

    static final String NO_SNIFF_HEADER = "X-Content-Type-Options";
    static final String NO_SNIFF = "nosniff";

    /** RFC 5987 attr-char besides letters and digits: sent as they are, all else percent-encoded. */
    private static final String ATTR_CHAR_MARKS = "!#$&+-.^_`|~";

    private Downloads() {
    }

    /** A download: {@code attachment; filename="..."; filename*=UTF-8''...}. */
    static String attachment(String filename) {
        return disposition("attachment", filename);
    }

    /** Shown in the browser where it can: {@code inline; filename="..."; filename*=UTF-8''...}. */
    static String inline(String filename) {
        return disposition("inline", filename);
    }

    /**
     * An ASCII stand-in for old clients and the real (e.g. Chinese) name per RFC 5987 / RFC 6266,
     * which every current browser prefers.
     */
    private static String disposition(String type, String filename) {
        return type + "; filename=\"" + asciiStandIn(filename) + "\"; filename*=UTF-8''" + rfc5987(filename);
    }

    /** Non-ASCII, control characters, quotes and backslashes become underscores. */
    static String asciiStandIn(String filename) {
        StringBuilder sb = new StringBuilder(filename.length());
        filename.codePoints().forEach(c -> sb.append(c >= 0x20 && c < 0x7F && c != '"' && c != '\\' ? (char) c : '_'));
        return sb.toString();
    }

    static String rfc5987(String value) {
        StringBuilder sb = new StringBuilder();
        for (byte b : value.getBytes(StandardCharsets.UTF_8)) {
            int c = b & 0xFF;
            if (c < 0x80 && (Character.isLetterOrDigit(c) || ATTR_CHAR_MARKS.indexOf(c) >= 0)) {
                sb.append((char) c);
            } else {
                sb.append('%').append(Character.toUpperCase(Character.forDigit(c >> 4, 16)))
                        .append(Character.toUpperCase(Character.forDigit(c & 0xF, 16)));
            }
        }
        return sb.toString();
    }
}
