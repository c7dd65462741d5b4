package cn.kjj.platform.incubator;

import cn.kjj.platform.audit.AuditLog;
import cn.kjj.platform.common.FieldErrors;
import cn.kjj.platform.common.NotFoundException;
import cn.kjj.platform.identity.AccountPrincipal;
import java.time.Clock;
import java.time.Instant;
import org.springframework.stereotype.Service;
import org.springframework.transaction.annotation.Transactional;

/**
 * Registering and correcting incubation carriers. Every change writes the carrier and its audit
 * event in one transaction; a stale {@code expectedVersion} is 412. Carriers are never deleted:
 * the indicators of past years count them.
 */
@Service
public class IncubatorService {

    static final String ENTITY = "incubator";

    private final IncubatorRepository incubators;
    private final IncubatorAccess access;
    private final AuditLog audit;
    private final Clock clock;

    IncubatorService(IncubatorRepository incubators, IncubatorAccess access, AuditLog audit, Clock clock) {
        this.incubators = incubators;
        this.access = access;
        this.audit = audit;
        this.clock = clock;
    }

    @Transactional
    public IncubatorView create(AccountPrincipal actor, IncubatorDetails details) {
        access.requireWriter(actor);
        IncubatorDetails checked = checked(actor, details);
        Incubator incubator = incubators.saveAndFlush(new Incubator(checked, clock.instant()));
        audit.record(ENTITY + ".create", ENTITY, incubator.getId(), incubator.getRegionCode(), null, checked);
        return IncubatorView.of(incubator, true);
    }

    /** Replaces every field, as {@code PUT} does; unchanged details change nothing. */
    @Transactional
    public IncubatorView update(AccountPrincipal actor, long id, IncubatorDetails details, Long expectedVersion) {
        Incubator incubator = incubators.findById(id)
                .filter(i -> access.canRead(actor, i.getRegionCode()))
                .orElseThrow(() -> NotFoundException.of(ENTITY, id));
        access.requireWriter(actor);
        if (!access.canWrite(actor, incubator.getRegionCode())) {
            throw NotFoundException.of(ENTITY, id);
        }
        if (expectedVersion != null) {
            incubator.requireVersion(expectedVersion);
        }
        IncubatorDetails checked = checked(actor, details);
        IncubatorDetails before = incubator.getDetails();
        if (before.equals(checked)) {
            return IncubatorView.of(incubator, true);
        }
        Instant now = clock.instant();
        incubator.update(checked, now);
        incubators.saveAndFlush(incubator);
        audit.record(ENTITY + ".update", ENTITY, id, incubator.getRegionCode(), before, checked);
        return IncubatorView.of(incubator, true);
    }

    /** Every broken rule at once: the details' own and whether the region may be used. */
    private IncubatorDetails checked(AccountPrincipal actor, IncubatorDetails details) {
        FieldErrors errors = new FieldErrors();
        IncubatorDetails checked = errors.check(details::validated);
        access.checkWritableRegion(errors, actor, details.regionCode());
        errors.throwIfAny();
        return checked;
    }
}
