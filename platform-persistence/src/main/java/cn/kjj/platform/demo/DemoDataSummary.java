package cn.kjj.platform.demo;

import java.util.Map;
import java.util.stream.Collectors;

/**
 * What one run of {@link DemoDataLoader} inserted: accounts and rows per table, and how long it took;
 * nothing when the database already held enterprises (the data were loaded before, or it is a real one).
 */
record DemoDataSummary(int accounts, Map<String, Integer> rows, long millis) {

    static DemoDataSummary nothing() {
        return new DemoDataSummary(0, Map.of(), 0);
    }

    boolean nothingNew() {
        return accounts == 0 && rows.values().stream().mapToInt(Integer::intValue).sum() == 0;
    }

    int rows(String table) {
        return rows.getOrDefault(table, 0);
    }

    String describe() {
        return accounts + " accounts (password 'demo'), " + rows.entrySet().stream()
                .map(e -> e.getValue() + " " + e.getKey()).collect(Collectors.joining(", ")) + " in " + millis + " ms";
    }
}
