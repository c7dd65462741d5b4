package cn.kjj.platform.enterprise;

import cn.kjj.platform.common.Name;
import cn.kjj.platform.common.Named;

/** What kind of organisation a registry entry is (单位性质, the natures of the contract registration form); schema check on {@code enterprise.nature}. */
public enum OrganisationNature implements Named.Constant {
    @Name(zh = "企业", en = "Enterprise") ENTERPRISE,
    @Name(zh = "高等院校", en = "University") UNIVERSITY,
    @Name(zh = "科研机构", en = "Research institute") RESEARCH_INSTITUTE,
    @Name(zh = "医疗卫生机构", en = "Medical institution") MEDICAL_INSTITUTION,
    @Name(zh = "其他事业单位", en = "Other public institution") OTHER_PUBLIC_INSTITUTION,
    @Name(zh = "机关", en = "Government agency") GOVERNMENT_AGENCY,
    @Name(zh = "社会团体", en = "Social organisation") SOCIAL_ORGANISATION;
}
