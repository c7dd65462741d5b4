package cn.kjj.platform.program;

import cn.kjj.platform.audit.AuditLog;
import cn.kjj.platform.region.RegionScope;
import cn.kjj.platform.region.RegionScope.Readers;
import cn.kjj.platform.registry.ListQuery;
import cn.kjj.platform.registry.Registry;
import cn.kjj.platform.registry.RegistryService;
import java.time.Clock;
import java.util.List;
import org.springframework.stereotype.Service;

/** The experts registry (the shared {@link RegistryService}): kept per region, read by the staff. */
@Service
public class ExpertService extends RegistryService<Expert, ExpertDetails, ExpertView> {

    static final Registry<Expert, ExpertDetails, ExpertView> REGISTRY = new Registry<>("expert", Readers.STAFF,
            ListQuery.searching("name", "organisation", "fields")
                    .sortable("name", "organisation", "regionCode")
                    .embedding(ExpertDetails.class),
            List.of("name", "organisation", "organisationCreditCode", "fields", "regionCode"),
            Expert::new, Registry.Views.each(ExpertView::of));

    ExpertService(ExpertRepository experts, RegionScope scope, AuditLog audit, Clock clock) {
        super(REGISTRY, experts, scope, audit, clock);
    }
}
