package cn.kjj.platform.program;

import cn.kjj.platform.common.Named;
import cn.kjj.platform.common.Names;

/**
 * Where an application to a program stands (the schema's check on {@code program_application.status}):
 * submitted, through the formal check (形式审查) and expert review (评审) to approval (立项), then
 * tranches, the mid-term check (中期检查) and acceptance (验收), or termination (终止); a team of an
 * open competition may be dropped at a stage review (阶段评审).
 */
public enum ApplicationStatus implements Named.Constant {
    SUBMITTED("已申报", "Submitted"),
    RETURNED("退回补正", "Returned for correction"),
    REJECTED("形式审查不通过", "Rejected at the formal check"),
    UNDER_REVIEW("专家评审中", "Under expert review"),
    APPROVED("已立项", "Approved"),
    DECLINED("不予立项", "Declined"),
    MIDTERM_PASSED("中期检查通过", "Mid-term check passed"),
    MIDTERM_FAILED("中期检查不通过", "Mid-term check failed"),
    EXTENDED("延期验收", "Acceptance extended"),
    COMPLETED("验收通过", "Accepted"),
    COMPLETION_FAILED("验收不通过", "Acceptance failed"),
    TERMINATED("已终止", "Terminated"),
    /** A team of an open competition dropped at a stage review (decision 0044). */
    DROPPED("阶段评审淘汰", "Dropped at a stage review");

    private final Names names;

    ApplicationStatus(String nameZh, String nameEn) {
        this.names = new Names(nameZh, nameEn);
    }

    @Override
    public Names names() {
        return names;
    }
}
