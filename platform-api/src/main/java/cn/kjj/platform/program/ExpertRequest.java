package cn.kjj.platform.program;

import cn.kjj.platform.registry.RegistryRequest;
import io.swagger.v3.oas.annotations.media.Schema;

/** The body of {@code POST /api/v1/experts} and {@code PUT /api/v1/experts/{id}}; the domain checks it. */
@Schema(name = "ExpertRequest", description = "An expert of the registry (评审专家库)")
record ExpertRequest(
        @Schema(example = "李明", requiredMode = Schema.RequiredMode.REQUIRED) String name,
        @Schema(example = "五邑大学", requiredMode = Schema.RequiredMode.REQUIRED) String organisation,
        @Schema(description = "The organisation's unified social credit code: an expert never reviews an "
                + "application of the organisation with this code", example = "12440700455868397Q")
        String organisationCreditCode,
        @Schema(description = "Fields of expertise, as text", example = "智能制造、机器人") String fields,
        @Schema(example = "440704", requiredMode = Schema.RequiredMode.REQUIRED) String regionCode)
        implements RegistryRequest<ExpertDetails> {

    @Override
    public ExpertDetails toDetails() {
        return new ExpertDetails(name, organisation, organisationCreditCode, fields, regionCode);
    }
}
