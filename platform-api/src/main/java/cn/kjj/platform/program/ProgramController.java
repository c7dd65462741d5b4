package cn.kjj.platform.program;

import cn.kjj.platform.audit.ChangeHistory;
import cn.kjj.platform.common.PageQuery;
import cn.kjj.platform.common.PageResponse;
import cn.kjj.platform.identity.AccountPrincipal;
import cn.kjj.platform.spreadsheet.ExportColumn;
import cn.kjj.platform.registry.RegistryApi;
import cn.kjj.platform.registry.RegistryController;
import io.swagger.v3.oas.annotations.Operation;
import io.swagger.v3.oas.annotations.responses.ApiResponse;
import io.swagger.v3.oas.annotations.tags.Tag;
import java.util.Set;
import org.springdoc.core.annotations.ParameterObject;
import org.springframework.data.domain.Sort;
import org.springframework.http.HttpStatus;
import org.springframework.http.ResponseEntity;
import org.springframework.security.core.annotation.AuthenticationPrincipal;
import org.springframework.web.bind.annotation.GetMapping;
import org.springframework.web.bind.annotation.PathVariable;
import org.springframework.web.bind.annotation.PostMapping;
import org.springframework.web.bind.annotation.RequestBody;
import org.springframework.web.bind.annotation.RequestMapping;
import org.springframework.web.bind.annotation.RestController;

/**
 * Policy programs (the shared {@link RegistryController}) and their awards. Every role reads
 * programs (officials their region's); an enterprise sees only its own awards. Officials in the
 * program's region and administrators create, change and award; a budget below what is awarded,
 * or an award beyond the remaining budget, is 409, also when two arrive at the same moment.
 */
@RestController
@RequestMapping("/api/v1/programs")
@Tag(name = "Programs", description = "Policy programs (subsidies, innovation vouchers, 揭榜挂帅, talent) and awards")
class ProgramController extends RegistryController<ProgramDetails, ProgramView, ProgramRequest> {

    static final Set<String> AWARD_SORTABLE = Set.of("id", "awardedOn", "amount", "createdAt");
    private static final Sort DEFAULT_AWARD_SORT = Sort.by(Sort.Order.desc("awardedOn"));

    private final ProgramService service;
    private final ProgramQueries queries;

    ProgramController(ProgramService service, ProgramQueries queries, ChangeHistory history) {
        super(service, queries, new RegistryApi<>("/api/v1/programs", "Program", "Programs", "a policy program",
                "policy programs", "the name or the description",
                ExportColumn.ofRecord(ProgramView.class, "createdAt", "editable"))
                .noting("get", "ETag carries its version; every award moves it on.")
                .noting("update", "The budget cannot drop below what is already awarded (409)."), history);
        this.service = service;
        this.queries = queries;
    }

    @GetMapping("/{id}/awards")
    @Operation(operationId = "listAwards", summary = "The program's awards",
            description = "An enterprise sees its own only. Sortable by id, awardedOn, amount, createdAt; "
                    + "newest first by default.")
    PageResponse<AwardView> awards(@AuthenticationPrincipal AccountPrincipal me, @PathVariable long id,
                                   @ParameterObject PageQuery page) {
        return PageResponse.of(queries.awards(me, id, page.toPageable(DEFAULT_AWARD_SORT, AWARD_SORTABLE)));
    }

    @PostMapping("/{id}/awards")
    @Operation(operationId = "award", summary = "Award money from the program to an enterprise",
            description = "The enterprise must exist and, for an official, lie in its region.")
    @ApiResponse(responseCode = "201", description = "Booked; the program's awarded total moved on")
    @ApiResponse(responseCode = "409", description = "Beyond the remaining budget (error.program.budgetExceeded)")
    ResponseEntity<AwardView> award(@AuthenticationPrincipal AccountPrincipal me, @PathVariable long id,
                                    @RequestBody AwardRequest request) {
        return ResponseEntity.status(HttpStatus.CREATED).body(service.award(me, id, request.toNewAward()));
    }
}
