package cn.kjj.platform.program;

import cn.kjj.platform.common.Named;
import cn.kjj.platform.common.Names;

/**
 * Who may apply to a call besides being an enterprise of the program's region; the constants are
 * those of the schema's check on {@code program_call.eligibility}.
 */
public enum CallEligibility implements Named.Constant {
    ANY("本区企业", "Any enterprise of the region"),
    HIGH_TECH("本区高新技术企业", "High-tech enterprises of the region"),
    /** Registered as a technology SME (科技型中小企业) for the year of the application: the number is valid for one year. */
    TECH_SME("本区科技型中小企业", "Technology SMEs of the region");

    private final Names names;

    CallEligibility(String nameZh, String nameEn) {
        this.names = new Names(nameZh, nameEn);
    }

    @Override
    public Names names() {
        return names;
    }
}
