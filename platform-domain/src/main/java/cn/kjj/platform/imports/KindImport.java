package cn.kjj.platform.imports;

import java.util.List;
import java.util.function.IntConsumer;

/**
 * The rules of one kind of import file.
 *
 * @param <P> a row as parsed and checked on its own
 * @param <W> a row ready to be written, its references resolved
 */
interface KindImport<P, W> {

    ImportKind kind();

    /**
     * Reads and checks one row by itself, with the domain's own validation; errors go to the row.
     * {@code null} when the row has errors.
     */
    P parse(ImportRow row, ImportScope scope);

    /**
     * The checks that need the other rows or the registries (duplicates, references, scope);
     * errors go to {@code rows}' own lists. Returns the rows to write, in file order, when none of
     * them has an error.
     */
    List<W> resolve(List<Parsed<P>> rows, ImportScope scope);

    /** Writes every row, inside the caller's transaction. */
    WriteCounts write(List<W> rows, ImportScope scope, IntConsumer progress);

    /** A parsed row with its line and the errors that later checks add to it. */
    final class Parsed<P> {
        private final ImportRow row;
        private final P value;

        Parsed(ImportRow row, P value) {
            this.row = row;
            this.value = value;
        }

        ImportRow row() {
            return row;
        }

        P value() {
            return value;
        }
    }

    /** How many records were made, and how many existing ones revised (statistics). */
    record WriteCounts(int created, int revised) {
    }
}
