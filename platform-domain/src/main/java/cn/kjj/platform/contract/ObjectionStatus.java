package cn.kjj.platform.contract;

import cn.kjj.platform.common.Named;
import cn.kjj.platform.common.Names;

/** An objection (异议) is OPEN until the registering office confirms the registration or corrects it. */
public enum ObjectionStatus implements Named.Constant {
    OPEN("待复核", "Open"),
    CONFIRMED("维持登记", "Registration confirmed"),
    CORRECTED("已更正", "Corrected");

    private final Names names;

    ObjectionStatus(String nameZh, String nameEn) {
        this.names = new Names(nameZh, nameEn);
    }

    @Override
    public Names names() {
        return names;
    }
}
