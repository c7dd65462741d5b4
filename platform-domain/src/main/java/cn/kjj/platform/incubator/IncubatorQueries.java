package cn.kjj.platform.incubator;

import cn.kjj.platform.audit.AuditTrail;
import cn.kjj.platform.region.RegionScope;
import cn.kjj.platform.registry.RegistryQueries;
import org.springframework.stereotype.Service;

/** Reading incubation carriers within the reader's scope (the shared {@link RegistryQueries}). */
@Service
public class IncubatorQueries extends RegistryQueries<Incubator, IncubatorDetails, IncubatorView> {

    IncubatorQueries(IncubatorRepository incubators, RegionScope scope, AuditTrail trail) {
        super(IncubatorService.REGISTRY, incubators, scope, trail);
    }
}
