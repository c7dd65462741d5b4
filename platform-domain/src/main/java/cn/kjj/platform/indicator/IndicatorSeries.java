package cn.kjj.platform.indicator;

import java.util.List;
import java.util.Map;

/**
 * An indicator's answer: its id, region, unit, definition and points (each with {@code period} and
 * {@code value} and the exact parts), and for some a {@code summary} over the range (else null).
 */
public record IndicatorSeries(String indicator, String region, String regionName, String unit, String definition,
                              List<Map<String, Object>> series, Map<String, Object> summary) {
}
