package cn.kjj.platform.matching;

import cn.kjj.platform.common.Name;
import cn.kjj.platform.common.Named;

/** A demand is open until its enterprise closes it. */
public enum DemandStatus implements Named.Constant {
    @Name(zh = "征集中", en = "Open") OPEN,
    @Name(zh = "已关闭", en = "Closed") CLOSED;
}
