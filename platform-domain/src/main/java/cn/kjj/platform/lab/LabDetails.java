package cn.kjj.platform.lab;

import cn.kjj.platform.common.FieldErrors;
import cn.kjj.platform.region.RecognitionLevel;
import cn.kjj.platform.registry.RegistryDetails;
import jakarta.persistence.Embeddable;
import jakarta.persistence.EnumType;
import jakarta.persistence.Enumerated;
import java.time.LocalDate;

/**
 * What an R&D platform record says, as entered; {@link #validated()} gives the normalised, checked
 * copy that {@link Lab} stores, in its columns of the same names. A platform is hosted by a registered enterprise or by a named
 * institution (university, research institute), or both. Whether the region and the host
 * enterprise exist is the service's question.
 */
@Embeddable
public record LabDetails(String name, @Enumerated(EnumType.STRING) LabKind kind,
                         @Enumerated(EnumType.STRING) RecognitionLevel level, String regionCode,
                         Long hostEnterpriseId, String hostInstitution, LocalDate recognizedOn)
        implements RegistryDetails<LabDetails> {

    /** Checks every field at once; {@link cn.kjj.platform.common.InvalidInputException} lists all that are wrong. */
    @Override
    public LabDetails validated() {
        FieldErrors errors = new FieldErrors();
        errors.date("recognizedOn", recognizedOn);
        String checkedName = errors.text("name", name, 200, true);
        errors.required("kind", kind);
        errors.required("level", level);
        String region = errors.regionCode("regionCode", regionCode);
        String institution = errors.text("hostInstitution", hostInstitution, 200, false);
        if (hostEnterpriseId == null && institution == null) {
            errors.add("hostInstitution", "error.lab.hostRequired",
                    "a host enterprise or a host institution is required");
        }
        errors.throwIfAny();
        return new LabDetails(checkedName, kind, level, region, hostEnterpriseId, institution, recognizedOn);
    }
}
