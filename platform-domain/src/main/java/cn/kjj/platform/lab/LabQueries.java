package cn.kjj.platform.lab;

import cn.kjj.platform.audit.AuditTrail;
import cn.kjj.platform.enterprise.EnterpriseReferences;
import cn.kjj.platform.region.RegionScope;
import cn.kjj.platform.registry.RegistryQueries;
import org.springframework.stereotype.Service;

/** Reading R&D platforms within the reader's scope (the shared {@link RegistryQueries}). */
@Service
public class LabQueries extends RegistryQueries<Lab, LabDetails, LabView> {

    LabQueries(LabRepository labs, EnterpriseReferences enterprises, RegionScope scope, AuditTrail trail) {
        super(new LabRegistry(enterprises), labs, scope, trail);
    }
}
