package cn.kjj.platform.indicator;

import java.util.List;
import java.util.Map;

/** One page of the records a series point is made of. */
public record LineagePage(String indicator, String region, String period, long total, int page, int size,
                          List<Map<String, Object>> records) {
}
