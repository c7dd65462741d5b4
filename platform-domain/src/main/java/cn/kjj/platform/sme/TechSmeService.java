package cn.kjj.platform.sme;

import cn.kjj.platform.audit.AuditLog;
import cn.kjj.platform.enterprise.Enterprise;
import cn.kjj.platform.enterprise.EnterpriseReferences;
import cn.kjj.platform.enterprise.EnterpriseRepository;
import cn.kjj.platform.identity.AccountPrincipal;
import cn.kjj.platform.region.RegionScope;
import cn.kjj.platform.registry.RegistryService;
import java.time.Clock;
import org.springframework.stereotype.Service;

/**
 * Recording technology SMEs (the shared {@link RegistryService}); a registration is kept in its
 * enterprise's district.
 */
@Service
public class TechSmeService extends RegistryService<TechSme, TechSmeDetails, TechSmeView> {

    private final EnterpriseRepository enterprises;

    TechSmeService(TechSmeRepository smes, EnterpriseReferences references, EnterpriseRepository enterprises,
                   RegionScope scope, AuditLog audit, Clock clock) {
        super(new TechSmeRegistry(references, smes), smes, scope, audit, clock);
        this.enterprises = enterprises;
    }

    @Override
    protected TechSmeDetails checked(AccountPrincipal actor, TechSmeDetails details) {
        String region = details.enterpriseId() == null ? null
                : enterprises.findById(details.enterpriseId()).map(Enterprise::getRegionCode).orElse(null);
        return super.checked(actor, details.in(region));
    }
}
