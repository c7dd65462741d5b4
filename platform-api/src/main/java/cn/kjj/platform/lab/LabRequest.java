package cn.kjj.platform.lab;

import cn.kjj.platform.region.RecognitionLevel;
import cn.kjj.platform.registry.RegistryRequest;
import io.swagger.v3.oas.annotations.media.Schema;
import java.time.LocalDate;

/** The body of {@code POST /api/v1/labs} and {@code PUT /api/v1/labs/{id}}; the domain checks it. */
@Schema(name = "LabRequest", description = "An R&D platform as entered: hosted by an enterprise, an institution or both")
record LabRequest(
        @Schema(example = "江门市智能装备工程技术研究中心", requiredMode = Schema.RequiredMode.REQUIRED) String name,
        @Schema(requiredMode = Schema.RequiredMode.REQUIRED) LabKind kind,
        @Schema(requiredMode = Schema.RequiredMode.REQUIRED) RecognitionLevel level,
        @Schema(example = "440704", requiredMode = Schema.RequiredMode.REQUIRED) String regionCode,
        @Schema(description = "An enterprise of the registry, in the official's region") Long hostEnterpriseId,
        @Schema(example = "五邑大学") String hostInstitution,
        @Schema(example = "2023-05-18") LocalDate recognizedOn) implements RegistryRequest<LabDetails> {

    @Override
    public LabDetails toDetails() {
        return new LabDetails(name, kind, level, regionCode, hostEnterpriseId, hostInstitution, recognizedOn);
    }
}
