package cn.kjj.platform.common;

import java.security.MessageDigest;
import java.security.NoSuchAlgorithmException;
import java.util.Arrays;
import java.util.HexFormat;
import java.util.Map;
import java.util.Set;

/**
 * A file a person attached (to a contract, to a program application), checked as every
 * attachment is: PDF, JPEG or PNG as judged by its first bytes (a renamed executable is refused
 * whatever its name says), not empty, at most 20 MiB, with its SHA-256 and a safe file name.
 */
public record UploadedFile(String filename, String contentType, byte[] content, String sha256) {

    public static final long MAX_SIZE_BYTES = 20L * 1024 * 1024;
    public static final Set<String> CONTENT_TYPES = Set.of("application/pdf", "image/jpeg", "image/png");
    private static final int MAX_FILENAME_LENGTH = 255;

    private static final Map<String, byte[]> SIGNATURES = Map.of(
            "application/pdf", HexFormat.of().parseHex("255044462d"),
            "image/jpeg", HexFormat.of().parseHex("ffd8ff"),
            "image/png", HexFormat.of().parseHex("89504e470d0a1a0a"));

    /**
     * The file checked: 413 beyond 20 MiB ({@code error.attachment.tooLarge}), 415 when empty or
     * of another type ({@code error.attachment.empty}, {@code error.attachment.type}).
     */
    public static UploadedFile checked(String filename, byte[] bytes) {
        if (bytes.length > MAX_SIZE_BYTES) {
            throw new PayloadTooLargeException("error.attachment.tooLarge",
                    "an attachment may have at most 20 MiB", MAX_SIZE_BYTES);
        }
        if (bytes.length == 0) {
            throw new UnsupportedContentException("error.attachment.empty", "the file is empty");
        }
        return new UploadedFile(safeFilename(filename), sniff(bytes), bytes, sha256(bytes));
    }

    public long size() {
        return content.length;
    }

    /** The type by magic number: {@code %PDF-}, JPEG's SOI marker, PNG's eight-byte signature. */
    static String sniff(byte[] bytes) {
        return SIGNATURES.entrySet().stream()
                .filter(s -> bytes.length >= s.getValue().length
                        && Arrays.equals(bytes, 0, s.getValue().length, s.getValue(), 0, s.getValue().length))
                .map(Map.Entry::getKey).findFirst()
                .orElseThrow(() -> new UnsupportedContentException("error.attachment.type",
                        "only PDF, JPEG and PNG files are accepted (judged by their content)"));
    }

    /**
     * The last path segment only (some browsers send the client's full path), without control
     * characters, shortened from the front so the extension survives; "attachment" when
     * nothing is left.
     */
    public static String safeFilename(String filename) {
        String name = filename == null ? "" : filename;
        name = name.substring(Math.max(name.lastIndexOf('/'), name.lastIndexOf('\\')) + 1);
        name = name.replaceAll("\\p{Cntrl}", "").strip();
        if (name.length() > MAX_FILENAME_LENGTH) {
            name = name.substring(name.length() - MAX_FILENAME_LENGTH).strip();
        }
        return name.isEmpty() ? "attachment" : name;
    }

    private static String sha256(byte[] bytes) {
        try {
            return HexFormat.of().formatHex(MessageDigest.getInstance("SHA-256").digest(bytes));
        } catch (NoSuchAlgorithmException e) {
            throw new IllegalStateException("SHA-256 is part of every JVM", e);
        }
    }
}
