package cn.kjj.platform.program;

import cn.kjj.platform.common.PageQuery;
import cn.kjj.platform.common.PageResponse;
import cn.kjj.platform.identity.AccountPrincipal;
import cn.kjj.platform.spreadsheet.ExportColumn;
import cn.kjj.platform.spreadsheet.ListExport;
import cn.kjj.platform.spreadsheet.SpreadsheetFormat;
import io.swagger.v3.oas.annotations.Operation;
import io.swagger.v3.oas.annotations.media.Schema;
import io.swagger.v3.oas.annotations.responses.ApiResponse;
import io.swagger.v3.oas.annotations.tags.Tag;
import jakarta.servlet.http.HttpServletRequest;
import jakarta.servlet.http.HttpServletResponse;
import java.io.IOException;
import java.math.BigDecimal;
import java.net.URI;
import java.time.LocalDate;
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
 * Innovation vouchers (科技创新券, decision 0043). Officials of a voucher program's region issue them
 * within its budget; the enterprise holding one (or the office) redeems it at a service provider; the
 * office pays it out. An enterprise sees only its own vouchers (another's is 404). A step the voucher's
 * status does not allow is 409 and changes nothing; an expired voucher is not redeemed (409).
 */
@RestController
@Tag(name = "Innovation vouchers")
record VoucherController(VoucherService service, VoucherQueries queries) {

    static final String BASE = "/api/v1/vouchers";
    private static final Set<String> SORTABLE = Set.of("id", "issuedOn", "validTo", "amount");
    private static final Sort DEFAULT_SORT = Sort.by(Sort.Order.desc("issuedOn"), Sort.Order.desc("id"));
    static final List<ExportColumn<VoucherSummary>> EXPORT = ExportColumn.ofRecord(VoucherSummary.class);

    @Schema(name = "VoucherRequest", description = "A voucher to issue (yuan)")
    record VoucherRequest(
            @Schema(description = "A program of kind INNOVATION_VOUCHER", requiredMode = Schema.RequiredMode.REQUIRED)
            Long programId,
            @Schema(description = "An enterprise of the program's region", requiredMode = Schema.RequiredMode.REQUIRED)
            Long enterpriseId,
            @Schema(example = "50000.00", requiredMode = Schema.RequiredMode.REQUIRED) BigDecimal amount,
            @Schema(description = "Its last day of validity", example = "2026-12-31",
                    requiredMode = Schema.RequiredMode.REQUIRED) LocalDate validTo) {
    }

    @Schema(name = "RedemptionRequest", description = "Where a voucher was used")
    record RedemptionRequest(
            @Schema(example = "广东省江门市检测技术研究院", requiredMode = Schema.RequiredMode.REQUIRED) String providerName,
            @Schema(description = "The provider's unified social credit code (checked as everywhere)",
                    example = "12440700MB2C12345X", requiredMode = Schema.RequiredMode.REQUIRED)
            String providerCreditCode,
            @Schema(description = "The service's amount, at most the voucher's", example = "30000.00",
                    requiredMode = Schema.RequiredMode.REQUIRED) BigDecimal amount,
            @Schema(description = "Optional: a REGISTERED technology contract whose buyer is the voucher's enterprise")
            Long contractId) {
    }

    @PostMapping(BASE)
    @Operation(operationId = "issueVoucher", summary = "Issue an innovation voucher (officials of the program's region)",
            description = "409 error.voucher.programKind for a program that is not INNOVATION_VOUCHER, "
                    + "error.voucher.outsideRegion for an enterprise outside the program's region, "
                    + "error.program.budgetExceeded beyond the program's remaining budget (also for issues at "
                    + "the same moment).")
    @ApiResponse(responseCode = "201", description = "Issued (status ISSUED)")
    ResponseEntity<VoucherView> issue(@AuthenticationPrincipal AccountPrincipal me,
                                      @RequestBody VoucherRequest body) {
        long id = service.issue(me, new NewVoucher(body.programId(), body.enterpriseId(), body.amount(),
                body.validTo()));
        return ResponseEntity.created(URI.create(BASE + "/" + id)).body(queries.get(me, id));
    }

    @GetMapping(value = BASE, params = "!" + ListExport.FORMAT)
    @Operation(operationId = "listVouchers", summary = "Vouchers: the office's in its region, an enterprise's own",
            description = "Filter by region (and below), programId and status (ISSUED, REDEEMED, PAID, EXPIRED). "
                    + "Sortable by id, issuedOn, validTo, amount; newest first. CSV or XLSX with Accept or ?format=.")
    PageResponse<VoucherSummary> list(@AuthenticationPrincipal AccountPrincipal me,
                                      @RequestParam(required = false) String region,
                                      @RequestParam(required = false) Long programId,
                                      @RequestParam(required = false) VoucherStatus status,
                                      @ParameterObject PageQuery page) {
        return PageResponse.of(queries.list(me, region, programId, status, page.toPageable(DEFAULT_SORT, SORTABLE)));
    }

    @GetMapping(value = BASE, produces = {SpreadsheetFormat.TEXT_CSV, SpreadsheetFormat.XLSX_MEDIA_TYPE})
    void export(@AuthenticationPrincipal AccountPrincipal me, @RequestParam(required = false) String region,
                @RequestParam(required = false) Long programId, @RequestParam(required = false) VoucherStatus status,
                @ParameterObject PageQuery page, HttpServletRequest request, HttpServletResponse response)
            throws IOException {
        ListExport.send(request, response, "vouchers", EXPORT, page, DEFAULT_SORT, SORTABLE,
                pageable -> queries.list(me, region, programId, status, pageable));
    }

    @GetMapping(value = BASE, params = ListExport.FORMAT)
    void exportAsAsked(@AuthenticationPrincipal AccountPrincipal me, @RequestParam(required = false) String region,
                       @RequestParam(required = false) Long programId,
                       @RequestParam(required = false) VoucherStatus status, @ParameterObject PageQuery page,
                       HttpServletRequest request, HttpServletResponse response) throws IOException {
        export(me, region, programId, status, page, request, response);
    }

    @GetMapping(BASE + "/{id}")
    @Operation(operationId = "getVoucher", summary = "A voucher with every step (who, when, money)")
    VoucherView get(@AuthenticationPrincipal AccountPrincipal me, @PathVariable long id) {
        return queries.get(me, id);
    }

    @PostMapping(BASE + "/{id}/redeem")
    @Operation(operationId = "redeemVoucher", summary = "Redeem at a service provider (the holder or the office)",
            description = "400 for a bad credit code or amount; 409 error.voucher.expired past its last day, "
                    + "error.voucher.amountExceeded beyond its amount, error.voucher.contractNotRegistered or "
                    + "error.voucher.contractNotOfEnterprise for a contract that does not fit.")
    VoucherView redeem(@AuthenticationPrincipal AccountPrincipal me, @PathVariable long id,
                       @RequestBody RedemptionRequest body) {
        service.redeem(me, id, new Redemption(body.providerName(), body.providerCreditCode(), body.amount(),
                body.contractId()));
        return queries.get(me, id);
    }

    @PostMapping(BASE + "/{id}/pay")
    @Operation(operationId = "payVoucher", summary = "Pay the redeemed amount out (兑付, officials)",
            description = "409 error.voucher.transition.illegal unless the voucher is redeemed.")
    VoucherView pay(@AuthenticationPrincipal AccountPrincipal me, @PathVariable long id) {
        service.pay(me, id);
        return queries.get(me, id);
    }
}
