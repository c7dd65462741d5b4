package cn.kjj.platform.matching;

import cn.kjj.platform.audit.AuditLog;
import cn.kjj.platform.common.NotFoundException;
import cn.kjj.platform.contract.ReviewClock;
import cn.kjj.platform.enterprise.Enterprise;
import cn.kjj.platform.enterprise.EnterpriseRepository;
import cn.kjj.platform.identity.AccountPrincipal;
import java.time.Clock;
import java.time.Instant;
import java.time.LocalDate;
import java.util.List;
import java.util.Map;
import org.springframework.stereotype.Service;
import org.springframework.transaction.annotation.Transactional;

/**
 * An enterprise publishes, corrects and closes its own technology needs; each change is audited.
 * A demand is kept in its enterprise's region, where that region's officials see it.
 */
@Service
public class DemandService {

    private final DemandRepository demands;
    private final EnterpriseRepository enterprises;
    private final DemandAccess access;
    private final AuditLog audit;
    private final Clock clock;

    DemandService(DemandRepository demands, EnterpriseRepository enterprises, DemandAccess access, AuditLog audit,
                  Clock clock) {
        this.demands = demands;
        this.enterprises = enterprises;
        this.access = access;
        this.audit = audit;
        this.clock = clock;
    }

    @Transactional
    public DemandView publish(AccountPrincipal actor, DemandDetails details) {
        long enterpriseId = access.ownEnterprise(actor);
        Enterprise enterprise = enterprises.findById(enterpriseId)
                .orElseThrow(() -> NotFoundException.of("enterprise", enterpriseId));
        Demand demand = demands.saveAndFlush(new Demand(enterpriseId, enterprise.getRegionCode(), details, today(),
                clock.instant()));
        audit.record("demand.create", "demand", demand.getId(), demand.getRegionCode(), null, demand.getDetails());
        return view(actor, demand);
    }

    /** Replaces every field of an open demand; 412 when {@code expectedVersion} is stale, 409 when closed. */
    @Transactional
    public DemandView update(AccountPrincipal actor, long id, DemandDetails details, Long expectedVersion) {
        Demand demand = access.own(actor, id);
        if (expectedVersion != null) {
            demand.requireVersion(expectedVersion);
        }
        DemandDetails before = demand.getDetails();
        Instant now = clock.instant();
        demand.update(details, today(), now);
        if (!before.equals(demand.getDetails())) {
            demands.saveAndFlush(demand);
            audit.record("demand.update", "demand", id, demand.getRegionCode(), before, demand.getDetails());
        }
        return view(actor, demand);
    }

    /** Closes an open demand (409 when closed already). */
    @Transactional
    public DemandView close(AccountPrincipal actor, long id) {
        Demand demand = access.own(actor, id);
        demand.close(today(), clock.instant());
        demands.saveAndFlush(demand);
        audit.record("demand.close", "demand", id, demand.getRegionCode(), Map.of("status", DemandStatus.OPEN),
                Map.of("status", DemandStatus.CLOSED));
        return view(actor, demand);
    }

    private DemandView view(AccountPrincipal actor, Demand demand) {
        return access.views(actor, List.of(demand)).get(0);
    }

    private LocalDate today() {
        return LocalDate.now(clock.withZone(ReviewClock.ZONE));
    }
}
