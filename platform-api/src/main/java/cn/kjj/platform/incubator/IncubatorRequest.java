package cn.kjj.platform.incubator;

import cn.kjj.platform.region.RecognitionLevel;
import cn.kjj.platform.registry.RegistryRequest;
import io.swagger.v3.oas.annotations.media.Schema;
import java.math.BigDecimal;
import java.time.LocalDate;

/** The body of {@code POST /api/v1/incubators} and {@code PUT /api/v1/incubators/{id}}; the domain checks it. */
@Schema(name = "IncubatorRequest", description = "An incubation carrier (孵化载体) as entered")
record IncubatorRequest(
        @Schema(example = "江海区科技企业孵化器", requiredMode = Schema.RequiredMode.REQUIRED) String name,
        @Schema(requiredMode = Schema.RequiredMode.REQUIRED) IncubatorKind kind,
        @Schema(requiredMode = Schema.RequiredMode.REQUIRED) RecognitionLevel level,
        @Schema(example = "440704", requiredMode = Schema.RequiredMode.REQUIRED) String regionCode,
        @Schema(example = "江门高新技术创业服务中心") String operator,
        @Schema(description = "Incubation area in m², at most 2 decimals", example = "120000.00") BigDecimal areaSqm,
        @Schema(example = "86") Integer tenantCount,
        @Schema(example = "23") Integer graduatedCount,
        @Schema(example = "2018-12-10") LocalDate recognizedOn) implements RegistryRequest<IncubatorDetails> {

    @Override
    public IncubatorDetails toDetails() {
        return new IncubatorDetails(name, kind, level, regionCode, operator, areaSqm, tenantCount, graduatedCount,
                recognizedOn);
    }
}
