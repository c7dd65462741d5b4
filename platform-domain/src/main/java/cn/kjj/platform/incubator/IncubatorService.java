package cn.kjj.platform.incubator;

import cn.kjj.platform.audit.AuditLog;
import cn.kjj.platform.region.RegionScope;
import cn.kjj.platform.registry.RegistryService;
import java.time.Clock;
import org.springframework.stereotype.Service;

/** Registering and correcting incubation carriers (the shared {@link RegistryService}). */
@Service
public class IncubatorService extends RegistryService<Incubator, IncubatorDetails, IncubatorView> {

    IncubatorService(IncubatorRepository incubators, RegionScope scope, AuditLog audit, Clock clock) {
        super(IncubatorRegistry.INSTANCE, incubators, scope, audit, clock);
    }
}
