package cn.kjj.platform.contract;

import cn.kjj.platform.common.Name;
import cn.kjj.platform.common.Named;

/** The plan the contracted work came from (计划来源, registration form); schema check on {@code technology_contract.plan_source}. */
public enum PlanSource implements Named.Constant {
    @Name(zh = "国家计划", en = "National plan") NATIONAL,
    @Name(zh = "省级计划", en = "Provincial plan") PROVINCIAL,
    @Name(zh = "市级计划", en = "Municipal plan") MUNICIPAL,
    @Name(zh = "区县计划", en = "District or county plan") DISTRICT,
    @Name(zh = "无计划来源", en = "No plan") NONE;
}
