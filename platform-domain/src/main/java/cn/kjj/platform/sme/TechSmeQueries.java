package cn.kjj.platform.sme;

import cn.kjj.platform.audit.AuditTrail;
import cn.kjj.platform.enterprise.EnterpriseReferences;
import cn.kjj.platform.region.RegionScope;
import cn.kjj.platform.registry.RegistryQueries;
import org.springframework.stereotype.Service;

/** Reading technology SMEs within the reader's scope (the shared {@link RegistryQueries}). */
@Service
public class TechSmeQueries extends RegistryQueries<TechSme, TechSmeDetails, TechSmeView> {

    TechSmeQueries(TechSmeRepository smes, EnterpriseReferences enterprises, RegionScope scope, AuditTrail trail) {
        super(new TechSmeRegistry(enterprises, smes), smes, scope, trail);
    }
}
