package cn.kjj.platform.indicator;

import java.util.List;

/** One indicator as the catalogue states it: the single place its definition is written. */
public record IndicatorDefinition(String id, String nameZh, String nameEn, String unit, String definition,
                                  List<Parameter> parameters) {

    public record Parameter(String name, String description) {
    }
}
