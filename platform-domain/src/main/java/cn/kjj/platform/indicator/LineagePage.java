package cn.kjj.platform.indicator;

import java.util.List;
import java.util.Map;

/**
 * One page of the records a series point is made of. {@code total} is exact up to
 * {@link IndicatorLineage#COUNT_CAP}; beyond it {@code totalCapped} is true and {@code total} is the cap: there are
 * more than that many (decision 0048). A contract-turnover point's total is always exact, the point's own count
 * from the roll-ups (decision 0055), and never capped.
 */
public record LineagePage(String indicator, String region, String period, long total, boolean totalCapped, int page,
                          int size, List<Map<String, Object>> records) {
}
