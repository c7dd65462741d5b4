package cn.kjj.platform.registry;

import cn.kjj.platform.spreadsheet.ExportColumn;
import java.util.HashMap;
import java.util.List;
import java.util.Map;

/**
 * What a registry's API says of itself beyond its domain declaration: its address, its names in
 * operation ids and summaries, and the columns of its CSV/XLSX export.
 *
 * @param path     e.g. {@code /api/v1/incubators}
 * @param singular in operation ids: {@code getIncubator}, {@code incubatorHistory}
 * @param plural   in operation ids ({@code listIncubators}) and, lower-cased, the export's file name
 * @param aRecord  in summaries: "an incubation carrier"
 * @param records  in summaries: "incubation carriers"
 * @param searched what {@code q} looks in, for its description: "the name or the operator"
 * @param notes    descriptions of handler methods ({@code get}, {@code update}, ...) that say more
 */
public record RegistryApi<V>(String path, String singular, String plural, String aRecord, String records,
                             String searched, List<ExportColumn<V>> exportColumns, Map<String, String> notes) {

    public RegistryApi(String path, String singular, String plural, String aRecord, String records,
                       String searched, List<ExportColumn<V>> exportColumns) {
        this(path, singular, plural, aRecord, records, searched, exportColumns, Map.of());
    }

    /** The same with a description of {@code method} in the OpenAPI document. */
    public RegistryApi<V> noting(String method, String description) {
        Map<String, String> more = new HashMap<>(notes);
        more.put(method, description);
        return new RegistryApi<>(path, singular, plural, aRecord, records, searched, exportColumns, Map.copyOf(more));
    }

    /** The operation id of one of the shared handler methods. */
    String operationId(String method) {
        return switch (method) {
            case "list" -> "list" + plural;
            case "history" -> Character.toLowerCase(singular.charAt(0)) + singular.substring(1) + "History";
            case "get", "create", "update" -> method + singular;
            default -> null;
        };
    }

    /** The summary of one of the shared handler methods. */
    String summary(String method) {
        return switch (method) {
            case "list" -> "List " + records;
            case "get" -> "One " + aRecord.substring(aRecord.indexOf(' ') + 1);
            case "create" -> "Register " + aRecord;
            case "update" -> "Replace the fields of " + aRecord;
            case "history" -> "The changes of " + aRecord + ", oldest first";
            default -> null;
        };
    }
}
