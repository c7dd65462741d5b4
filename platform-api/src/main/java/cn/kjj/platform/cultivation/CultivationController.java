package cn.kjj.platform.cultivation;

import cn.kjj.platform.audit.RecordChange;
import cn.kjj.platform.common.PageQuery;
import cn.kjj.platform.common.PageResponse;
import cn.kjj.platform.identity.AccountPrincipal;
import cn.kjj.platform.spreadsheet.ExportColumn;
import cn.kjj.platform.spreadsheet.ListExport;
import cn.kjj.platform.spreadsheet.SpreadsheetFormat;
import io.swagger.v3.oas.annotations.Operation;
import io.swagger.v3.oas.annotations.Parameter;
import io.swagger.v3.oas.annotations.tags.Tag;
import jakarta.servlet.http.HttpServletRequest;
import jakarta.servlet.http.HttpServletResponse;
import java.io.IOException;
import java.net.URI;
import java.util.List;
import java.util.Set;
import org.springdoc.core.annotations.ParameterObject;
import org.springframework.data.domain.Sort;
import org.springframework.http.ResponseEntity;
import org.springframework.security.core.annotation.AuthenticationPrincipal;
import org.springframework.web.bind.annotation.GetMapping;
import org.springframework.web.bind.annotation.PathVariable;
import org.springframework.web.bind.annotation.PostMapping;
import org.springframework.web.bind.annotation.RequestBody;
import org.springframework.web.bind.annotation.RequestParam;
import org.springframework.web.bind.annotation.RestController;

/**
 * The cultivation ladder (decision 0045): the enterprises on each tier of a year in the caller's scope
 * (paged, or as CSV/XLSX), officials' placements in the pool (培育库) with a reason, and an enterprise's
 * path up the ladder. Administrators, analysts and officials (their region: another is 404) read the
 * list; officials of the enterprise's region and administrators place.
 */
@RestController
@Tag(name = "Cultivation ladder", description = "科技型中小企业 → 培育库 → 高新技术企业 → 瞪羚企业")
record CultivationController(CultivationService service) {

    static final String BASE = "/api/v1/cultivation";
    private static final List<ExportColumn<LadderStanding>> COLUMNS = ExportColumn.ofRecord(LadderStanding.class);

    /** A placement: the enterprise, the year and why. */
    record PlacementRequest(Long enterpriseId, Integer year, String reason) {
    }

    /** Why an enterprise placed by hand leaves the pool. */
    record RemovalRequest(String reason) {
    }

    @GetMapping(value = BASE, params = "!" + ListExport.FORMAT)
    @Operation(operationId = "listCultivation", summary = "Enterprises on the ladder in a year, highest tier first",
            description = "Each enterprise of the caller's scope on its highest tier of the year (TECH_SME, POOL, "
                    + "HIGH_TECH, GAZELLE) with what put it there; year defaults to last year. A region outside an "
                    + "official's own is 404.")
    PageResponse<LadderStanding> list(@AuthenticationPrincipal AccountPrincipal me,
            @Parameter(description = "Region code", example = "440704") @RequestParam(required = false) String region,
            @Parameter(description = "Year (default last year)") @RequestParam(required = false) Integer year,
            @RequestParam(required = false) CultivationTier tier, @ParameterObject PageQuery page) {
        return PageResponse.of(service.list(me, region, year, tier, page.toPageable(Sort.unsorted(), Set.of())));
    }

    @GetMapping(value = BASE, produces = {SpreadsheetFormat.TEXT_CSV, SpreadsheetFormat.XLSX_MEDIA_TYPE})
    void export(@AuthenticationPrincipal AccountPrincipal me, @RequestParam(required = false) String region,
                @RequestParam(required = false) Integer year, @RequestParam(required = false) CultivationTier tier,
                HttpServletRequest request, HttpServletResponse response) throws IOException {
        ListExport.send(request, response, "cultivation", COLUMNS, service.all(me, region, year, tier));
    }

    @GetMapping(value = BASE, params = ListExport.FORMAT)
    void exportAsAsked(@AuthenticationPrincipal AccountPrincipal me, @RequestParam(required = false) String region,
                       @RequestParam(required = false) Integer year,
                       @RequestParam(required = false) CultivationTier tier, HttpServletRequest request,
                       HttpServletResponse response) throws IOException {
        export(me, region, year, tier, request, response);
    }

    @PostMapping(BASE + "/pool")
    @Operation(operationId = "placeInPool", summary = "Place an enterprise in the district's pool for a year",
            description = "An official of the enterprise's region (or an administrator), with a reason (400 without "
                    + "one); 409 when it is already placed that year; 404 for an enterprise outside the region.")
    ResponseEntity<PoolPlacement> place(@AuthenticationPrincipal AccountPrincipal me,
                                        @RequestBody(required = false) PlacementRequest request) {
        if (request == null || request.enterpriseId() == null) {
            throw cn.kjj.platform.common.InvalidInputException.forField("enterpriseId", "error.field.required",
                    "is required");
        }
        PoolPlacement placed = service.place(me, request.enterpriseId(), request.year(), request.reason());
        return ResponseEntity.created(URI.create(BASE + "/pool/" + placed.enterpriseId() + "/" + placed.year()))
                .body(placed);
    }

    @PostMapping(BASE + "/pool/{enterpriseId}/{year}/remove")
    @Operation(operationId = "removeFromPool", summary = "Take an enterprise placed by hand out of a year's pool",
            description = "With a reason (400 without one); 404 when it was not placed by hand that year.")
    ResponseEntity<Void> remove(@AuthenticationPrincipal AccountPrincipal me, @PathVariable long enterpriseId,
                                @PathVariable int year, @RequestBody(required = false) RemovalRequest request) {
        service.remove(me, enterpriseId, year, request == null ? null : request.reason());
        return ResponseEntity.noContent().build();
    }

    @GetMapping(BASE + "/pool/{enterpriseId}/{year}/history")
    @Operation(operationId = "poolHistory", summary = "Placements and removals of an enterprise's year, oldest first")
    List<RecordChange> history(@AuthenticationPrincipal AccountPrincipal me, @PathVariable long enterpriseId,
                               @PathVariable int year) {
        return service.history(me, enterpriseId, year);
    }

    @GetMapping("/api/v1/enterprises/{id}/cultivation")
    @Operation(operationId = "enterpriseLadderPath", summary = "The enterprise's tier in each year it stood on the ladder",
            description = "From 2017 to last year; those who see the enterprise (its own account included).")
    List<LadderStanding> path(@AuthenticationPrincipal AccountPrincipal me, @PathVariable long id) {
        return service.path(me, id, CultivationService.FIRST_YEAR, service.lastYear());
    }
}
