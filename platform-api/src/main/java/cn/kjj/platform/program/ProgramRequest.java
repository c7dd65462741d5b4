package cn.kjj.platform.program;

import cn.kjj.platform.registry.RegistryRequest;
import io.swagger.v3.oas.annotations.media.Schema;
import java.math.BigDecimal;

/** The body of {@code POST /api/v1/programs} and {@code PUT /api/v1/programs/{id}}; the domain checks it. */
@Schema(name = "ProgramRequest", description = "A policy program as entered; budget in yuan")
record ProgramRequest(
        @Schema(example = "2023 年江海区科技创新券", requiredMode = Schema.RequiredMode.REQUIRED) String name,
        @Schema(requiredMode = Schema.RequiredMode.REQUIRED) ProgramKind kind,
        @Schema(example = "440704", requiredMode = Schema.RequiredMode.REQUIRED) String regionCode,
        @Schema(description = "1980 to next year", example = "2023", requiredMode = Schema.RequiredMode.REQUIRED)
        Integer year,
        @Schema(description = "Yuan, at most 2 decimals", example = "2000000.00",
                requiredMode = Schema.RequiredMode.REQUIRED) BigDecimal budget,
        @Schema(example = "支持中小企业购买研发、检测和技术服务") String description)
        implements RegistryRequest<ProgramDetails> {

    @Override
    public ProgramDetails toDetails() {
        return new ProgramDetails(name, kind, regionCode, year, budget, description);
    }
}
