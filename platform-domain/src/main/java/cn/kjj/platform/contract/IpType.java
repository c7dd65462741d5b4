package cn.kjj.platform.contract;

import cn.kjj.platform.common.Name;
import cn.kjj.platform.common.Named;

/** The intellectual-property type of a contract's object (知识产权类型, registration form); schema check on {@code technology_contract.ip_type}. */
public enum IpType implements Named.Constant {
    @Name(zh = "专利", en = "Patent") PATENT,
    @Name(zh = "专利申请", en = "Patent application") PATENT_APPLICATION,
    @Name(zh = "计算机软件著作权", en = "Software copyright") SOFTWARE_COPYRIGHT,
    @Name(zh = "集成电路布图设计", en = "Integrated circuit layout design") IC_LAYOUT,
    @Name(zh = "植物新品种", en = "New plant variety") PLANT_VARIETY,
    @Name(zh = "生物医药新品种", en = "New biomedical variety") BIOMEDICAL_VARIETY,
    @Name(zh = "技术秘密", en = "Technical secret") TECHNICAL_SECRET,
    @Name(zh = "未涉及知识产权", en = "No intellectual property") NONE;
}
