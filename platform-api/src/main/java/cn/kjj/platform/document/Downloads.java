package cn.kjj.platform.document;

import java.nio.charset.StandardCharsets;
import org.springframework.http.ContentDisposition;
import org.springframework.http.HttpHeaders;
import org.springframework.http.MediaType;
import org.springframework.http.ResponseEntity;

/** How files (documents, attachments, certificates) are sent, by the API and by the portal alike. */
public final class Downloads {

    /** RFC 5987 attr-char besides letters and digits: sent as they are, all else percent-encoded. */
    private static final String ATTR_CHAR_MARKS = "!#$&+-.^_`|~";

    private Downloads() {
    }

    /** A PDF sent as a download, not kept by caches. */
    public static ResponseEntity<byte[]> attachment(byte[] body, String filename) {
        return ResponseEntity.ok()
                .contentType(MediaType.APPLICATION_PDF)
                .contentLength(body.length)
                .header(HttpHeaders.CONTENT_DISPOSITION,
                        ContentDisposition.attachment().filename(filename, StandardCharsets.UTF_8).build().toString())
                .header("X-Content-Type-Options", "nosniff")
                .header(HttpHeaders.CACHE_CONTROL, "private, no-store")
                .body(body);
    }

    /**
     * A file of this type, {@code disposition} ({@code attachment} or {@code inline}) under this
     * name, not to be sniffed; the caller adds any further header and the body.
     */
    public static ResponseEntity.BodyBuilder file(String contentType, String disposition, String filename) {
        return ResponseEntity.ok()
                .contentType(MediaType.parseMediaType(contentType))
                .header(HttpHeaders.CONTENT_DISPOSITION, disposition(disposition, filename))
                .header("X-Content-Type-Options", "nosniff");
    }

    /**
     * An ASCII stand-in for old clients (non-ASCII, control characters, quotes and backslashes
     * become underscores) and the real (e.g. Chinese) name per RFC 5987 / RFC 6266, which every
     * current browser prefers.
     */
    static String disposition(String type, String filename) {
        StringBuilder ascii = new StringBuilder(filename.length());
        filename.codePoints().forEach(c -> ascii.append(c >= 0x20 && c < 0x7F && c != '"' && c != '\\' ? (char) c : '_'));
        return type + "; filename=\"" + ascii + "\"; filename*=UTF-8''" + rfc5987(filename);
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
