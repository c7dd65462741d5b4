package cn.kjj.platform.statistics;

import io.swagger.v3.oas.annotations.media.Schema;
import java.math.BigDecimal;

/** The body of {@code PUT /api/v1/statistics/regional/{regionCode}/{year}}; amounts in yuan. */
@Schema(name = "StatisticRequest", description = "GDP and R&D expenditure of a district and year, and their source")
record StatisticRequest(
        @Schema(description = "Yuan, above 0, at most 2 decimals", example = "31500000000.00",
                requiredMode = Schema.RequiredMode.REQUIRED) BigDecimal gdp,
        @Schema(description = "Yuan, not negative, at most 2 decimals", example = "1798650000.00",
                requiredMode = Schema.RequiredMode.REQUIRED) BigDecimal rdExpenditure,
        @Schema(example = "江海区统计局《2022 年国民经济和社会发展统计公报》",
                requiredMode = Schema.RequiredMode.REQUIRED) String source) {

    StatisticFigures toFigures() {
        return new StatisticFigures(gdp, rdExpenditure, source);
    }
}
