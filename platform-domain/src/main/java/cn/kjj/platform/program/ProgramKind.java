package cn.kjj.platform.program;

import cn.kjj.platform.common.Name;
import cn.kjj.platform.common.Named;

/** Kinds of policy program; the constants are those of the schema's check on {@code program.kind}. */
public enum ProgramKind implements Named.Constant {
    @Name(zh = "财政补助", en = "Subsidy") SUBSIDY,
    @Name(zh = "科技创新券", en = "Innovation voucher") INNOVATION_VOUCHER,
    @Name(zh = "揭榜挂帅", en = "Open competition") OPEN_COMPETITION,
    @Name(zh = "人才项目", en = "Talent program") TALENT,
    @Name(zh = "其他", en = "Other") OTHER;
}
