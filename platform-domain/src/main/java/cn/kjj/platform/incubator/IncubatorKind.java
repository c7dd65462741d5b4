package cn.kjj.platform.incubator;

import cn.kjj.platform.common.Named;
import cn.kjj.platform.common.Names;

/** Kinds of incubation carrier (孵化载体); the constants are those of the schema's check on {@code incubator.kind}. */
public enum IncubatorKind implements Named.Constant {
    INCUBATOR("孵化器", "Incubator"),
    MAKERSPACE("众创空间", "Makerspace"),
    ACCELERATOR("加速器", "Accelerator"),
    UNIVERSITY_SCIENCE_PARK("大学科技园", "University science park");

    private final Names names;

    IncubatorKind(String nameZh, String nameEn) {
        this.names = new Names(nameZh, nameEn);
    }

    @Override
    public Names names() {
        return names;
    }
}
