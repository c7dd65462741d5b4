package cn.kjj.platform.matching;

import cn.kjj.platform.common.Named;
import cn.kjj.platform.common.Names;

/** How far an achievement has come (成熟度); the constants are those of the schema's check on {@code achievement.maturity}. */
public enum Maturity implements Named.Constant {
    LABORATORY("实验室阶段", "Laboratory"),
    PROTOTYPE("小试（样机）阶段", "Prototype"),
    PILOT("中试阶段", "Pilot"),
    INDUSTRIALISED("产业化阶段", "Industrialised");

    private final Names names;

    Maturity(String nameZh, String nameEn) {
        this.names = new Names(nameZh, nameEn);
    }

    @Override
    public Names names() {
        return names;
    }
}
