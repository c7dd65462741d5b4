package cn.kjj.platform.dashboard;

import cn.kjj.platform.indicator.IndicatorSeries;
import java.math.BigDecimal;
import java.util.Map;

/** Reading the exact figures out of an indicator's points (maps of period, value and parts). */
public final class IndicatorPoints {

    private IndicatorPoints() {
    }

    public static BigDecimal decimal(Map<String, Object> point, String key) {
        Object value = point.get(key);
        if (value == null) {
            return null;
        }
        if (value instanceof BigDecimal d) {
            return d;
        }
        return new BigDecimal(value.toString());
    }

    public static long count(Map<String, Object> point, String key) {
        Object value = point.get(key);
        return value == null ? 0 : ((Number) value).longValue();
    }

    public static int year(Map<String, Object> point) {
        return Integer.parseInt(point.get("period").toString().substring(0, 4));
    }

    /** The value of the series' only (first) point, or null when the series is empty. */
    public static BigDecimal firstValue(IndicatorSeries series) {
        return series.series().isEmpty() ? null : decimal(series.series().get(0), "value");
    }
}
