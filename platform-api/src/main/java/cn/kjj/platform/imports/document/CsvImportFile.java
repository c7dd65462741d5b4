package cn.kjj.platform.imports.document;

import cn.kjj.platform.imports.ImportCell;
import cn.kjj.platform.imports.ImportFile;
import cn.kjj.platform.imports.ImportRecord;
import cn.kjj.platform.imports.UnreadableImportFileException;
import java.io.BufferedInputStream;
import java.io.IOException;
import java.io.InputStream;
import java.io.InputStreamReader;
import java.io.Reader;
import java.io.UncheckedIOException;
import java.nio.charset.CharacterCodingException;
import java.nio.charset.CharsetDecoder;
import java.nio.charset.CodingErrorAction;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.Iterator;
import java.util.List;
import org.apache.commons.csv.CSVFormat;
import org.apache.commons.csv.CSVParser;
import org.apache.commons.csv.CSVRecord;

/**
 * A CSV file (RFC 4180, comma-separated) in UTF-8, with or without a byte order mark. Bytes that
 * are not UTF-8 (a file saved as GBK by an older spreadsheet program) make the whole file
 * unreadable rather than turning into replacement characters. Rows are numbered as records, so
 * that a cell with a line break inside quotes still counts as one row, as a spreadsheet shows it.
 */
final class CsvImportFile implements ImportFile {

    private static final CSVFormat FORMAT = CSVFormat.RFC4180.builder().setIgnoreEmptyLines(false).get();

    private final CSVParser parser;
    private final Iterator<CSVRecord> records;

    CsvImportFile(Path file) throws IOException {
        InputStream in = new BufferedInputStream(Files.newInputStream(file), 1 << 16);
        skipByteOrderMark(in);
        CharsetDecoder utf8 = StandardCharsets.UTF_8.newDecoder()
                .onMalformedInput(CodingErrorAction.REPORT)
                .onUnmappableCharacter(CodingErrorAction.REPORT);
        Reader reader = new InputStreamReader(in, utf8);
        this.parser = CSVParser.builder().setReader(reader).setFormat(FORMAT).get();
        this.records = parser.iterator();
    }

    @Override
    public ImportRecord next() throws IOException {
        try {
            if (!records.hasNext()) {
                return null;
            }
            CSVRecord record = records.next();
            List<ImportCell> cells = new ArrayList<>(record.size());
            for (String value : record) {
                cells.add(ImportCell.text(value));
            }
            return new ImportRecord(Math.toIntExact(record.getRecordNumber()), cells);
        } catch (UncheckedIOException e) {
            throw unreadable(e.getCause());
        }
    }

    @Override
    public void close() throws IOException {
        parser.close();
    }

    private UnreadableImportFileException unreadable(IOException cause) {
        if (cause instanceof CharacterCodingException) {
            return new UnreadableImportFileException("error.import.encoding",
                    "the file is not UTF-8 text: save it as CSV UTF-8 (or as XLSX)");
        }
        return new UnreadableImportFileException("error.import.csvMalformed",
                "the CSV is malformed near line {0} (an unclosed quote?)", parser.getCurrentLineNumber());
    }

    private static void skipByteOrderMark(InputStream in) throws IOException {
        in.mark(3);
        byte[] head = in.readNBytes(3);
        boolean bom = head.length == 3 && (head[0] & 0xFF) == 0xEF && (head[1] & 0xFF) == 0xBB
                && (head[2] & 0xFF) == 0xBF;
        if (!bom) {
            in.reset();
        }
    }
}
