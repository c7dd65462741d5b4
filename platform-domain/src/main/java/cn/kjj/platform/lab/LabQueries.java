package cn.kjj.platform.lab;

import cn.kjj.platform.audit.AuditTrail;
import cn.kjj.platform.audit.RecordChange;
import cn.kjj.platform.common.AccessDeniedToRecordException;
import cn.kjj.platform.common.NotFoundException;
import cn.kjj.platform.enterprise.Enterprise;
import cn.kjj.platform.enterprise.EnterpriseRepository;
import cn.kjj.platform.identity.AccountPrincipal;
import cn.kjj.platform.region.RegionDirectory;
import java.util.List;
import java.util.Map;
import java.util.Objects;
import java.util.Optional;
import java.util.Set;
import java.util.stream.Collectors;
import org.springframework.data.domain.Page;
import org.springframework.data.domain.Pageable;
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
