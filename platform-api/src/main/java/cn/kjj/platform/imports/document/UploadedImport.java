package cn.kjj.platform.imports.document;

import cn.kjj.platform.imports.ImportFile;
import cn.kjj.platform.imports.ImportSource;
import cn.kjj.platform.spreadsheet.SpreadsheetFormat;
import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;
import org.slf4j.Logger;
import org.slf4j.LoggerFactory;

/** An upload kept in a temporary file of this node until its job has read it. */
final class UploadedImport implements ImportSource {

    private static final Logger log = LoggerFactory.getLogger(UploadedImport.class);

    private final String filename;
    private final SpreadsheetFormat format;
    private final Path file;

    UploadedImport(String filename, SpreadsheetFormat format, Path file) {
        this.filename = filename;
        this.format = format;
        this.file = file;
    }

    @Override
    public String filename() {
        return filename;
    }

    @Override
    public String format() {
        return format.name();
    }

    @Override
    public ImportFile open() throws IOException {
        return format == SpreadsheetFormat.XLSX ? new XlsxImportFile(file) : new CsvImportFile(file);
    }

    @Override
    public void discard() {
        try {
            Files.deleteIfExists(file);
        } catch (IOException e) {
            log.warn("Could not delete the upload {}: {}", file, e.getMessage());
        }
    }
}
