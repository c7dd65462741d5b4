package cn.kjj.platform.imports;

import java.io.Closeable;
import java.io.IOException;

/**
 * The rows of an uploaded file, read one after the other: the first is the header. Readers for
 * CSV and XLSX live with the API, which knows the formats; the import itself only sees rows.
 */
public interface ImportFile extends Closeable {

    /** The next row, or {@code null} at the end of the file. */
    ImportRecord next() throws IOException;
}
