package cn.kjj.platform.program;

import cn.kjj.platform.registry.RegistryView;
import java.time.Instant;

/**
 * An expert as the faces show it.
 *
 * @param editable whether the reader may change it (an official of its region, an administrator)
 */
public record ExpertView(Long id, String name, String organisation, String organisationCreditCode, String fields,
                         String regionCode, Instant createdAt, Instant updatedAt, long version, boolean editable)
        implements RegistryView {

    static ExpertView of(Expert e, boolean editable) {
        ExpertDetails d = e.getDetails();
        return new ExpertView(e.getId(), d.name(), d.organisation(), d.organisationCreditCode(), d.fields(),
                d.regionCode(), e.getCreatedAt(), e.getUpdatedAt(), e.getVersion(), editable);
    }
}
