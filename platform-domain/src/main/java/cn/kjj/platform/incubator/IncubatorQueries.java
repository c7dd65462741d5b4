package cn.kjj.platform.incubator;

import cn.kjj.platform.audit.AuditTrail;
import cn.kjj.platform.audit.RecordChange;
import cn.kjj.platform.common.AccessDeniedToRecordException;
import cn.kjj.platform.common.NotFoundException;
import cn.kjj.platform.identity.AccountPrincipal;
import cn.kjj.platform.region.RegionDirectory;
import java.util.List;
import java.util.Set;
import org.springframework.data.domain.Page;
import org.springframework.data.domain.Pageable;
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
