package cn.kjj.platform.enterprise;

import cn.kjj.platform.audit.AuditLog;
import cn.kjj.platform.region.RegionScope;
import cn.kjj.platform.registry.RegistryService;
import java.time.Clock;
import java.util.List;
import org.springframework.stereotype.Service;

/**
 * Entering and correcting enterprise records (the shared {@link RegistryService}, declared by
 * {@link EnterpriseRegistry}): not found or out of scope (404), not allowed (403), stale copy
 * (412), wrong fields (400), duplicate credit code (409). A move to another district recomputes
 * the high-tech roll-up in the same transaction: certificates count in the current district.
 */
@Service
public class EnterpriseService extends RegistryService<Enterprise, EnterpriseDetails, EnterpriseView> {

    private final HighTechRollup highTech;

    EnterpriseService(EnterpriseRegistry registry, EnterpriseRepository enterprises, RegionScope scope,
                      AuditLog audit, HighTechRollup highTech, Clock clock) {
        super(registry, enterprises, scope, audit, clock);
        this.highTech = highTech;
    }

    @Override
    protected void changed(Enterprise enterprise, EnterpriseDetails before) {
        if (before != null && !before.regionCode().equals(enterprise.getRegionCode())) {
            highTech.recompute(List.of(enterprise.getId()));
        }
    }
}
