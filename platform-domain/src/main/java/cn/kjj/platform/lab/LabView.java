package cn.kjj.platform.lab;

import cn.kjj.platform.enterprise.EnterpriseReferences;
import cn.kjj.platform.region.RecognitionLevel;
import cn.kjj.platform.registry.RegistryView;
import java.time.Instant;
import java.time.LocalDate;

/**
 * An R&D platform as the faces show it, with the name and credit code of its host enterprise.
 *
 * @param editable whether the reader may change it (an official of its region, an administrator)
 */
public record LabView(Long id, String name, LabKind kind, RecognitionLevel level, String regionCode,
                      Long hostEnterpriseId, String hostEnterpriseName, String hostEnterpriseCreditCode,
                      String hostInstitution,
                      LocalDate recognizedOn, Instant createdAt, Instant updatedAt, long version,
                      boolean editable) implements RegistryView {

    static LabView of(Lab l, EnterpriseReferences.Reference host, boolean editable) {
        LabDetails d = l.getDetails();
        return new LabView(l.getId(), d.name(), d.kind(), d.level(), d.regionCode(),
                d.hostEnterpriseId(), host == null ? null : host.name(), host == null ? null : host.creditCode(),
                d.hostInstitution(), d.recognizedOn(),
                l.getCreatedAt(), l.getUpdatedAt(), l.getVersion(), editable);
    }
}
