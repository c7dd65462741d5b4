package cn.kjj.platform.sme;

import cn.kjj.platform.registry.RegistryRequest;
import io.swagger.v3.oas.annotations.media.Schema;
import java.math.BigDecimal;

/** The body of {@code POST /api/v1/tech-smes} and {@code PUT /api/v1/tech-smes/{id}}; the domain checks it. */
@Schema(name = "TechSmeRequest", description = "An enterprise's technology SME registration for one year; "
        + "kept in the enterprise's district")
record TechSmeRequest(
        @Schema(description = "An enterprise of the registry, in the official's region",
                requiredMode = Schema.RequiredMode.REQUIRED) Long enterpriseId,
        @Schema(example = "2021", minimum = "2017", requiredMode = Schema.RequiredMode.REQUIRED) Integer year,
        @Schema(description = "入库登记编号, valid for that year only", example = "202144070400001234",
                requiredMode = Schema.RequiredMode.REQUIRED) String registrationNo,
        @Schema(description = "Evaluation score, 0 to 100 (none for a direct entry)", example = "72.50")
        BigDecimal score) implements RegistryRequest<TechSmeDetails> {

    @Override
    public TechSmeDetails toDetails() {
        return new TechSmeDetails(enterpriseId, year, registrationNo, score, null);
    }
}
