package cn.kjj.platform.enterprise;

import cn.kjj.platform.common.Named;
import cn.kjj.platform.common.Names;

/** What kind of organisation a registry entry is (单位性质, the natures of the contract registration form); schema check on {@code enterprise.nature}. */
public enum OrganisationNature implements Named.Constant {
    ENTERPRISE("企业", "Enterprise"),
    UNIVERSITY("高等院校", "University"),
    RESEARCH_INSTITUTE("科研机构", "Research institute"),
    MEDICAL_INSTITUTION("医疗卫生机构", "Medical institution"),
    OTHER_PUBLIC_INSTITUTION("其他事业单位", "Other public institution"),
    GOVERNMENT_AGENCY("机关", "Government agency"),
    SOCIAL_ORGANISATION("社会团体", "Social organisation");

    private final Names names;

    OrganisationNature(String nameZh, String nameEn) {
        this.names = new Names(nameZh, nameEn);
    }

    @Override
    public Names names() {
        return names;
    }
}
