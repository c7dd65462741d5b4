package cn.kjj.platform.region;

import cn.kjj.platform.common.Name;
import cn.kjj.platform.common.Named;

/**
 * The level of government that recognised an incubation carrier or an R&D platform (认定级别).
 * The constants are those of the schema's checks on {@code incubator.level} and {@code lab.level}.
 */
public enum RecognitionLevel implements Named.Constant {
    @Name(zh = "国家级", en = "National") NATIONAL,
    @Name(zh = "省级", en = "Provincial") PROVINCIAL,
    @Name(zh = "市级", en = "Municipal") MUNICIPAL,
    @Name(zh = "区级", en = "District") DISTRICT;
}
