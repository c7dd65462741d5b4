package cn.kjj.platform.imports;

import cn.kjj.platform.identity.AccountPrincipal;
import cn.kjj.platform.imports.KindImport.Parsed;
import cn.kjj.platform.region.RegionDirectory;
import cn.kjj.platform.region.RegionScope;
import java.io.IOException;
import java.util.ArrayList;
import java.util.EnumMap;
import java.util.List;
import java.util.Map;
import java.util.UUID;
import org.slf4j.Logger;
import org.slf4j.LoggerFactory;
import org.springframework.beans.factory.annotation.Value;
import org.springframework.context.ApplicationEventPublisher;
import org.springframework.dao.DataIntegrityViolationException;
import org.springframework.stereotype.Service;

/**
 * Runs one import job: reads the whole file, checks every row (each on its own with the domain's
 * validation, then against the other rows and the registries), and writes all rows only when no
 * row has an error. Progress goes to the job every {@value #PROGRESS_EVERY} rows.
 */
@Service
class ImportProcessor {

    static final int PROGRESS_EVERY = 1_000;
    /** Errors kept with a failed job; {@code errorCount} still counts them all. */
    static final int MAX_STORED_ERRORS = 20_000;

    private static final Logger log = LoggerFactory.getLogger(ImportProcessor.class);

    private final ImportJobs jobs;
    private final ImportStore store;
    private final ApplicationEventPublisher events;
    private final RegionDirectory regions;
    private final RegionScope scope;
    private final Map<ImportKind, KindImport<?, ?>> kinds = new EnumMap<>(ImportKind.class);
    private final int maxRows;

    ImportProcessor(ImportJobs jobs, ImportStore store, ApplicationEventPublisher events, RegionDirectory regions,
                    RegionScope scope, List<KindImport<?, ?>> kinds,
                    @Value("${platform.imports.max-rows:200000}") int maxRows) {
        this.jobs = jobs;
        this.store = store;
        this.events = events;
        this.regions = regions;
        this.scope = scope;
        kinds.forEach(k -> this.kinds.put(k.kind(), k));
        this.maxRows = maxRows;
    }

    int maxRows() {
        return maxRows;
    }

    void run(UUID id, ImportKind kind, AccountPrincipal importer, ImportSource source) {
        int written = 0;
        try {
            written = process(id, kinds.get(kind), new ImportScope(importer, regions, scope), source);
        } catch (Rejected e) {
            fail(id, e.errors);
        } catch (ImportStore.Interrupted e) {
            log.warn(e.getMessage());
        } catch (UnreadableImportFileException e) {
            fail(id, List.of(new RowError(null, null, e.code(),
                    java.util.Arrays.stream(e.args()).map(String::valueOf).toList(), e.getMessage())));
        } catch (IOException e) {
            fail(id, List.of(RowError.of(null, null, "error.import.unreadable", "the file cannot be read")));
        } catch (DataIntegrityViolationException e) {
            log.warn("Import {} refused by a database constraint: {}", id, e.getMostSpecificCause().getMessage());
            fail(id, List.of(RowError.of(null, null, "error.import.conflict",
                    "the registry changed while the file was written; nothing was stored")));
        } catch (RuntimeException e) {
            log.error("Import {} failed", id, e);
            fail(id, List.of(RowError.of(null, null, "error.import.failed", "the import failed; nothing was stored")));
        } finally {
            source.discard();
            events.publishEvent(new ImportFinished(kind, written > 0, written));
        }
    }

    /** Runs the job; the number of rows written. */
    private <P, W> int process(UUID id, KindImport<P, W> kind, ImportScope scope, ImportSource source)
            throws IOException {
        long started = System.nanoTime();
        jobs.enter(id, ImportJobStatus.VALIDATING, null);
        FileRows file = read(id, kind.kind().layout(), source);
        int total = file.records().size();
        long read = System.nanoTime();
        jobs.enter(id, ImportJobStatus.VALIDATING, total);
        List<W> toWrite = check(id, kind, scope, file);
        long checked = System.nanoTime();
        jobs.enter(id, ImportJobStatus.WRITING, total);
        KindImport.WriteCounts counts = store.write(kind, toWrite, scope, id, source.filename(), total,
                written -> jobs.progress(id, written));
        long written = System.nanoTime();
        log.info("Import {} of {} {} rows by {} done: read in {} ms, checked in {} ms, written in {} ms", id, total,
                kind.kind().slug(), scope.importer().username(), (read - started) / 1_000_000,
                (checked - read) / 1_000_000, (written - checked) / 1_000_000);
        return total;
    }

    /** The header and every non-blank row of the file; the count of rows read is the progress. */
    private FileRows read(UUID id, ImportLayout layout, ImportSource source) throws IOException {
        List<ImportRecord> records = new ArrayList<>();
        ImportHeader header;
        try (ImportFile file = source.open()) {
            ImportRecord first = file.next();
            while (first != null && first.isBlank()) {
                first = file.next();
            }
            if (first == null) {
                throw new Rejected(RowError.of(null, null, "error.import.empty", "the file is empty"));
            }
            header = ImportHeader.read(layout, first);
            if (!header.errors().isEmpty()) {
                throw new Rejected(header.errors());
            }
            for (ImportRecord record = file.next(); record != null; record = file.next()) {
                if (record.isBlank()) {
                    continue;
                }
                if (records.size() == maxRows) {
                    throw new Rejected(RowError.of(record.line(), null, "error.import.tooManyRows",
                            "a file may hold at most {0} rows", maxRows));
                }
                records.add(record);
                if (records.size() % PROGRESS_EVERY == 0) {
                    jobs.progress(id, records.size());
                }
            }
        }
        if (records.isEmpty()) {
            throw new Rejected(RowError.of(null, null, "error.import.noRows", "the file has a header but no rows"));
        }
        return new FileRows(header, records);
    }

    /**
     * Every row on its own (the checked count is the progress), then against the other rows and
     * the registries; the rows to write, or {@link Rejected} with every error in line order.
     */
    private <P, W> List<W> check(UUID id, KindImport<P, W> kind, ImportScope scope, FileRows file) {
        List<ImportRow> rows = new ArrayList<>(file.records().size());
        List<Parsed<P>> parsed = new ArrayList<>(file.records().size());
        for (ImportRecord record : file.records()) {
            ImportRow row = new ImportRow(file.header(), record);
            P value = kind.parse(row, scope);
            if (value != null) {
                parsed.add(new Parsed<>(row, value));
            }
            rows.add(row);
            if (rows.size() % PROGRESS_EVERY == 0) {
                jobs.progress(id, rows.size());
            }
        }
        List<W> toWrite = kind.resolve(parsed, scope);
        List<RowError> errors = new ArrayList<>();
        rows.forEach(r -> errors.addAll(r.errors()));
        if (!errors.isEmpty()) {
            throw new Rejected(errors);
        }
        return toWrite;
    }

    private record FileRows(ImportHeader header, List<ImportRecord> records) {
    }

    /** The file cannot go in: these are the reasons. */
    private static final class Rejected extends RuntimeException {
        private final transient List<RowError> errors;

        Rejected(List<RowError> errors) {
            super(null, null, false, false);
            this.errors = errors;
        }

        Rejected(RowError error) {
            this(List.of(error));
        }
    }

    private void fail(UUID id, List<RowError> errors) {
        jobs.fail(id, errors.size(), errors.size() > MAX_STORED_ERRORS ? errors.subList(0, MAX_STORED_ERRORS) : errors);
    }
}
