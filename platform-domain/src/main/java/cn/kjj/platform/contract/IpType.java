package cn.kjj.platform.contract;

import cn.kjj.platform.common.Named;
import cn.kjj.platform.common.Names;

/** The intellectual-property type of a contract's object (知识产权类型, registration form); schema check on {@code technology_contract.ip_type}. */
public enum IpType implements Named.Constant {
    PATENT("专利", "Patent"),
    PATENT_APPLICATION("专利申请", "Patent application"),
    SOFTWARE_COPYRIGHT("计算机软件著作权", "Software copyright"),
    IC_LAYOUT("集成电路布图设计", "Integrated circuit layout design"),
    PLANT_VARIETY("植物新品种", "New plant variety"),
    BIOMEDICAL_VARIETY("生物医药新品种", "New biomedical variety"),
    TECHNICAL_SECRET("技术秘密", "Technical secret"),
    NONE("未涉及知识产权", "No intellectual property");

    private final Names names;

    IpType(String nameZh, String nameEn) {
        this.names = new Names(nameZh, nameEn);
    }

    @Override
    public Names names() {
        return names;
    }
}
