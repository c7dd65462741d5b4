package cn.kjj.platform.incubator;

import cn.kjj.platform.region.RecognitionLevel;

/**
 * What the incubator list is narrowed to; every field is optional. The reader's scope applies on
 * top and cannot be widened by {@code region}.
 *
 * @param region a region code; a city includes its districts
 * @param q      text in the name or the operator
 */
public record IncubatorFilter(String region, IncubatorKind kind, RecognitionLevel level, String q) {

    public static IncubatorFilter none() {
        return new IncubatorFilter(null, null, null, null);
    }
}
