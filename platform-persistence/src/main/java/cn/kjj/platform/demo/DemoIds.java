package cn.kjj.platform.demo;

import java.util.HashMap;
import java.util.Map;

/** Ids handed out to generated rows, per table, following whatever the table already holds. */
final class DemoIds {

    private final Map<String, Long> last = new HashMap<>();

    DemoIds(Map<String, Long> maxIds) {
        last.putAll(maxIds);
    }

    long next(String table) {
        return last.merge(table, 1L, Long::sum);
    }
}
