package cn.kjj.platform.program;

import cn.kjj.platform.common.Name;
import cn.kjj.platform.common.Named;

/**
 * Where an application to a program stands (the schema's check on {@code program_application.status}):
 * submitted, through the formal check (形式审查) and expert review (评审) to approval (立项), then
 * tranches, the mid-term check (中期检查) and acceptance (验收), or termination (终止); a team of an
 * open competition may be dropped at a stage review (阶段评审).
 */
public enum ApplicationStatus implements Named.Constant {
    @Name(zh = "已申报", en = "Submitted") SUBMITTED,
    @Name(zh = "退回补正", en = "Returned for correction") RETURNED,
    @Name(zh = "形式审查不通过", en = "Rejected at the formal check") REJECTED,
    @Name(zh = "专家评审中", en = "Under expert review") UNDER_REVIEW,
    @Name(zh = "已立项", en = "Approved") APPROVED,
    @Name(zh = "不予立项", en = "Declined") DECLINED,
    @Name(zh = "中期检查通过", en = "Mid-term check passed") MIDTERM_PASSED,
    @Name(zh = "中期检查不通过", en = "Mid-term check failed") MIDTERM_FAILED,
    @Name(zh = "延期验收", en = "Acceptance extended") EXTENDED,
    @Name(zh = "验收通过", en = "Accepted") COMPLETED,
    @Name(zh = "验收不通过", en = "Acceptance failed") COMPLETION_FAILED,
    @Name(zh = "已终止", en = "Terminated") TERMINATED,
    /** A team of an open competition dropped at a stage review (decision 0044). */
    @Name(zh = "阶段评审淘汰", en = "Dropped at a stage review") DROPPED;
}
