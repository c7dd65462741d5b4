package cn.kjj.platform.incubator;

import cn.kjj.platform.region.RecognitionLevel;
import cn.kjj.platform.registry.RegistryView;
import java.math.BigDecimal;
import java.time.Instant;
import java.time.LocalDate;

/**
 * An incubation carrier as the faces show it.
 *
 * @param editable whether the reader may change it (an official of its region, an administrator)
 */
public record IncubatorView(Long id, String name, IncubatorKind kind, RecognitionLevel level, String regionCode,
                            String operator, BigDecimal areaSqm, Integer tenantCount, Integer graduatedCount,
                            LocalDate recognizedOn, Instant createdAt, Instant updatedAt, long version,
                            boolean editable) implements RegistryView {

    static IncubatorView of(Incubator i, boolean editable) {
        return new IncubatorView(i.getId(), i.getName(), i.getKind(), i.getLevel(), i.getRegionCode(),
                i.getOperator(), i.getAreaSqm(), i.getTenantCount(), i.getGraduatedCount(), i.getRecognizedOn(),
                i.getCreatedAt(), i.getUpdatedAt(), i.getVersion(), editable);
    }
}
