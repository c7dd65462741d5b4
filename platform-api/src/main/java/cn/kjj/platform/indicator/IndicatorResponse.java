package cn.kjj.platform.indicator;

import com.fasterxml.jackson.annotation.JsonInclude;
import java.util.List;
import java.util.Map;

/** An indicator as the API answers it: each point carries a {@code lineage} link to its records. */
@JsonInclude(JsonInclude.Include.NON_NULL)
record IndicatorResponse(String indicator, String region, String regionName, String unit, String definition,
                         List<Map<String, Object>> series, Map<String, Object> summary) {
}
