package cn.kjj.platform.incubator;

import cn.kjj.platform.common.Name;
import cn.kjj.platform.common.Named;

/** Kinds of incubation carrier (孵化载体); the constants are those of the schema's check on {@code incubator.kind}. */
public enum IncubatorKind implements Named.Constant {
    @Name(zh = "孵化器", en = "Incubator") INCUBATOR,
    @Name(zh = "众创空间", en = "Makerspace") MAKERSPACE,
    @Name(zh = "加速器", en = "Accelerator") ACCELERATOR,
    @Name(zh = "大学科技园", en = "University science park") UNIVERSITY_SCIENCE_PARK;
}
