package cn.kjj.platform.lab;

import cn.kjj.platform.audit.AuditLog;
import cn.kjj.platform.enterprise.EnterpriseReferences;
import cn.kjj.platform.region.RegionScope;
import cn.kjj.platform.registry.RegistryService;
import java.time.Clock;
import org.springframework.stereotype.Service;

/** Registering and correcting R&D platforms (the shared {@link RegistryService}). */
@Service
public class LabService extends RegistryService<Lab, LabDetails, LabView> {

    LabService(LabRepository labs, EnterpriseReferences enterprises, RegionScope scope, AuditLog audit, Clock clock) {
        super(new LabRegistry(enterprises), labs, scope, audit, clock);
    }
}
