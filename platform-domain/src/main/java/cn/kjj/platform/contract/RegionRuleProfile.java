package cn.kjj.platform.contract;

import jakarta.persistence.Column;
import jakarta.persistence.Entity;
import jakarta.persistence.EnumType;
import jakarta.persistence.Enumerated;
import jakarta.persistence.Id;
import jakarta.persistence.Table;
import java.time.Instant;

/** The rule profile a registering office has chosen (table {@code contract_rule_region}); none means the default. */
@Entity
@Table(name = "contract_rule_region")
class RegionRuleProfile {

    @Id
    @Column(name = "region_code", length = 6)
    private String regionCode;

    @Enumerated(EnumType.STRING)
    @Column(name = "profile", nullable = false, length = 20)
    private RuleProfile profile;

    @Column(name = "updated_at", nullable = false)
    private Instant updatedAt;

    protected RegionRuleProfile() {
        // for JPA
    }

    RegionRuleProfile(String regionCode) {
        this.regionCode = regionCode;
    }

    void choose(RuleProfile chosen, Instant now) {
        profile = chosen;
        updatedAt = now;
    }

    RuleProfile getProfile() {
        return profile;
    }
}
