package cn.kjj.platform.lab;

import cn.kjj.platform.audit.AuditLog;
import cn.kjj.platform.common.FieldErrors;
import cn.kjj.platform.common.NotFoundException;
import cn.kjj.platform.enterprise.Enterprise;
import cn.kjj.platform.enterprise.EnterpriseRepository;
import cn.kjj.platform.identity.AccountPrincipal;
import java.time.Clock;
import org.springframework.stereotype.Service;
import org.springframework.transaction.annotation.Transactional;

/**
 * Registering and correcting R&D platforms. Every change writes the platform and its audit event
 * in one transaction; a stale {@code expectedVersion} is 412. A host enterprise must exist and, for
 * an official, lie in its region. Platforms are never deleted: the indicators of past years count
 * them.
 */
@Service
public class LabService {

    static final String ENTITY = "lab";

    private final LabRepository labs;
    private final EnterpriseRepository enterprises;
    private final LabAccess access;
    private final AuditLog audit;
    private final Clock clock;

    LabService(LabRepository labs, EnterpriseRepository enterprises, LabAccess access, AuditLog audit, Clock clock) {
        this.labs = labs;
        this.enterprises = enterprises;
        this.access = access;
        this.audit = audit;
        this.clock = clock;
    }

    @Transactional
    public LabView create(AccountPrincipal actor, LabDetails details) {
        access.requireWriter(actor);
        Checked checked = checked(actor, details);
        Lab lab = labs.saveAndFlush(new Lab(checked.details(), clock.instant()));
        audit.record(ENTITY + ".create", ENTITY, lab.getId(), lab.getRegionCode(), null, checked.details());
        return LabView.of(lab, checked.host(), true);
    }

    /** Replaces every field, as {@code PUT} does; unchanged details change nothing. */
    @Transactional
    public LabView update(AccountPrincipal actor, long id, LabDetails details, Long expectedVersion) {
        Lab lab = labs.findById(id)
                .filter(l -> access.canRead(actor, l.getRegionCode()))
                .orElseThrow(() -> NotFoundException.of(ENTITY, id));
        access.requireWriter(actor);
        if (!access.canWrite(actor, lab.getRegionCode())) {
            throw NotFoundException.of(ENTITY, id);
        }
        if (expectedVersion != null) {
            lab.requireVersion(expectedVersion);
        }
        Checked checked = checked(actor, details);
        LabDetails before = lab.getDetails();
        if (!before.equals(checked.details())) {
            lab.update(checked.details(), clock.instant());
            labs.saveAndFlush(lab);
            audit.record(ENTITY + ".update", ENTITY, id, lab.getRegionCode(), before, checked.details());
        }
        return LabView.of(lab, checked.host(), true);
    }

    /** Every broken rule at once: the details' own, the region and the host enterprise. */
    private Checked checked(AccountPrincipal actor, LabDetails details) {
        FieldErrors errors = new FieldErrors();
        LabDetails checked = errors.check(details::validated);
        access.checkWritableRegion(errors, actor, details.regionCode());
        LabView.Host hostView = null;
        if (details.hostEnterpriseId() != null) {
            Enterprise host = enterprises.findById(details.hostEnterpriseId())
                    .filter(e -> access.mayUseEnterprise(actor, e.getRegionCode()))
                    .orElse(null);
            if (host == null) {
                errors.add("hostEnterpriseId", "error.enterprise.unknown",
                        "no enterprise " + details.hostEnterpriseId() + " in your region");
            } else {
                hostView = new LabView.Host(host.getName(), host.getCreditCode());
            }
        }
        errors.throwIfAny();
        return new Checked(checked, hostView);
    }

    private record Checked(LabDetails details, LabView.Host host) {
    }
}
