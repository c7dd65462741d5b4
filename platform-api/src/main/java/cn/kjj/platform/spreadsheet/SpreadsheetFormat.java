package cn.kjj.platform.spreadsheet;

import java.util.Locale;
import java.util.Optional;
import org.springframework.http.MediaType;

/** The two file formats of imports and exports. */
public enum SpreadsheetFormat {
    CSV("csv", SpreadsheetFormat.TEXT_CSV),
    XLSX("xlsx", SpreadsheetFormat.XLSX_MEDIA_TYPE);

    public static final String TEXT_CSV = "text/csv";
    public static final String XLSX_MEDIA_TYPE = "application/vnd.openxmlformats-officedocument.spreadsheetml.sheet";

    private final String extension;
    private final String mediaType;

    SpreadsheetFormat(String extension, String mediaType) {
        this.extension = extension;
        this.mediaType = mediaType;
    }

    public String extension() {
        return extension;
    }

    public String mediaType() {
        return mediaType;
    }

    /** {@code csv} or {@code xlsx}, in any case. */
    public static Optional<SpreadsheetFormat> fromName(String name) {
        if (name == null) {
            return Optional.empty();
        }
        String n = name.strip().toLowerCase(Locale.ROOT);
        for (SpreadsheetFormat f : values()) {
            if (f.extension.equals(n)) {
                return Optional.of(f);
            }
        }
        return Optional.empty();
    }

    /**
     * The format a download asks for: {@code ?format=csv|xlsx} first, else the first of the
     * {@code Accept} header's types that is one of the two; empty when neither names one.
     */
    public static Optional<SpreadsheetFormat> requested(String formatParameter, String accept) {
        Optional<SpreadsheetFormat> named = fromName(formatParameter);
        if (named.isPresent() || accept == null || accept.isBlank()) {
            return named;
        }
        for (MediaType type : MediaType.parseMediaTypes(accept)) {
            for (SpreadsheetFormat f : values()) {
                if (type.isConcrete() && type.isCompatibleWith(MediaType.parseMediaType(f.mediaType))) {
                    return Optional.of(f);
                }
            }
        }
        return Optional.empty();
    }

    /** The format of an uploaded file by its content: a ZIP archive is XLSX, anything else CSV. */
    public static SpreadsheetFormat ofContent(byte[] head, int length) {
        boolean zip = length >= 4 && head[0] == 'P' && head[1] == 'K' && head[2] == 3 && head[3] == 4;
        return zip ? XLSX : CSV;
    }
}
