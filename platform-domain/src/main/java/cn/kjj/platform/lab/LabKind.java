package cn.kjj.platform.lab;

import cn.kjj.platform.common.Name;
import cn.kjj.platform.common.Named;

/** Kinds of R&D platform (研发平台); the constants are those of the schema's check on {@code lab.kind}. */
public enum LabKind implements Named.Constant {
    @Name(zh = "重点实验室", en = "Key laboratory") KEY_LABORATORY,
    @Name(zh = "工程技术研究中心", en = "Engineering technology research centre") ENGINEERING_TECHNOLOGY_CENTER,
    @Name(zh = "新型研发机构", en = "New R&D institution") NEW_RD_INSTITUTION,
    @Name(zh = "企业研发中心", en = "Enterprise R&D centre") ENTERPRISE_RD_CENTER,
    @Name(zh = "院士工作站", en = "Academician workstation") ACADEMICIAN_WORKSTATION,
    @Name(zh = "博士后工作站", en = "Postdoctoral workstation") POSTDOCTORAL_WORKSTATION;
}
