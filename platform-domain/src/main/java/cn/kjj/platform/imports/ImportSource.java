package cn.kjj.platform.imports;

import java.io.IOException;

/** An uploaded file kept until its job has read it (e.g. in a temporary file). */
public interface ImportSource {

    /** The name the person gave the file, for the job's record and the audit event. */
    String filename();

    /** {@code CSV} or {@code XLSX}. */
    String format();

    /** Opens the file for reading from its first row; may be called once. */
    ImportFile open() throws IOException;

    /** Frees what the upload holds (deletes the temporary file); called once the job has finished. */
    void discard();
}
