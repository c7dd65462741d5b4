package cn.kjj.platform.identity;

import java.util.Arrays;

/** What a person may do on the platform. */
public enum Role {
    /** Everything, including accounts. */
    ADMIN,
    /** A bureau official, scoped to a region and the regions below it. */
    OFFICIAL,
    /** A clerk of one enterprise: its own contracts and records only. */
    ENTERPRISE,
    /** Read-only: registries and indicators, never attachments or personal data. */
    ANALYST,
    /**
     * An expert of the registry (评审专家): reads and scores only the reviews assigned to him, nothing
     * else; a role of its own, never combined with another (decision 0042).
     */
    EXPERT;

    /**
     * The names of the roles that use the platform's records: every role but {@link #EXPERT}, whose
     * accounts see only their own reviews (decision 0042). What "signed in" means in both security chains.
     */
    public static String[] recordRoleNames() {
        return Arrays.stream(values()).filter(role -> role != EXPERT).map(Enum::name).toArray(String[]::new);
    }

    /** The Spring Security authority name, e.g. {@code ROLE_OFFICIAL}. */
    public String authority() {
        return "ROLE_" + name();
    }
}
