package cn.kjj.platform.sme;

import cn.kjj.platform.enterprise.EnterpriseReferences;
import cn.kjj.platform.registry.RegistryView;
import java.math.BigDecimal;
import java.time.Instant;

/**
 * A technology SME registration as the faces show it, with its enterprise's name and credit code
 * ({@code name} is the enterprise's name).
 */
public record TechSmeView(Long id, String name, Long enterpriseId, String creditCode, int year,
                          String registrationNo, BigDecimal score, String regionCode, Instant createdAt,
                          Instant updatedAt, long version, boolean editable) implements RegistryView {

    static TechSmeView of(TechSme s, EnterpriseReferences.Reference enterprise, boolean editable) {
        TechSmeDetails d = s.getDetails();
        return new TechSmeView(s.getId(), enterprise == null ? null : enterprise.name(), d.enterpriseId(),
                enterprise == null ? null : enterprise.creditCode(), d.year(), d.registrationNo(), d.score(),
                d.regionCode(), s.getCreatedAt(), s.getUpdatedAt(), s.getVersion(), editable);
    }
}
