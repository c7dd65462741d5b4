package cn.kjj.platform.matching;

import cn.kjj.platform.common.Name;
import cn.kjj.platform.common.Named;

/** Where a brokered meeting (对接) has got to; a contract outcome names the registered contract. */
public enum MatchOutcome implements Named.Constant {
    @Name(zh = "已对接洽谈", en = "Meeting held") MEETING,
    @Name(zh = "达成意向", en = "Intention agreed") INTENTION,
    @Name(zh = "签订合同", en = "Contract signed") CONTRACT,
    @Name(zh = "未达成", en = "No deal") NO_DEAL;
}
