package cn.kjj.platform.lab;

import cn.kjj.platform.common.Named;
import cn.kjj.platform.common.Names;

/** Kinds of R&D platform (研发平台); the constants are those of the schema's check on {@code lab.kind}. */
public enum LabKind implements Named.Constant {
    KEY_LABORATORY("重点实验室", "Key laboratory"),
    ENGINEERING_TECHNOLOGY_CENTER("工程技术研究中心", "Engineering technology research centre"),
    NEW_RD_INSTITUTION("新型研发机构", "New R&D institution"),
    ENTERPRISE_RD_CENTER("企业研发中心", "Enterprise R&D centre"),
    ACADEMICIAN_WORKSTATION("院士工作站", "Academician workstation"),
    POSTDOCTORAL_WORKSTATION("博士后工作站", "Postdoctoral workstation");

    private final Names names;

    LabKind(String nameZh, String nameEn) {
        this.names = new Names(nameZh, nameEn);
    }

    @Override
    public Names names() {
        return names;
    }
}
