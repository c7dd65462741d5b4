package cn.kjj.platform.matching;

import cn.kjj.platform.contract.IpType;
import cn.kjj.platform.contract.TechnologyField;
import cn.kjj.platform.enterprise.OrganisationNature;
import cn.kjj.platform.registry.RegistryRequest;
import io.swagger.v3.oas.annotations.media.Schema;
import java.util.List;

/** The body of {@code POST /api/v1/achievements} and {@code PUT /api/v1/achievements/{id}}; the domain checks it. */
@Schema(name = "AchievementRequest", description = "A technology achievement (科技成果) as entered")
record AchievementRequest(
        @Schema(example = "一种半导体芯片的封装工艺", requiredMode = Schema.RequiredMode.REQUIRED) String title,
        @Schema(example = "五邑大学", requiredMode = Schema.RequiredMode.REQUIRED) String holder,
        @Schema(requiredMode = Schema.RequiredMode.REQUIRED) OrganisationNature holderNature,
        @Schema(requiredMode = Schema.RequiredMode.REQUIRED) TechnologyField field,
        @Schema(description = "NONE when absent") IpType ipType,
        @Schema(requiredMode = Schema.RequiredMode.REQUIRED) Maturity maturity,
        @Schema(description = "At least one", requiredMode = Schema.RequiredMode.REQUIRED)
        List<TransferMode> transferModes,
        @Schema(description = "The holder's word on the price", example = "面议") String priceHint,
        @Schema(example = "采用晶圆级封装降低芯片封装成本……", requiredMode = Schema.RequiredMode.REQUIRED) String summary,
        @Schema(example = "科研处 0750-3299000") String contact,
        @Schema(description = "The publishing bureau's region", example = "440704",
                requiredMode = Schema.RequiredMode.REQUIRED) String regionCode)
        implements RegistryRequest<AchievementDetails> {

    @Override
    public AchievementDetails toDetails() {
        return new AchievementDetails(title, holder, holderNature, field, ipType, maturity, transferModes, priceHint,
                summary, contact, regionCode);
    }
}
