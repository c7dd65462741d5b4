package cn.kjj.platform.contract;

import cn.kjj.platform.common.ETags;
import cn.kjj.platform.common.PageQuery;
import cn.kjj.platform.common.PageResponse;
import cn.kjj.platform.contract.ContractFiling.Filed;
import cn.kjj.platform.identity.AccountPrincipal;
import io.swagger.v3.oas.annotations.Operation;
import io.swagger.v3.oas.annotations.Parameter;
import io.swagger.v3.oas.annotations.headers.Header;
import io.swagger.v3.oas.annotations.media.Content;
import io.swagger.v3.oas.annotations.media.Schema;
import io.swagger.v3.oas.annotations.responses.ApiResponse;
import io.swagger.v3.oas.annotations.tags.Tag;
import java.net.URI;
import java.util.List;
import org.springdoc.core.annotations.ParameterObject;
import org.springframework.http.HttpHeaders;
import org.springframework.http.MediaType;
import org.springframework.http.ResponseEntity;
import org.springframework.security.core.annotation.AuthenticationPrincipal;
import org.springframework.web.bind.annotation.GetMapping;
import org.springframework.web.bind.annotation.PathVariable;
import org.springframework.web.bind.annotation.PostMapping;
import org.springframework.web.bind.annotation.PutMapping;
import org.springframework.web.bind.annotation.RequestBody;
import org.springframework.web.bind.annotation.RequestHeader;
import org.springframework.web.bind.annotation.RequestMapping;
import org.springframework.web.bind.annotation.RestController;

/**
 * Technology contracts (技术合同认定登记): filing, reading, listing and correcting them. Who may
 * call what is in {@code ApiSecurityConfiguration.rules}; which contracts a caller sees is the
 * services' concern (404 outside its scope). Decisions are in {@link ContractDecisionController}.
 */
@RestController
@RequestMapping(ContractController.BASE)
@Tag(name = "Technology contracts", description = "技术合同认定登记: filing, review, registration")
record ContractController(ContractFiling filing, ContractService service, ContractQueries queries,
                          ContractListing listing, ContractVersions versions) {

    static final String BASE = "/api/v1/contracts";
    static final String IDEMPOTENCY_KEY = "Idempotency-Key";
    /** Set on the answer to a retried POST that created nothing. */
    static final String REPLAYED = "Idempotent-Replayed";
    static final String PROBLEM = "#/components/schemas/ProblemDetail";
    static final String PROBLEM_JSON = "application/problem+json";

    @PostMapping(consumes = MediaType.APPLICATION_JSON_VALUE)
    @Operation(operationId = "fileContract", summary = "File a contract",
            description = """
                    An ENTERPRISE files for its own enterprise; an OFFICIAL (or ADMIN) may enter one for an \
                    enterprise of its region with sellerId. Submitted at once unless submit is false. All broken \
                    rules are listed at once (400). With an Idempotency-Key, a retry of the same request answers \
                    200 with the contract the first one created (header Idempotent-Replayed: true); the same key \
                    with another body is a 409.""")
    @ApiResponse(responseCode = "201", description = "Filed; Location names it, ETag carries its version")
    @ApiResponse(responseCode = "200", description = "A retry with the same Idempotency-Key: nothing new was created",
            headers = @Header(name = REPLAYED, description = "true", schema = @Schema(type = "string")))
    @ApiResponse(responseCode = "409", description = "A duplicate (same seller, buyer, signing date and amount), "
            + "or an Idempotency-Key used for another request",
            content = @Content(mediaType = PROBLEM_JSON, schema = @Schema(ref = PROBLEM)))
    @ApiResponse(responseCode = "415", description = "The body is not application/json",
            content = @Content(mediaType = PROBLEM_JSON, schema = @Schema(ref = PROBLEM)))
    ResponseEntity<ContractView> file(@AuthenticationPrincipal AccountPrincipal me,
            @RequestBody ContractRequest request,
            @Parameter(description = "A client-chosen key (1 to 100 characters) that makes a retried POST safe")
            @RequestHeader(name = IDEMPOTENCY_KEY, required = false) String idempotencyKey) {
        Filed filed = filing.file(me, request.toNewContract(), idempotencyKey);
        ContractView contract = filed.contract();
        URI location = URI.create(BASE + "/" + contract.id());
        ResponseEntity.BodyBuilder answer = filed.replayed()
                ? ResponseEntity.ok().location(location).header(REPLAYED, "true")
                : ResponseEntity.created(location);
        return answer.eTag(ETags.of(contract.version())).body(contract);
    }

    @GetMapping(produces = MediaType.APPLICATION_JSON_VALUE)
    @Operation(operationId = "listContracts", summary = "List contracts in the caller's scope",
            description = """
                    An enterprise sees its own contracts, an official those of its region and the regions below, \
                    an analyst registered (and revoked) ones. Sortable by dueOn, signedOn, registeredOn, \
                    contractAmount, submittedAt, id. Without sort: by due date (most urgent first) when the filter \
                    is a queue (only the statuses SUBMITTED and/or PENDING_SECOND_REVIEW, or overdue=true), else newest first. \
                    Accept: text/csv gives all matching rows as CSV.""")
    PageResponse<ContractSummary> list(@AuthenticationPrincipal AccountPrincipal me,
                                       @ParameterObject ContractListParameters parameters,
                                       @ParameterObject PageQuery page) {
        ContractFilter filter = listing.filter(parameters);
        return PageResponse.of(queries.search(me, filter, listing.pageable(page, filter)));
    }

    @GetMapping("/catalogue")
    @Operation(operationId = "contractCatalogue", summary = "Types, subtypes, technology fields, statuses, the "
            + "registration form's codes and the grounds of refusal",
            description = "Each with its code and its Chinese and English names, for forms and filters.")
    ContractCatalogue catalogue() {
        return ContractCatalogue.INSTANCE;
    }

    /** How many contracts of a list are returned or refused on a ground. */
    @Schema(name = "ContractGroundCount")
    record GroundCount(@Schema(example = "CONTENT_UNCLEAR") String code, String nameZh, String nameEn, long count) {
    }

    @GetMapping("/grounds")
    @Operation(operationId = "countContractsByGround", summary = "Returned or refused contracts counted by ground",
            description = """
                    Every ground of the catalogue's refusalReasons with the number of contracts in the caller's \
                    scope that match the list's filters (e.g. status=REJECTED&registeredFrom=...) and stand \
                    returned or refused on it; GET /api/v1/contracts?reasonCode= lists them.""")
    List<GroundCount> grounds(@AuthenticationPrincipal AccountPrincipal me,
                              @ParameterObject ContractListParameters parameters) {
        return queries.countByGround(me, listing.filter(parameters)).entrySet().stream()
                .map(e -> new GroundCount(e.getKey().name(), e.getKey().nameZh(), e.getKey().nameEn(), e.getValue()))
                .toList();
    }

    @GetMapping("/{id}")
    @Operation(operationId = "getContract", summary = "One contract with its history, attachments and the "
            + "actions the caller may take now", description = "ETag carries its version.")
    ResponseEntity<ContractView> get(@AuthenticationPrincipal AccountPrincipal me, @PathVariable long id) {
        return withETag(queries.get(me, id));
    }

    @PutMapping(path = "/{id}", consumes = MediaType.APPLICATION_JSON_VALUE)
    @Operation(operationId = "updateContract", summary = "Correct a draft or a returned contract",
            description = "Owner only (the seller, or the official who entered it), in DRAFT or RETURNED.")
    @ApiResponse(responseCode = "409", description = "Not in DRAFT or RETURNED, or the new terms make a duplicate",
            content = @Content(mediaType = PROBLEM_JSON, schema = @Schema(ref = PROBLEM)))
    @ApiResponse(responseCode = "412", description = "If-Match does not name the current version",
            content = @Content(mediaType = PROBLEM_JSON, schema = @Schema(ref = PROBLEM)))
    ResponseEntity<ContractView> update(@AuthenticationPrincipal AccountPrincipal me, @PathVariable long id,
            @RequestBody ContractTermsRequest request,
            @Parameter(description = "The ETag last read; 412 when the contract has changed since")
            @RequestHeader(name = HttpHeaders.IF_MATCH, required = false) String ifMatch) {
        Long expected = versions.expected(me, id, ifMatch);
        return withETag(service.update(me, id, request.toTerms(), request.toAbroadSeller(), expected));
    }

    static ResponseEntity<ContractView> withETag(ContractView contract) {
        return ResponseEntity.ok().eTag(ETags.of(contract.version())).body(contract);
    }
}
