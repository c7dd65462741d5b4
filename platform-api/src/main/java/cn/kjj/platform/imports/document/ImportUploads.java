package cn.kjj.platform.imports.document;

import cn.kjj.platform.common.InvalidInputException;
import cn.kjj.platform.common.PayloadTooLargeException;
import cn.kjj.platform.common.UnsupportedContentException;
import cn.kjj.platform.imports.ImportSource;
import cn.kjj.platform.spreadsheet.SpreadsheetFormat;
import java.io.IOException;
import java.io.InputStream;
import java.io.UncheckedIOException;
import java.nio.file.Files;
import java.nio.file.Path;
import org.springframework.beans.factory.annotation.Value;
import org.springframework.stereotype.Component;
import org.springframework.web.multipart.MultipartFile;

/**
 * Takes an uploaded import file from the API or the portal: at most {@code platform.imports.max-bytes}
 * (50 MiB) or 413, CSV or XLSX judged by the content (an old binary .xls is 415), kept in a
 * temporary file for its job.
 */
@Component
public class ImportUploads {

    public static final long DEFAULT_MAX_BYTES = 50L * 1024 * 1024;
    private static final int MAX_FILENAME = 255;

    private final long maxBytes;

    ImportUploads(@Value("${platform.imports.max-bytes:" + DEFAULT_MAX_BYTES + "}") long maxBytes) {
        this.maxBytes = maxBytes;
    }

    public long maxBytes() {
        return maxBytes;
    }

    public ImportSource receive(MultipartFile upload) {
        if (upload == null || upload.isEmpty()) {
            throw InvalidInputException.forField("file", "error.import.fileRequired", "choose a CSV or XLSX file");
        }
        if (upload.getSize() > maxBytes) {
            throw new PayloadTooLargeException("error.import.tooLarge", "a file may have at most "
                    + maxBytes / (1024 * 1024) + " MiB", maxBytes / (1024 * 1024));
        }
        Path temp = null;
        try {
            temp = Files.createTempFile("kjj-import-", ".upload");
            upload.transferTo(temp);
            byte[] head;
            try (InputStream in = Files.newInputStream(temp)) {
                head = in.readNBytes(8);
            }
            if (isOldExcel(head)) {
                throw new UnsupportedContentException("error.import.xls",
                        "old .xls workbooks are not read: save the file as .xlsx or CSV UTF-8");
            }
            SpreadsheetFormat format = SpreadsheetFormat.ofContent(head, head.length);
            UploadedImport source = new UploadedImport(filename(upload.getOriginalFilename(), format), format, temp);
            temp = null;
            return source;
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        } finally {
            if (temp != null) {
                temp.toFile().delete();
            }
        }
    }

    private static boolean isOldExcel(byte[] head) {
        return head.length >= 4 && (head[0] & 0xFF) == 0xD0 && (head[1] & 0xFF) == 0xCF && (head[2] & 0xFF) == 0x11
                && (head[3] & 0xFF) == 0xE0;
    }

    /** The name without any path a browser sent, shortened to fit the job's record. */
    private static String filename(String original, SpreadsheetFormat format) {
        String name = original == null ? "" : original.replace('\\', '/');
        name = name.substring(name.lastIndexOf('/') + 1).strip();
        if (name.isEmpty()) {
            name = "upload." + format.extension();
        }
        return name.length() > MAX_FILENAME ? name.substring(name.length() - MAX_FILENAME) : name;
    }
}
