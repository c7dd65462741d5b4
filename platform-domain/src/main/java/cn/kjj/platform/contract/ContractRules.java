package cn.kjj.platform.contract;

import cn.kjj.platform.audit.AuditLog;
import cn.kjj.platform.common.AccessDeniedToRecordException;
import cn.kjj.platform.common.FieldErrors;
import cn.kjj.platform.common.InvalidInputException;
import cn.kjj.platform.identity.AccountPrincipal;
import cn.kjj.platform.identity.Role;
import cn.kjj.platform.region.RegionDirectory;
import cn.kjj.platform.region.RegionLevel;
import cn.kjj.platform.region.RegionView;
import java.math.BigDecimal;
import java.time.Clock;
import java.util.Arrays;
import java.util.List;
import java.util.Map;
import org.springframework.stereotype.Service;
import org.springframework.transaction.annotation.Transactional;

/**
 * Which {@link RuleProfile} each registering office works under: every signed-in person may read
 * it, an administrator chooses it (audited). A change applies to later submissions; a contract
 * already submitted keeps its profile and its due date.
 */
@Service
public class ContractRules {

    public static final String REGION_FIELD = "region";
    public static final String PROFILE_FIELD = "profile";

    private final RegionRuleProfileRepository chosen;
    private final RegionDirectory regions;
    private final AuditLog audit;
    private final Clock clock;

    ContractRules(RegionRuleProfileRepository chosen, RegionDirectory regions, AuditLog audit, Clock clock) {
        this.chosen = chosen;
        this.regions = regions;
        this.audit = audit;
        this.clock = clock;
    }

    /** An office's rules as the API shows them (api.md "Rule profiles"). */
    public record Rules(String region, RuleProfile profile, int reviewDays, RuleProfile.DayKind dayKind,
                        RuleProfile.LargeBasis largeBasis, BigDecimal largeThreshold, int largeReviewDays) {

        static Rules of(String region, RuleProfile p) {
            return new Rules(region, p, p.reviewDays(), p.dayKind(), p.largeBasis(), p.largeThreshold(),
                    p.largeReviewDays());
        }
    }

    /** The profile of the office of {@code regionCode}; the default where none was chosen. */
    @Transactional(readOnly = true)
    public RuleProfile profileOf(String regionCode) {
        return chosen.findById(regionCode).map(RegionRuleProfile::getProfile).orElse(RuleProfile.DEFAULT);
    }

    @Transactional(readOnly = true)
    public Rules rules(String regionCode) {
        String region = known(regionCode);
        return Rules.of(region, profileOf(region));
    }

    /** Every district's rules, for the administrators' page. */
    @Transactional(readOnly = true)
    public Map<RegionView, Rules> districts() {
        Map<RegionView, Rules> all = new java.util.LinkedHashMap<>();
        regions.all().stream().filter(r -> r.level() == RegionLevel.DISTRICT)
                .forEach(r -> all.put(r, Rules.of(r.code(), profileOf(r.code()))));
        return all;
    }

    /** An administrator chooses the office's profile; an unknown region or profile is 400. */
    @Transactional
    public Rules choose(AccountPrincipal actor, String regionCode, String profileCode) {
        if (!actor.has(Role.ADMIN)) {
            throw new AccessDeniedToRecordException("error.contract.rules.adminOnly",
                    "only an administrator may choose a rule profile");
        }
        String region = known(regionCode);
        RuleProfile profile = profile(profileCode);
        RegionRuleProfile row = chosen.findById(region).orElseGet(() -> new RegionRuleProfile(region));
        RuleProfile before = row.getProfile() == null ? RuleProfile.DEFAULT : row.getProfile();
        row.choose(profile, clock.instant());
        chosen.save(row);
        audit.record("contract.rules.choose", "contract_rules", region, region, Map.of(PROFILE_FIELD, before),
                Map.of(PROFILE_FIELD, profile));
        return Rules.of(region, profile);
    }

    /** The named profiles, in the order the page offers them. */
    public static List<RuleProfile> profiles() {
        return Arrays.asList(RuleProfile.values());
    }

    private String known(String regionCode) {
        String code = regionCode == null ? null : regionCode.strip();
        if (code == null || code.isEmpty()) {
            throw InvalidInputException.forField(REGION_FIELD, "error.field.required", "is required");
        }
        if (regions.find(code).isEmpty()) {
            throw InvalidInputException.forField(REGION_FIELD, "error.region.unknown", "unknown region " + code);
        }
        return code;
    }

    private static RuleProfile profile(String code) {
        FieldErrors errors = new FieldErrors();
        RuleProfile profile = errors.constant(PROFILE_FIELD, RuleProfile.class, code, true,
                "error.contract.rules.unknownProfile");
        errors.throwIfAny();
        return profile;
    }
}
