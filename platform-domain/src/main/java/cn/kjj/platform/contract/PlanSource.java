package cn.kjj.platform.contract;

import cn.kjj.platform.common.Named;
import cn.kjj.platform.common.Names;

/** The plan the contracted work came from (计划来源, registration form); schema check on {@code technology_contract.plan_source}. */
public enum PlanSource implements Named.Constant {
    NATIONAL("国家计划", "National plan"),
    PROVINCIAL("省级计划", "Provincial plan"),
    MUNICIPAL("市级计划", "Municipal plan"),
    DISTRICT("区县计划", "District or county plan"),
    NONE("无计划来源", "No plan");

    private final Names names;

    PlanSource(String nameZh, String nameEn) {
        this.names = new Names(nameZh, nameEn);
    }

    @Override
    public Names names() {
        return names;
    }
}
