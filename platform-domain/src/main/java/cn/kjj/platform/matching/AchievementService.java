package cn.kjj.platform.matching;

import cn.kjj.platform.audit.AuditLog;
import cn.kjj.platform.contract.TechnologyField;
import cn.kjj.platform.enterprise.OrganisationNature;
import cn.kjj.platform.region.RegionScope;
import cn.kjj.platform.region.RegionScope.Readers;
import cn.kjj.platform.registry.ListQuery;
import cn.kjj.platform.registry.Registry;
import cn.kjj.platform.registry.RegistryService;
import java.time.Clock;
import java.util.List;
import org.springframework.data.domain.Sort;
import org.springframework.stereotype.Service;

/** Publishing and correcting achievements (the shared {@link RegistryService}): officials and administrators. */
@Service
public class AchievementService extends RegistryService<Achievement, AchievementDetails, AchievementView> {

    /**
     * Achievements: every signed-in role reads them (officials their region's); {@code q} searches
     * their words ({@link AchievementQueries}), filtered by field, maturity and holder nature.
     */
    static final Registry<Achievement, AchievementDetails, AchievementView> REGISTRY = new Registry<>("achievement",
            Readers.EVERYONE,
            ListQuery.searching("title", "holder")
                    .filter("field", TechnologyField.class).filter("maturity", Maturity.class)
                    .filter("holderNature", OrganisationNature.class)
                    .sortable("title", "holder", "field", "maturity", "regionCode")
                    .sortedBy(Sort.by(Sort.Order.desc("updatedAt"), Sort.Order.asc("id"))),
            List.of("title", "holder", "holderNature", "field", "ipType", "maturity", "transferModes", "priceHint",
                    "summary", "contact", "regionCode"),
            Achievement::new, Registry.Views.each(AchievementView::of));

    AchievementService(AchievementRepository achievements, RegionScope scope, AuditLog audit, Clock clock) {
        super(REGISTRY, achievements, scope, audit, clock);
    }
}
