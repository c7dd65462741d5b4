package cn.kjj.platform.indicator;

import cn.kjj.platform.spreadsheet.ExportColumn;
import cn.kjj.platform.spreadsheet.ListExport;
import cn.kjj.platform.spreadsheet.SpreadsheetFormat;
import io.swagger.v3.oas.annotations.Operation;
import io.swagger.v3.oas.annotations.Parameter;
import io.swagger.v3.oas.annotations.media.Schema;
import io.swagger.v3.oas.annotations.tags.Tag;
import jakarta.servlet.http.HttpServletRequest;
import jakarta.servlet.http.HttpServletResponse;
import java.io.IOException;
import java.lang.reflect.RecordComponent;
import java.time.LocalDate;
import java.util.ArrayList;
import java.util.List;
import org.springframework.format.annotation.DateTimeFormat;
import org.springframework.http.MediaType;
import org.springframework.web.bind.annotation.GetMapping;
import org.springframework.web.bind.annotation.PathVariable;
import org.springframework.web.bind.annotation.RequestMapping;
import org.springframework.web.bind.annotation.RequestParam;
import org.springframework.web.bind.annotation.RestController;

/**
 * The reporting service: every indicator as JSON, or as CSV with {@code Accept: text/csv} (or
 * {@code ?format=csv}: the JSON handlers produce only JSON and leave a {@code format} to the file
 * handlers, so that a plain link downloads the file whatever its {@code Accept}), and the
 * records behind each point. Read by analysts, officials and
 * administrators (ApiSecurityConfiguration).
 */
@RestController
@RequestMapping(IndicatorController.BASE)
@Tag(name = "Indicators", description = "Exact, real-time indicators (docs/indicators.md)")
record IndicatorController(IndicatorService service, IndicatorLineage lineage, TargetService targets) {

    static final String BASE = "/api/v1/indicators";
    static final String BY = "Split every period by a dimension of the registration form (docs/indicators.md): TYPE"
            + " (contract type), FIELD (technology field), SELLER_NATURE, BUYER_NATURE (party natures), IP_TYPE,"
            + " PLAN_SOURCE, FLOW (WITHIN_PROVINCE, OTHER_PROVINCE, ABROAD, seen from the region asked); another"
            + " value is 400 listing these";
    private static final String JSON = MediaType.APPLICATION_JSON_VALUE;
    private static final String CSV = SpreadsheetFormat.TEXT_CSV;
    private static final String XLSX = SpreadsheetFormat.XLSX_MEDIA_TYPE;
    /** Parts a turnover point has only when split (by TYPE, by any dimension). */
    private static final List<String> SPLIT_PARTS = List.of("type", "group");

    @GetMapping
    @Operation(operationId = "listIndicators", summary = "The catalogue: id, names, unit, definition, parameters")
    List<IndicatorDefinition> catalogue() {
        return service.catalogue();
    }

    @GetMapping(value = "/contract-turnover", params = "!" + ListExport.FORMAT, produces = JSON)
    @Operation(operationId = "contractTurnover", summary = "Registered technology contract turnover per period,"
            + " split by a dimension of the registration form with by= (each point's group is its code; an imported"
            + " registration of another office that does not state a nature, IP type or plan source is in the"
            + " group UNKNOWN; docs/indicators.md)")
    IndicatorResponse contractTurnover(@RequestParam(required = false) String region,
            @RequestParam(required = false) @DateTimeFormat(iso = DateTimeFormat.ISO.DATE) LocalDate from,
            @RequestParam(required = false) @DateTimeFormat(iso = DateTimeFormat.ISO.DATE) LocalDate to,
            @RequestParam(required = false) Period period, @RequestParam(required = false) Perspective perspective,
            @Parameter(description = BY, schema = @Schema(implementation = TurnoverDimension.class))
            @RequestParam(required = false) String by) {
        IndicatorResponse answer = IndicatorResponse.of(service.contractTurnover(region, from, to, period, perspective, by),
                perspective == null ? Perspective.SELLER : perspective, by);
        // targets are of the seller's side, per year
        return perspective == Perspective.BUYER ? answer : withTargets(answer);
    }

    @GetMapping(value = "/contract-turnover", produces = {CSV, XLSX})
    void contractTurnoverFile(@RequestParam(required = false) String region,
            @RequestParam(required = false) @DateTimeFormat(iso = DateTimeFormat.ISO.DATE) LocalDate from,
            @RequestParam(required = false) @DateTimeFormat(iso = DateTimeFormat.ISO.DATE) LocalDate to,
            @RequestParam(required = false) Period period, @RequestParam(required = false) Perspective perspective,
            @RequestParam(required = false) String by, HttpServletRequest request, HttpServletResponse response)
            throws IOException {
        send(request, response, service.contractTurnover(region, from, to, period, perspective, by));
    }

    /**
     * Every other indicator (IndicatorCatalogue): by region and years, its definition's parameters;
     * {@link IndicatorOpenApi} documents each as an operation of its own.
     */
    @GetMapping(value = "/{id}", params = "!" + ListExport.FORMAT, produces = JSON)
    IndicatorResponse indicator(@PathVariable String id, @RequestParam(required = false) String region,
                                @RequestParam(required = false) Integer from,
                                @RequestParam(required = false) Integer to) {
        IndicatorResponse answer = IndicatorResponse.of(service.byYears(id, region, from, to), null, null);
        return TargetService.TARGETABLE.containsKey(id) ? withTargets(answer) : answer;
    }

    @GetMapping(value = "/{id}", produces = {CSV, XLSX})
    void indicatorFile(@PathVariable String id, @RequestParam(required = false) String region,
                       @RequestParam(required = false) Integer from, @RequestParam(required = false) Integer to,
                       HttpServletRequest request, HttpServletResponse response) throws IOException {
        send(request, response, service.byYears(id, region, from, to));
    }

    @GetMapping("/{id}/lineage")
    @Operation(operationId = "indicatorLineage", summary = "The records a series point is made of, paged",
            description = "contract-turnover: total is the point's contractCount, exact (its roll-ups). Others: total"
                    + " is exact up to 10,000; past it totalCapped is true and total is 10000, read \"more than"
                    + " 10,000\" (the pages past it still answer)")
    LineagePage lineage(@PathVariable String id, @RequestParam(required = false) String region,
                        @RequestParam(required = false) String period,
                        @RequestParam(required = false) Perspective perspective,
                        @RequestParam(required = false) String type,
                        @Parameter(description = "a contract-turnover point's dimension (with group)")
                        @RequestParam(required = false) String by,
                        @Parameter(description = "the point's group in that dimension")
                        @RequestParam(required = false) String group,
                        @RequestParam(defaultValue = "0") int page, @RequestParam(defaultValue = "50") int size) {
        return lineage.lineage(id, region, period, perspective, type, by, group, page, size);
    }

    /** The answer with the region's targets of the series' years, when it has any. */
    private IndicatorResponse withTargets(IndicatorResponse a) {
        if (a.series().isEmpty()) {
            return a;
        }
        List<TargetView> set = targets.beside(a.region(), a.indicator(), a.series().get(0).point().year(),
                a.series().get(a.series().size() - 1).point().year());
        return set.isEmpty() ? a : new IndicatorResponse(a.indicator(), a.region(), a.regionName(), a.unit(),
                a.definition(), a.series(), a.summary(), set);
    }

    /**
     * One CSV (or XLSX) row per point, a column per part, named as in the JSON: the point record's
     * components (a turnover's type and group only when split; period and value alone when there is no point).
     */
    private static <P extends IndicatorPoint> void send(HttpServletRequest request, HttpServletResponse response,
                                                        IndicatorSeries<P> s) throws IOException {
        List<ExportColumn<P>> columns = new ArrayList<>();
        columns.add(ExportColumn.of("region", p -> s.region()));
        if (s.series().isEmpty()) {
            columns.add(ExportColumn.of("period", IndicatorPoint::period));
            columns.add(ExportColumn.of("value", p -> null));
        } else {
            P first = s.series().get(0);
            for (RecordComponent part : first.getClass().getRecordComponents()) {
                if (!SPLIT_PARTS.contains(part.getName()) || read(part, first) != null) {
                    columns.add(ExportColumn.of(part.getName(), p -> read(part, p)));
                }
            }
        }
        ListExport.send(request, response, s.indicator() + "-" + s.region(), columns, s.series());
    }

    private static Object read(RecordComponent part, IndicatorPoint point) {
        try {
            return part.getAccessor().invoke(point);
        } catch (ReflectiveOperationException e) {
            throw new IllegalStateException("cannot read " + part.getName() + " of " + point, e);
        }
    }
}
