package cn.kjj.platform.indicator;

import com.fasterxml.jackson.annotation.JsonInclude;
import com.fasterxml.jackson.annotation.JsonUnwrapped;
import io.swagger.v3.oas.annotations.media.Schema;
import java.nio.charset.StandardCharsets;
import java.util.ArrayList;
import java.util.List;
import org.springframework.boot.jackson.JacksonMixin;
import org.springframework.web.util.UriUtils;

/**
 * An indicator as the API answers it: each point carries a {@code lineage} link to its records; the
 * region's targets of the range's years follow when it has any (decision 0038).
 */
@JsonInclude(JsonInclude.Include.NON_NULL)
record IndicatorResponse(String indicator, String region, String regionName, String unit, String definition,
                         List<LinkedPoint> series, IndicatorSummary summary, List<TargetView> targets) {

    /**
     * The series with each point's lineage link ({@code perspective} and {@code by} as asked, for the links). The links
     * differ only in their period and group, so the rest is written once and each link is a concatenation (a split
     * series has a hundred points and more; building each through a {@code UriComponentsBuilder} cost more than
     * writing the point, decision 0055).
     */
    static IndicatorResponse of(IndicatorSeries<?> s, Perspective perspective, String by) {
        String base = IndicatorController.BASE + "/" + UriUtils.encodePathSegment(s.indicator(), StandardCharsets.UTF_8)
                + "/lineage?region=" + query(s.region()) + "&period=";
        String side = perspective == null ? "" : "&perspective=" + perspective.name();
        String split = by == null || by.isBlank() ? null : "&by=" + TurnoverDimension.parse("by", by).name() + "&group=";
        List<LinkedPoint> points = new ArrayList<>(s.series().size());
        for (IndicatorPoint point : s.series()) {
            StringBuilder link = new StringBuilder(base.length() + 64).append(base).append(query(point.period()))
                    .append(side);
            if (point.type() != null) {
                link.append("&type=").append(query(point.type()));
            } else if (split != null && point instanceof IndicatorPoint.Turnover t && t.group() != null) {
                link.append(split).append(query(t.group()));
            }
            points.add(new LinkedPoint(point, link.toString()));
        }
        return new IndicatorResponse(s.indicator(), s.region(), s.regionName(), s.unit(), s.definition(), points,
                s.summary(), null);
    }

    private static String query(String value) {
        return UriUtils.encodeQueryParam(value, StandardCharsets.UTF_8);
    }

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
