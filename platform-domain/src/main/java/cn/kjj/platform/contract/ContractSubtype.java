package cn.kjj.platform.contract;

import cn.kjj.platform.common.Name;
import cn.kjj.platform.common.Named;

/** Subtypes of technology contracts; which ones a type admits is {@link ContractType#allowedSubtypes()}. */
public enum ContractSubtype implements Named.Constant {
    @Name(zh = "委托开发", en = "Commissioned development") COMMISSIONED,
    @Name(zh = "合作开发", en = "Cooperative development") COOPERATIVE,
    @Name(zh = "专利", en = "Patent") PATENT,
    @Name(zh = "专利申请权", en = "Patent application right") PATENT_APPLICATION,
    @Name(zh = "技术秘密", en = "Technical secret") TECHNICAL_SECRET,
    @Name(zh = "计算机软件著作权", en = "Software copyright") SOFTWARE_COPYRIGHT,
    @Name(zh = "集成电路布图设计", en = "Integrated circuit layout design") IC_LAYOUT,
    @Name(zh = "植物新品种", en = "New plant variety") PLANT_VARIETY,
    @Name(zh = "其他", en = "Other") OTHER,
    @Name(zh = "一般技术服务", en = "General technical service") GENERAL,
    @Name(zh = "技术培训", en = "Technical training") TRAINING,
    @Name(zh = "技术中介", en = "Technical intermediary") INTERMEDIARY;
}
