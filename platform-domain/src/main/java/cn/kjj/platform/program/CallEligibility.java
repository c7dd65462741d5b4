package cn.kjj.platform.program;

import cn.kjj.platform.common.Named;
import cn.kjj.platform.common.Names;

/**
 * Who may apply to a call besides being an enterprise of the program's region; the constants are
 * those of the schema's check on {@code program_call.eligibility}.
 */
public enum CallEligibility implements Named.Constant {
    ANY("本区企业", "Any enterprise of the region"),
    HIGH_TECH("本区高新技术企业", "High-tech enterprises of the region");

    private final Names names;

    CallEligibility(String nameZh, String nameEn) {
        this.names = new Names(nameZh, nameEn);
    }

    @Override
    public Names names() {
        return names;
    }
}
