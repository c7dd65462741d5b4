package cn.kjj.platform.matching;

import cn.kjj.platform.common.AccessDeniedToRecordException;
import cn.kjj.platform.common.NotFoundException;
import cn.kjj.platform.enterprise.Enterprise;
import cn.kjj.platform.enterprise.EnterpriseRepository;
import cn.kjj.platform.identity.AccountPrincipal;
import cn.kjj.platform.region.RegionScope;
import cn.kjj.platform.region.Regions;
import java.util.Collection;
import java.util.List;
import java.util.Map;
import java.util.function.Function;
import java.util.stream.Collectors;
import org.springframework.stereotype.Component;

/**
 * Who sees and changes a demand: its enterprise its own (another enterprise's is 404), officials
 * their region's, administrators and analysts every region's; only its enterprise changes it.
 */
@Component
record DemandAccess(DemandRepository demands, EnterpriseRepository enterprises, RegionScope scope) {

    /** The regions whose demands the reader sees besides its own enterprise's. */
    Regions regions(AccountPrincipal reader) {
        return reader.actsForEnterprise() ? Regions.EVERY : scope.readable(reader);
    }

    /** The enterprise whose demands alone the reader sees; null for the staff. */
    Long enterprise(AccountPrincipal reader) {
        return reader.actsForEnterprise() ? ownEnterprise(reader) : null;
    }

    boolean canRead(AccountPrincipal reader, Demand demand) {
        return reader.actsForEnterprise() ? demand.getEnterpriseId().equals(reader.enterpriseId())
                : scope.canRead(reader, demand.getRegionCode());
    }

    Demand readable(AccountPrincipal reader, long id) {
        return demands.findById(id).filter(d -> canRead(reader, d))
                .orElseThrow(() -> NotFoundException.of("demand", id));
    }

    /** The reader's own demand: 404 for any other, 403 for a role that publishes none. */
    Demand own(AccountPrincipal actor, long id) {
        Demand demand = readable(actor, id);
        if (!actor.actsForEnterprise()) {
            throw notPublisher();
        }
        return demand;
    }

    long ownEnterprise(AccountPrincipal actor) {
        if (!actor.actsForEnterprise() || actor.enterpriseId() == null) {
            throw notPublisher();
        }
        return actor.enterpriseId();
    }

    boolean isOwn(AccountPrincipal reader, Demand demand) {
        return reader.actsForEnterprise() && demand.getEnterpriseId().equals(reader.enterpriseId());
    }

    /** The views of the demands, with their enterprises' names read at once. */
    List<DemandView> views(AccountPrincipal reader, Collection<Demand> list) {
        Map<Long, String> names = enterprises.findAllById(list.stream().map(Demand::getEnterpriseId).distinct()
                .toList()).stream().collect(Collectors.toMap(Enterprise::getId, Enterprise::getName));
        return list.stream().map(d -> DemandView.of(d, names.get(d.getEnterpriseId()), isOwn(reader, d))).toList();
    }

    Map<Long, Demand> byId(Collection<Long> ids) {
        return demands.findAllById(ids).stream().collect(Collectors.toMap(Demand::getId, Function.identity()));
    }

    private static AccessDeniedToRecordException notPublisher() {
        return new AccessDeniedToRecordException("error.demand.enterpriseOnly",
                "technology needs are published by enterprises, each its own");
    }
}
