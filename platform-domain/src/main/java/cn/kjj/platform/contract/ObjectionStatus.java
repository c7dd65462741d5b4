package cn.kjj.platform.contract;

import cn.kjj.platform.common.Name;
import cn.kjj.platform.common.Named;

/** An objection (异议) is OPEN until the registering office confirms the registration or corrects it. */
public enum ObjectionStatus implements Named.Constant {
    @Name(zh = "待复核", en = "Open") OPEN,
    @Name(zh = "维持登记", en = "Registration confirmed") CONFIRMED,
    @Name(zh = "已更正", en = "Corrected") CORRECTED;
}
