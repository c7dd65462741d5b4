package cn.kjj.platform.matching;

import cn.kjj.platform.common.Named;
import cn.kjj.platform.common.Names;

/** A demand is open until its enterprise closes it. */
public enum DemandStatus implements Named.Constant {
    OPEN("征集中", "Open"),
    CLOSED("已关闭", "Closed");

    private final Names names;

    DemandStatus(String nameZh, String nameEn) {
        this.names = new Names(nameZh, nameEn);
    }

    @Override
    public Names names() {
        return names;
    }
}
