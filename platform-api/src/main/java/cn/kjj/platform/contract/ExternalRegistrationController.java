package cn.kjj.platform.contract;

import cn.kjj.platform.common.PageQuery;
import cn.kjj.platform.common.PageResponse;
import cn.kjj.platform.identity.AccountPrincipal;
import cn.kjj.platform.registry.ListQuery;
import cn.kjj.platform.registry.RegistryQuery;
import cn.kjj.platform.spreadsheet.ExportColumn;
import cn.kjj.platform.spreadsheet.ListExport;
import cn.kjj.platform.spreadsheet.SpreadsheetFormat;
import io.swagger.v3.oas.annotations.Operation;
import io.swagger.v3.oas.annotations.Parameter;
import io.swagger.v3.oas.annotations.tags.Tag;
import jakarta.servlet.http.HttpServletRequest;
import jakarta.servlet.http.HttpServletResponse;
import java.io.IOException;
import java.util.LinkedHashSet;
import java.util.List;
import java.util.Set;
import org.springdoc.core.annotations.ParameterObject;
import org.springframework.http.MediaType;
import org.springframework.security.core.annotation.AuthenticationPrincipal;
import org.springframework.web.bind.annotation.GetMapping;
import org.springframework.web.bind.annotation.PathVariable;
import org.springframework.web.bind.annotation.RequestMapping;
import org.springframework.web.bind.annotation.RequestParam;
import org.springframework.web.bind.annotation.RestController;

/**
 * Contracts registered at other offices and imported here (import kind {@code external-contracts};
 * decision 0036), apart from the local registrations of {@code /api/v1/contracts}. Read-only: they
 * come in by import only. The staff read them, an official those whose buyer is in its region.
 */
@RestController
@RequestMapping("/api/v1/contracts/external")
@Tag(name = "Contracts registered elsewhere", description = "异地登记技术合同: registrations of other offices whose "
        + "buyer is here, imported from the national system; absorption (技术吸纳) of the buyer's district, never output")
record ExternalRegistrationController(ExternalRegistrations registrations) {

    private static final ListQuery LISTED = ExternalRegistrations.REGISTRY.list();
    private static final List<ExportColumn<ExternalRegistrationView>> COLUMNS =
            ExportColumn.ofRecord(ExternalRegistrationView.class, "version", "editable");

    @GetMapping(produces = MediaType.APPLICATION_JSON_VALUE)
    @Operation(operationId = "listExternalContracts", summary = "Contracts registered elsewhere, in the caller's scope",
            description = """
                    The registrations of other offices imported with POST /api/v1/imports/external-contracts \
                    (docs/import.md), whose buyer's district (regionCode) is in the caller's scope; for ADMIN, \
                    OFFICIAL (its region) and ANALYST. They count in contract-turnover with perspective=BUYER of \
                    the buyer's district, in every by= dimension (sellerNature, buyerNature, ipType and planSource \
                    null where the export left them out: the group UNKNOWN), and never with perspective=SELLER. \
                    Sortable by registeredOn (newest \
                    first by default), registrationNo, contractAmount, id.""")
    PageResponse<ExternalRegistrationView> list(@AuthenticationPrincipal AccountPrincipal me,
            @Parameter(description = "A region code: its registrations and those of the regions below")
            @RequestParam(required = false) String region,
            @Parameter(description = "Text in the registration number, the buyer's or the seller's name")
            @RequestParam(required = false) String q,
            @Parameter(description = "Only contracts of this type") @RequestParam(required = false) ContractType type,
            @ParameterObject PageQuery page) {
        RegistryQuery query = RegistryQuery.of(region, q).with("type", type);
        return PageResponse.of(registrations.search(me, query, page.toPageable(LISTED.defaultSort(), sortable())));
    }

    /** The columns a client may sort by: the list's and the id. */
    private static Set<String> sortable() {
        Set<String> sortable = new LinkedHashSet<>(List.of("id"));
        sortable.addAll(LISTED.sortable());
        return sortable;
    }

    /** The list as CSV or XLSX ({@code Accept} or {@code ?format=}): same filters and order, not paged. */
    @GetMapping(produces = {SpreadsheetFormat.TEXT_CSV, SpreadsheetFormat.XLSX_MEDIA_TYPE})
    @Operation(operationId = "exportExternalContracts", summary = "Contracts registered elsewhere as CSV or XLSX")
    void export(@AuthenticationPrincipal AccountPrincipal me, @RequestParam(required = false) String region,
                @RequestParam(required = false) String q, @RequestParam(required = false) ContractType type,
                @ParameterObject PageQuery page, HttpServletRequest request, HttpServletResponse response)
            throws IOException {
        RegistryQuery query = RegistryQuery.of(region, q).with("type", type);
        ListExport.send(request, response, "external-contracts", COLUMNS, page, LISTED.defaultSort(), sortable(),
                pageable -> registrations.search(me, query, pageable));
    }

    @GetMapping(params = ListExport.FORMAT)
    void exportAsAsked(@AuthenticationPrincipal AccountPrincipal me, @RequestParam(required = false) String region,
                       @RequestParam(required = false) String q, @RequestParam(required = false) ContractType type,
                       @ParameterObject PageQuery page, HttpServletRequest request, HttpServletResponse response)
            throws IOException {
        export(me, region, q, type, page, request, response);
    }

    @GetMapping(path = "/{id}", produces = MediaType.APPLICATION_JSON_VALUE)
    @Operation(operationId = "getExternalContract", summary = "One contract registered elsewhere",
            description = "404 outside the caller's scope.")
    ExternalRegistrationView get(@AuthenticationPrincipal AccountPrincipal me, @PathVariable long id) {
        return registrations.get(me, id);
    }
}
