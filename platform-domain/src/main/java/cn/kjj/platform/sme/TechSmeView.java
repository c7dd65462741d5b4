package cn.kjj.platform.sme;

import cn.kjj.platform.enterprise.EnterpriseReferences;
import cn.kjj.platform.registry.RegistryView;
import com.fasterxml.jackson.annotation.JsonIgnore;
import java.math.BigDecimal;
import java.time.Instant;

/** A technology SME registration as the faces show it, with its enterprise's name and credit code. */
public record TechSmeView(Long id, String registrationNo, int year, BigDecimal score, Long enterpriseId,
                          String enterpriseName, String enterpriseCreditCode, String regionCode, Instant createdAt,
                          Instant updatedAt, long version, boolean editable) implements RegistryView {

    static TechSmeView of(TechSme s, EnterpriseReferences.Reference enterprise, boolean editable) {
        TechSmeDetails d = s.getDetails();
        return new TechSmeView(s.getId(), d.registrationNo(), d.year(), d.score(), d.enterpriseId(),
                enterprise == null ? null : enterprise.name(), enterprise == null ? null : enterprise.creditCode(),
                d.regionCode(), s.getCreatedAt(), s.getUpdatedAt(), s.getVersion(), editable);
    }

    /** The record's name in lists and headings: its enterprise's. */
    @Override
    @JsonIgnore
    public String name() {
        return enterpriseName;
    }
}
