package cn.kjj.platform.contract;

import cn.kjj.platform.common.Named;
import cn.kjj.platform.common.Names;

/** Subtypes of technology contracts; which ones a type admits is {@link ContractType#allowedSubtypes()}. */
public enum ContractSubtype implements Named.Constant {
    COMMISSIONED("委托开发", "Commissioned development"),
    COOPERATIVE("合作开发", "Cooperative development"),
    PATENT("专利", "Patent"),
    PATENT_APPLICATION("专利申请权", "Patent application right"),
    TECHNICAL_SECRET("技术秘密", "Technical secret"),
    SOFTWARE_COPYRIGHT("计算机软件著作权", "Software copyright"),
    IC_LAYOUT("集成电路布图设计", "Integrated circuit layout design"),
    PLANT_VARIETY("植物新品种", "New plant variety"),
    OTHER("其他", "Other"),
    GENERAL("一般技术服务", "General technical service"),
    TRAINING("技术培训", "Technical training"),
    INTERMEDIARY("技术中介", "Technical intermediary");

    private final Names names;

    ContractSubtype(String nameZh, String nameEn) {
        this.names = new Names(nameZh, nameEn);
    }

    @Override
    public Names names() {
        return names;
    }
}
