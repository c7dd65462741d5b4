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

    @GetMapping(value = "/rd-intensity", params = "!" + ListExport.FORMAT, produces = JSON)
    @Operation(operationId = "rdIntensity", summary = "R&D expenditure / GDP per year (ratio of sums)")
    IndicatorResponse rdIntensity(@RequestParam(required = false) String region,
                                  @RequestParam(required = false) Integer from, @RequestParam(required = false) Integer to) {
        return withTargets(IndicatorResponse.of(service.rdIntensity(region, from, to), null, null));
    }

    @GetMapping(value = "/rd-intensity", produces = {CSV, XLSX})
    void rdIntensityFile(@RequestParam(required = false) String region, @RequestParam(required = false) Integer from,
                         @RequestParam(required = false) Integer to, HttpServletRequest request,
                         HttpServletResponse response) throws IOException {
        send(request, response, service.rdIntensity(region, from, to));
    }

    @GetMapping(value = "/contract-turnover", params = "!" + ListExport.FORMAT, produces = JSON)
    @Operation(operationId = "contractTurnover", summary = "Registered technology contract turnover per period,"
            + " split by a dimension of the registration form with by= (each point's group is its code)")
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

    @GetMapping(value = "/high-tech-enterprises", params = "!" + ListExport.FORMAT, produces = JSON)
    @Operation(operationId = "highTechEnterprises", summary = "High-tech enterprises on 31 December, flows, growth, CAGR")
    IndicatorResponse highTech(@RequestParam(required = false) String region,
                               @RequestParam(required = false) Integer from, @RequestParam(required = false) Integer to) {
        return withTargets(IndicatorResponse.of(service.highTechEnterprises(region, from, to), null, null));
    }

    @GetMapping(value = "/high-tech-enterprises", produces = {CSV, XLSX})
    void highTechFile(@RequestParam(required = false) String region, @RequestParam(required = false) Integer from,
                      @RequestParam(required = false) Integer to, HttpServletRequest request,
                      HttpServletResponse response) throws IOException {
        send(request, response, service.highTechEnterprises(region, from, to));
    }

    @GetMapping(value = "/innovation-platforms", params = "!" + ListExport.FORMAT, produces = JSON)
    @Operation(operationId = "innovationPlatforms", summary = "Incubators and R&D platforms by kind and level")
    IndicatorResponse platforms(@RequestParam(required = false) String region) {
        return IndicatorResponse.of(service.innovationPlatforms(region), null, null);
    }

    @GetMapping(value = "/innovation-platforms", produces = {CSV, XLSX})
    void platformsFile(@RequestParam(required = false) String region, HttpServletRequest request,
                       HttpServletResponse response) throws IOException {
        send(request, response, service.innovationPlatforms(region));
    }

    @GetMapping(value = "/program-funding", params = "!" + ListExport.FORMAT, produces = JSON)
    @Operation(operationId = "programFunding", summary = "Program budget and awarded per year and kind")
    IndicatorResponse funding(@RequestParam(required = false) String region,
                              @RequestParam(required = false) Integer from, @RequestParam(required = false) Integer to) {
        return IndicatorResponse.of(service.programFunding(region, from, to), null, null);
    }

    @GetMapping(value = "/program-funding", produces = {CSV, XLSX})
    void fundingFile(@RequestParam(required = false) String region, @RequestParam(required = false) Integer from,
                     @RequestParam(required = false) Integer to, HttpServletRequest request,
                     HttpServletResponse response) throws IOException {
        send(request, response, service.programFunding(region, from, to));
    }

    @GetMapping(value = "/tech-smes", params = "!" + ListExport.FORMAT, produces = JSON)
    @Operation(operationId = "techSmes", summary = "Technology SMEs registered per year")
    IndicatorResponse techSmes(@RequestParam(required = false) String region,
                               @RequestParam(required = false) Integer from, @RequestParam(required = false) Integer to) {
        return withTargets(IndicatorResponse.of(service.techSmes(region, from, to), null, null));
    }

    @GetMapping(value = "/tech-smes", produces = {CSV, XLSX})
    void techSmesFile(@RequestParam(required = false) String region, @RequestParam(required = false) Integer from,
                      @RequestParam(required = false) Integer to, HttpServletRequest request,
                      HttpServletResponse response) throws IOException {
        send(request, response, service.techSmes(region, from, to));
    }

    @GetMapping(value = "/technology-matching", params = "!" + ListExport.FORMAT, produces = JSON)
    @Operation(operationId = "technologyMatching",
            summary = "Demands published and matched, contracts signed from brokered meetings and their turnover, per year")
    IndicatorResponse matching(@RequestParam(required = false) String region,
                               @RequestParam(required = false) Integer from, @RequestParam(required = false) Integer to) {
        return IndicatorResponse.of(service.technologyMatching(region, from, to), null, null);
    }

    @GetMapping(value = "/technology-matching", produces = {CSV, XLSX})
    void matchingFile(@RequestParam(required = false) String region, @RequestParam(required = false) Integer from,
                      @RequestParam(required = false) Integer to, HttpServletRequest request,
                      HttpServletResponse response) throws IOException {
        send(request, response, service.technologyMatching(region, from, to));
    }

    @GetMapping(value = "/high-tech-applications", params = "!" + ListExport.FORMAT, produces = JSON)
    @Operation(operationId = "highTechApplications", summary = "High-tech applications per batch year and the pass rate")
    IndicatorResponse highTechApplications(@RequestParam(required = false) String region,
                                           @RequestParam(required = false) Integer from,
                                           @RequestParam(required = false) Integer to) {
        return IndicatorResponse.of(service.highTechApplications(region, from, to), null, null);
    }

    @GetMapping(value = "/high-tech-applications", produces = {CSV, XLSX})
    void highTechApplicationsFile(@RequestParam(required = false) String region,
                                  @RequestParam(required = false) Integer from,
                                  @RequestParam(required = false) Integer to, HttpServletRequest request,
                                  HttpServletResponse response) throws IOException {
        send(request, response, service.highTechApplications(region, from, to));
    }

    @GetMapping(value = "/cultivation", params = "!" + ListExport.FORMAT, produces = JSON)
    @Operation(operationId = "cultivationTiers", summary = "Enterprises per tier of the cultivation ladder per year")
    IndicatorResponse cultivationTiers(@RequestParam(required = false) String region,
            @RequestParam(required = false) Integer from, @RequestParam(required = false) Integer to) {
        return IndicatorResponse.of(service.cultivation(region, from, to), null, null);
    }

    @GetMapping(value = "/cultivation", produces = {CSV, XLSX})
    void cultivationTiersFile(@RequestParam(required = false) String region, @RequestParam(required = false) Integer from,
            @RequestParam(required = false) Integer to, HttpServletRequest request, HttpServletResponse response)
            throws IOException {
        send(request, response, service.cultivation(region, from, to));
    }

    @GetMapping(value = "/high-tech-figures", params = "!" + ListExport.FORMAT, produces = JSON)
    @Operation(operationId = "highTechFigures", summary = "High-tech enterprises' revenue, profit and tax per year")
    IndicatorResponse highTechFigures(@RequestParam(required = false) String region,
            @RequestParam(required = false) Integer from, @RequestParam(required = false) Integer to) {
        return IndicatorResponse.of(service.highTechFigures(region, from, to), null, null);
    }

    @GetMapping(value = "/high-tech-figures", produces = {CSV, XLSX})
    void highTechFiguresFile(@RequestParam(required = false) String region, @RequestParam(required = false) Integer from,
            @RequestParam(required = false) Integer to, HttpServletRequest request, HttpServletResponse response)
            throws IOException {
        send(request, response, service.highTechFigures(region, from, to));
    }

    @GetMapping(value = "/rd-platform-coverage", params = "!" + ListExport.FORMAT, produces = JSON)
    @Operation(operationId = "rdPlatformCoverage", summary = "Above-scale industrial enterprises with an R&D platform, share per year")
    IndicatorResponse rdPlatformCoverage(@RequestParam(required = false) String region,
            @RequestParam(required = false) Integer from, @RequestParam(required = false) Integer to) {
        return IndicatorResponse.of(service.rdPlatformCoverage(region, from, to), null, null);
    }

    @GetMapping(value = "/rd-platform-coverage", produces = {CSV, XLSX})
    void rdPlatformCoverageFile(@RequestParam(required = false) String region, @RequestParam(required = false) Integer from,
            @RequestParam(required = false) Integer to, HttpServletRequest request, HttpServletResponse response)
            throws IOException {
        send(request, response, service.rdPlatformCoverage(region, from, to));
    }

    @GetMapping(value = "/enterprise-rd-expense", params = "!" + ListExport.FORMAT, produces = JSON)
    @Operation(operationId = "enterpriseRdExpense", summary = "Enterprises' R&D expense beside the statistics bureau's, per year")
    IndicatorResponse enterpriseRdExpense(@RequestParam(required = false) String region,
            @RequestParam(required = false) Integer from, @RequestParam(required = false) Integer to) {
        return IndicatorResponse.of(service.enterpriseRdExpense(region, from, to), null, null);
    }

    @GetMapping(value = "/enterprise-rd-expense", produces = {CSV, XLSX})
    void enterpriseRdExpenseFile(@RequestParam(required = false) String region, @RequestParam(required = false) Integer from,
            @RequestParam(required = false) Integer to, HttpServletRequest request, HttpServletResponse response)
            throws IOException {
        send(request, response, service.enterpriseRdExpense(region, from, to));
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
