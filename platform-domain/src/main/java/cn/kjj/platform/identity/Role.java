package cn.kjj.platform.identity;

/** What a person may do on the platform. */
public enum Role {
    /** Everything, including accounts. */
    ADMIN,
    /** A bureau official, scoped to a region and the regions below it. */
    OFFICIAL,
    /** A clerk of one enterprise: its own contracts and records only. */
    ENTERPRISE,
    /** Read-only: registries and indicators, never attachments or personal data. */
    ANALYST;

    /** The Spring Security authority name, e.g. {@code ROLE_OFFICIAL}. */
    public String authority() {
        return "ROLE_" + name();
    }
}
