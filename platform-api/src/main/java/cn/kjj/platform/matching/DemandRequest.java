package cn.kjj.platform.matching;

import cn.kjj.platform.contract.TechnologyField;
import io.swagger.v3.oas.annotations.media.Schema;
import java.math.BigDecimal;
import java.time.LocalDate;

/** The body of {@code POST /api/v1/demands} and {@code PUT /api/v1/demands/{id}}. */
@Schema(name = "DemandRequest", description = "An enterprise's technology need (技术需求) as entered")
record DemandRequest(
        @Schema(example = "芯片封装良率提升", requiredMode = Schema.RequiredMode.REQUIRED) String title,
        @Schema(requiredMode = Schema.RequiredMode.REQUIRED) TechnologyField field,
        @Schema(example = "寻求先进封装工艺合作，提高良率", requiredMode = Schema.RequiredMode.REQUIRED) String summary,
        @Schema(description = "Yuan, at most 2 decimals", example = "800000.00") BigDecimal budget,
        @Schema(description = "Not before today", example = "2027-06-30") LocalDate deadline) {

    DemandDetails toDetails() {
        return new DemandDetails(title, field, summary, budget, deadline);
    }
}
