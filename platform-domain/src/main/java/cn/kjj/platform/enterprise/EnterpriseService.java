package cn.kjj.platform.enterprise;

import cn.kjj.platform.audit.AuditLog;
import cn.kjj.platform.common.ConflictException;
import cn.kjj.platform.common.FieldErrors;
import cn.kjj.platform.identity.AccountPrincipal;
import cn.kjj.platform.region.RegionDirectory;
import cn.kjj.platform.region.RegionLevel;
import cn.kjj.platform.region.RegionView;
import java.time.Clock;
import java.util.Optional;
import org.springframework.dao.DataIntegrityViolationException;
import org.springframework.stereotype.Service;
import org.springframework.transaction.annotation.Transactional;

/**
 * Entering and correcting enterprise records. Every change writes the record and its audit
 * event in one transaction. Checks run in the order a reader expects: not found or out of
 * scope (404), not allowed (403), stale copy (412), wrong fields (400), duplicate (409).
 */
@Service
public class EnterpriseService {

    private final EnterpriseRepository enterprises;
    private final EnterpriseAccess access;
    private final EnterpriseQueries queries;
    private final RegionDirectory regions;
    private final AuditLog audit;
    private final HighTechRollup highTech;
    private final Clock clock;

    EnterpriseService(EnterpriseRepository enterprises, EnterpriseAccess access, EnterpriseQueries queries,
                      RegionDirectory regions, AuditLog audit, HighTechRollup highTech, Clock clock) {
        this.enterprises = enterprises;
        this.access = access;
        this.queries = queries;
        this.regions = regions;
        this.audit = audit;
        this.highTech = highTech;
        this.clock = clock;
    }

    @Transactional
    public EnterpriseView create(AccountPrincipal actor, EnterpriseDetails details) {
        access.requireMayCreate(actor);
        EnterpriseDetails checked = checked(actor, details);
        if (enterprises.existsByCreditCode(checked.creditCode())) {
            throw duplicate(checked.creditCode());
        }
        Enterprise enterprise = new Enterprise(checked, clock.instant());
        try {
            enterprise = enterprises.saveAndFlush(enterprise);
        } catch (DataIntegrityViolationException e) {
            throw duplicateOr(e, checked.creditCode());
        }
        audit.record("enterprise.create", EnterpriseQueries.ENTERPRISE, enterprise.getId(),
                enterprise.getRegionCode(), null, enterprise.getDetails());
        return queries.view(actor, enterprise);
    }

    /** Replaces every field, as {@code PUT} does; {@code expectedVersion} (If-Match) may be null. */
    @Transactional
    public EnterpriseView update(AccountPrincipal actor, long id, EnterpriseDetails details, Long expectedVersion) {
        Enterprise enterprise = access.requireReadable(actor, enterprises.findById(id).orElse(null), id);
        access.requireWritable(actor, enterprise);
        if (expectedVersion != null) {
            enterprise.requireVersion(expectedVersion);
        }
        EnterpriseDetails checked = checked(actor, details);
        if (enterprises.existsByCreditCodeAndIdNot(checked.creditCode(), id)) {
            throw duplicate(checked.creditCode());
        }
        EnterpriseDetails before = enterprise.getDetails();
        enterprise.update(checked, clock.instant());
        try {
            enterprises.saveAndFlush(enterprise);
        } catch (DataIntegrityViolationException e) {
            throw duplicateOr(e, checked.creditCode());
        }
        if (!before.regionCode().equals(enterprise.getRegionCode())) {
            // an enterprise's certificates count in its current district
            highTech.recompute(java.util.List.of(id));
        }
        audit.record("enterprise.update", EnterpriseQueries.ENTERPRISE, id, enterprise.getRegionCode(), before,
                enterprise.getDetails());
        return queries.view(actor, enterprise);
    }

    /**
     * The details' own rules, and the region: a known district (where records are kept, so that
     * a city's figures are the sum of its districts'), within the actor's region. All at once.
     */
    private EnterpriseDetails checked(AccountPrincipal actor, EnterpriseDetails details) {
        FieldErrors errors = new FieldErrors();
        EnterpriseDetails valid = errors.check(details::validated);
        String code = details.regionCode() == null ? null : details.regionCode().strip();
        if (code != null && EnterpriseDetails.REGION_CODE.matcher(code).matches()) {
            Optional<RegionView> region = regions.find(code);
            if (region.isEmpty()) {
                errors.add("regionCode", "error.region.unknown", "no such region code");
            } else if (region.get().level() != RegionLevel.DISTRICT) {
                errors.add("regionCode", "error.enterprise.regionNotDistrict",
                        "must be a district (enterprises are registered in districts)");
            } else if (!access.canWrite(actor, code)) {
                errors.add("regionCode", "error.enterprise.regionOutOfScope", "must lie within your region");
            }
        }
        errors.throwIfAny();
        return valid;
    }

    private static RuntimeException duplicateOr(DataIntegrityViolationException e, String creditCode) {
        String message = String.valueOf(e.getMostSpecificCause().getMessage());
        return message.contains("enterprise_credit_code_key") ? duplicate(creditCode) : e;
    }

    static ConflictException duplicate(String creditCode) {
        return new ConflictException("error.enterprise.creditCode.duplicate",
                "an enterprise with credit code " + creditCode + " is already registered", creditCode);
    }
}
