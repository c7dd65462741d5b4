package cn.kjj.platform.sme;

import cn.kjj.platform.audit.AuditTrail;
import cn.kjj.platform.enterprise.EnterpriseReferences;
import cn.kjj.platform.region.RegionScope;
import cn.kjj.platform.registry.RegistryQueries;
import java.util.List;
import org.springframework.stereotype.Service;
import org.springframework.transaction.annotation.Transactional;

/** Reading technology SMEs within the reader's scope (the shared {@link RegistryQueries}). */
@Service
public class TechSmeQueries extends RegistryQueries<TechSme, TechSmeDetails, TechSmeView> {

    private final TechSmeRepository smes;
    private final EnterpriseReferences enterprises;

    TechSmeQueries(TechSmeRepository smes, EnterpriseReferences enterprises, RegionScope scope, AuditTrail trail) {
        super(new TechSmeRegistry(enterprises, smes), smes, scope, trail);
        this.smes = smes;
        this.enterprises = enterprises;
    }

    /**
     * Every year an enterprise was a technology SME, latest first, for its page (whose reader may
     * read the enterprise, and so its own ladder); read only.
     */
    @Transactional(readOnly = true)
    public List<TechSmeView> ofEnterprise(long enterpriseId) {
        return TechSmeRegistry.views(enterprises, smes.findByEnterprise(enterpriseId), s -> false);
    }
}
