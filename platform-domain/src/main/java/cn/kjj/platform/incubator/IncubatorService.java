package cn.kjj.platform.incubator;

import cn.kjj.platform.audit.AuditLog;
import cn.kjj.platform.region.RecognitionLevel;
import cn.kjj.platform.region.RegionScope;
import cn.kjj.platform.region.RegionScope.Readers;
import cn.kjj.platform.registry.ListQuery;
import cn.kjj.platform.registry.Registry;
import cn.kjj.platform.registry.RegistryService;
import java.time.Clock;
import java.util.List;
import org.springframework.stereotype.Service;

/** Registering and correcting incubation carriers (the shared {@link RegistryService}). */
@Service
public class IncubatorService extends RegistryService<Incubator, IncubatorDetails, IncubatorView> {

    /** Incubation carriers: read by the staff, searched by name and operator, filtered by kind and level. */
    static final Registry<Incubator, IncubatorDetails, IncubatorView> REGISTRY = new Registry<>("incubator",
            Readers.STAFF,
            ListQuery.searching("name", "operator")
                    .filter("kind", IncubatorKind.class).filter("level", RecognitionLevel.class)
                    .sortable("name", "kind", "level", "regionCode", "areaSqm", "tenantCount", "graduatedCount",
                            "recognizedOn")
                    .embedding(IncubatorDetails.class),
            List.of("name", "kind", "level", "regionCode", "operator", "areaSqm", "tenantCount", "graduatedCount",
                    "recognizedOn"),
            Incubator::new, Registry.Views.each(IncubatorView::of));

    IncubatorService(IncubatorRepository incubators, RegionScope scope, AuditLog audit, Clock clock) {
        super(REGISTRY, incubators, scope, audit, clock);
    }
}
