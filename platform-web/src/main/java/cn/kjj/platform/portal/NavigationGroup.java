package cn.kjj.platform.portal;

/**
 * The groups of the portal's main navigation, in the order the header shows them. A group shows
 * only when the signed-in person may open at least one of its entries, so a group that no page
 * uses yet (cultivation, supply and demand) shows for no one. Each label key is in both messages
 * files.
 */
public enum NavigationGroup {

    /** Links that stand in the bar by themselves, before the groups: home. */
    NONE(null),
    /** Technology contract registration: the contracts and the officials' review queue. */
    REGISTRATION("nav.group.registration"),
    /** The registries of innovation actors and the regional statistics. */
    REGISTRIES("nav.group.registries"),
    /** Cultivation of enterprises (technology SMEs, high-tech applications). */
    CULTIVATION("nav.group.cultivation"),
    /** Programs, their calls, applications and awards. */
    PROGRAMS("nav.group.programs"),
    /** Technology supply and demand (achievements, demands). */
    SUPPLY_AND_DEMAND("nav.group.supplyAndDemand"),
    /** Indicators, the dashboard and the reports. */
    INDICATORS("nav.group.indicators"),
    /** Accounts, the audit trail, imports. */
    ADMINISTRATION("nav.group.administration"),
    /** One's own account: password, API tokens, the API documentation. */
    ACCOUNT("nav.group.account");

    private final String labelKey;

    NavigationGroup(String labelKey) {
        this.labelKey = labelKey;
    }

    /** The message key of the group's name; null for {@link #NONE}. */
    public String labelKey() {
        return labelKey;
    }
}
