package cn.kjj.platform.indicator;

import java.util.List;

/**
 * An indicator's answer: its id, region, unit, definition and points, and for some a summary over
 * the range (else null).
 */
public record IndicatorSeries<P extends IndicatorPoint>(String indicator, String region, String regionName,
                                                        String unit, String definition, List<P> series,
                                                        IndicatorSummary summary) {
}
