package cn.kjj.platform.indicator;

import io.swagger.v3.oas.annotations.media.Schema;
import java.math.BigDecimal;

/** The body of {@code PUT /api/v1/targets/{regionCode}/{indicator}/{year}}. */
@Schema(name = "TargetRequest", description = "A target in the indicator's unit")
record TargetRequest(
        @Schema(description = "Enterprises (a whole number) for high-tech-enterprises and tech-smes; a plain fraction "
                + "below 1 for rd-intensity (0.027 for 2.7 %, at most 6 decimals); yuan for contract-turnover",
                example = "563", requiredMode = Schema.RequiredMode.REQUIRED) BigDecimal value,
        @Schema(description = "Where the target comes from, at most 500 characters",
                example = "《江门市蓬江区科技创新“十四五”规划》") String note) {
}
