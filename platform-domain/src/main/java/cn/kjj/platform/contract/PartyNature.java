package cn.kjj.platform.contract;

import cn.kjj.platform.common.Named;
import cn.kjj.platform.common.Names;
import cn.kjj.platform.enterprise.OrganisationNature;

/**
 * The nature of a contract party as the registration form (技术合同登记表) records it: the
 * organisation natures of {@link cn.kjj.platform.enterprise.OrganisationNature} plus a natural
 * person and an organisation abroad. Schema check on {@code technology_contract.buyer_nature}.
 */
public enum PartyNature implements Named.Constant {
    ENTERPRISE(OrganisationNature.ENTERPRISE),
    UNIVERSITY(OrganisationNature.UNIVERSITY),
    RESEARCH_INSTITUTE(OrganisationNature.RESEARCH_INSTITUTE),
    MEDICAL_INSTITUTION(OrganisationNature.MEDICAL_INSTITUTION),
    OTHER_PUBLIC_INSTITUTION(OrganisationNature.OTHER_PUBLIC_INSTITUTION),
    GOVERNMENT_AGENCY(OrganisationNature.GOVERNMENT_AGENCY),
    SOCIAL_ORGANISATION(OrganisationNature.SOCIAL_ORGANISATION),
    INDIVIDUAL(new Names("个人", "Individual")),
    FOREIGN(new Names("境外组织", "Organisation abroad"));

    private final Names names;

    PartyNature(OrganisationNature nature) {
        this(nature.names());
    }

    PartyNature(Names names) {
        this.names = names;
    }

    @Override
    public Names names() {
        return names;
    }
}
