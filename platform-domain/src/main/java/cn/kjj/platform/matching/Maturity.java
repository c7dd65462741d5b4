package cn.kjj.platform.matching;

import cn.kjj.platform.common.Name;
import cn.kjj.platform.common.Named;

/** How far an achievement has come (成熟度); the constants are those of the schema's check on {@code achievement.maturity}. */
public enum Maturity implements Named.Constant {
    @Name(zh = "实验室阶段", en = "Laboratory") LABORATORY,
    @Name(zh = "小试（样机）阶段", en = "Prototype") PROTOTYPE,
    @Name(zh = "中试阶段", en = "Pilot") PILOT,
    @Name(zh = "产业化阶段", en = "Industrialised") INDUSTRIALISED;
}
