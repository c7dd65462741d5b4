package cn.kjj.platform.program;

import cn.kjj.platform.common.Name;
import cn.kjj.platform.common.Named;

/**
 * Who may apply to a call besides being an enterprise of the program's region; the constants are
 * those of the schema's check on {@code program_call.eligibility}.
 */
public enum CallEligibility implements Named.Constant {
    @Name(zh = "本区企业", en = "Any enterprise of the region") ANY,
    @Name(zh = "本区高新技术企业", en = "High-tech enterprises of the region") HIGH_TECH,
    /** Registered as a technology SME (科技型中小企业) for the year of the application: the number is valid for one year. */
    @Name(zh = "本区科技型中小企业", en = "Technology SMEs of the region") TECH_SME;
}
