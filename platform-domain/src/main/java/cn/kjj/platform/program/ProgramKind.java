package cn.kjj.platform.program;

import cn.kjj.platform.common.Named;
import cn.kjj.platform.common.Names;

/** Kinds of policy program; the constants are those of the schema's check on {@code program.kind}. */
public enum ProgramKind implements Named.Constant {
    SUBSIDY("财政补助", "Subsidy"),
    INNOVATION_VOUCHER("科技创新券", "Innovation voucher"),
    OPEN_COMPETITION("揭榜挂帅", "Open competition"),
    TALENT("人才项目", "Talent program"),
    OTHER("其他", "Other");

    private final Names names;

    ProgramKind(String nameZh, String nameEn) {
        this.names = new Names(nameZh, nameEn);
    }

    @Override
    public Names names() {
        return names;
    }
}
