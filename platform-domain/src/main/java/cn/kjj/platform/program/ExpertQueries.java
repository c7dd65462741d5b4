package cn.kjj.platform.program;

import cn.kjj.platform.audit.AuditTrail;
import cn.kjj.platform.region.RegionScope;
import cn.kjj.platform.registry.RegistryQueries;
import org.springframework.stereotype.Service;

/** Reading experts within the reader's scope (the shared {@link RegistryQueries}). */
@Service
public class ExpertQueries extends RegistryQueries<Expert, ExpertDetails, ExpertView> {

    ExpertQueries(ExpertRepository experts, RegionScope scope, AuditTrail trail) {
        super(ExpertService.REGISTRY, experts, scope, trail);
    }
}
