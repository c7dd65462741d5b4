package cn.kjj.platform.imports;

import cn.kjj.platform.imports.ImportLookups.NameInRegion;
import java.util.List;
import java.util.Map;
import java.util.Set;
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
    record Parsed<P>(ImportRow row, P value) {

        /**
         * Whether this row is the first of the file with {@code key}; a later one is an error of its
         * {@code field} naming the line it repeats.
         */
        <K> boolean firstOf(Map<K, Integer> firstLines, K key, String field) {
            Integer earlier = firstLines.putIfAbsent(key, row.line());
            if (earlier != null) {
                row.error(field, "error.import.duplicateInFile", "repeats line {0}", earlier);
            }
            return earlier == null;
        }

        /** A carrier or platform may not repeat a name of its region, in the file or in {@code registered}. */
        void requireNewName(String name, String regionCode, Map<NameInRegion, Integer> firstLines,
                            Set<NameInRegion> registered) {
            NameInRegion key = NameInRegion.of(name, regionCode);
            if (firstOf(firstLines, key, "name") && registered.contains(key)) {
                row.error("name", "error.import.nameExists", "is already registered in this region");
            }
        }
    }

    /** How many records were made, and how many existing ones revised (statistics). */
    record WriteCounts(int created, int revised) {
    }
}
