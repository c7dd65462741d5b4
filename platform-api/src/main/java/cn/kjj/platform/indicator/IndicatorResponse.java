package cn.kjj.platform.indicator;

import com.fasterxml.jackson.annotation.JsonInclude;
import com.fasterxml.jackson.annotation.JsonUnwrapped;
import io.swagger.v3.oas.annotations.media.Schema;
import java.util.List;
import org.springframework.boot.jackson.JacksonMixin;

/**
 * An indicator as the API answers it: each point carries a {@code lineage} link to its records; the
 * region's targets of the range's years follow when it has any (decision 0038).
 */
@JsonInclude(JsonInclude.Include.NON_NULL)
record IndicatorResponse(String indicator, String region, String regionName, String unit, String definition,
                         List<LinkedPoint> series, IndicatorSummary summary, List<TargetView> targets) {

    /** A point's parts, then its lineage link. */
    @Schema(oneOf = {IndicatorPoint.RdIntensity.class, IndicatorPoint.Turnover.class, IndicatorPoint.HighTech.class,
            IndicatorPoint.Platforms.class, IndicatorPoint.Funding.class, IndicatorPoint.TechSmes.class,
            IndicatorPoint.Cultivation.class, IndicatorPoint.HighTechFigures.class, IndicatorPoint.RdPlatformCoverage.class,
            IndicatorPoint.EnterpriseRdExpense.class})
    record LinkedPoint(@JsonUnwrapped IndicatorPoint point, String lineage) {
    }

    /**
     * A turnover point names its group only when the series is split by a dimension, and its type only when
     * by TYPE (mixed into the domain record).
     */
    @JacksonMixin(IndicatorPoint.Turnover.class)
    abstract static class TurnoverJson {
        @JsonInclude(JsonInclude.Include.NON_NULL)
        abstract String type();

        @JsonInclude(JsonInclude.Include.NON_NULL)
        abstract String group();
    }
}
