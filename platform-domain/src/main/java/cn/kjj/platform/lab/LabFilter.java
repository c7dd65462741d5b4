package cn.kjj.platform.lab;

import cn.kjj.platform.region.RecognitionLevel;

/**
 * What the R&D platform list is narrowed to; every field is optional. The reader's scope applies
 * on top and cannot be widened by {@code region}.
 *
 * @param region a region code; a city includes its districts
 * @param q      text in the name or the host institution
 */
public record LabFilter(String region, LabKind kind, RecognitionLevel level, String q) {

    public static LabFilter none() {
        return new LabFilter(null, null, null, null);
    }
}
