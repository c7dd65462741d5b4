package cn.kjj.platform.region;

import cn.kjj.platform.common.Named;
import cn.kjj.platform.common.Names;

/**
 * The level of government that recognised an incubation carrier or an R&D platform (认定级别).
 * The constants are those of the schema's checks on {@code incubator.level} and {@code lab.level}.
 */
public enum RecognitionLevel implements Named.Constant {
    NATIONAL("国家级", "National"),
    PROVINCIAL("省级", "Provincial"),
    MUNICIPAL("市级", "Municipal"),
    DISTRICT("区级", "District");

    private final Names names;

    RecognitionLevel(String nameZh, String nameEn) {
        this.names = new Names(nameZh, nameEn);
    }

    @Override
    public Names names() {
        return names;
    }
}
