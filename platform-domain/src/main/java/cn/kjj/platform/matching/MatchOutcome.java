package cn.kjj.platform.matching;

import cn.kjj.platform.common.Named;
import cn.kjj.platform.common.Names;

/** Where a brokered meeting (对接) has got to; a contract outcome names the registered contract. */
public enum MatchOutcome implements Named.Constant {
    MEETING("已对接洽谈", "Meeting held"),
    INTENTION("达成意向", "Intention agreed"),
    CONTRACT("签订合同", "Contract signed"),
    NO_DEAL("未达成", "No deal");

    private final Names names;

    MatchOutcome(String nameZh, String nameEn) {
        this.names = new Names(nameZh, nameEn);
    }

    @Override
    public Names names() {
        return names;
    }
}
