package cn.kjj.platform.incubator;

import cn.kjj.platform.region.RecognitionLevel;
import cn.kjj.platform.region.RegionScope.Readers;
import cn.kjj.platform.registry.ListQuery;
import cn.kjj.platform.registry.Registry;
import java.time.Instant;
import java.util.List;

/**
 * Incubation carriers as a registry: read by the staff (officials their region's), searched by
 * name and operator, filtered by kind and level.
 */
final class IncubatorRegistry extends Registry<Incubator, IncubatorDetails, IncubatorView> {

    static final IncubatorRegistry INSTANCE = new IncubatorRegistry();

    private IncubatorRegistry() {
        super("incubator", Readers.STAFF,
                ListQuery.searching("name", "operator")
                        .filter("kind", IncubatorKind.class).filter("level", RecognitionLevel.class)
                        .sortable("name", "kind", "level", "regionCode", "areaSqm", "tenantCount", "graduatedCount",
                                "recognizedOn"),
                List.of("name", "kind", "level", "regionCode", "operator", "areaSqm", "tenantCount",
                        "graduatedCount", "recognizedOn"));
    }

    @Override
    protected Incubator create(IncubatorDetails details, Instant now) {
        return new Incubator(details, now);
    }

    @Override
    protected IncubatorView view(Incubator incubator, boolean editable) {
        return IncubatorView.of(incubator, editable);
    }
}
