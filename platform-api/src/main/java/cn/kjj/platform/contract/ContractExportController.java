package cn.kjj.platform.contract;

import cn.kjj.platform.common.PageQuery;
import cn.kjj.platform.identity.AccountPrincipal;
import cn.kjj.platform.spreadsheet.ExportColumn;
import cn.kjj.platform.spreadsheet.ListExport;
import cn.kjj.platform.spreadsheet.SpreadsheetFormat;
import io.swagger.v3.oas.annotations.Hidden;
import jakarta.servlet.http.HttpServletRequest;
import jakarta.servlet.http.HttpServletResponse;
import java.io.IOException;
import java.util.List;
import org.springdoc.core.annotations.ParameterObject;
import org.springframework.security.core.annotation.AuthenticationPrincipal;
import org.springframework.web.bind.annotation.GetMapping;
import org.springframework.web.bind.annotation.RestController;

/**
 * {@code GET /api/v1/contracts} as a file: with {@code Accept: text/csv} (UTF-8 with BOM) or the
 * XLSX type, or {@code ?format=csv|xlsx}. Every contract that the same filters give as JSON, in
 * the same order; {@code page} and {@code size} do not apply, and more than 100,000 rows is a 400
 * rather than a file cut short (see {@link ListExport}). The tax office's list is this export of
 * {@code ?status=REGISTERED&registeredFrom=&registeredTo=} (optionally {@code &vatExempt=true}): each
 * contract with its 核定 and declared amounts and its tax relief flags.
 */
@RestController
record ContractExportController(ContractQueries queries, ContractListing listing) {

    static final String TEXT_CSV = SpreadsheetFormat.TEXT_CSV;

    static final List<ExportColumn<ContractSummary>> COLUMNS = List.of(
            ExportColumn.of("id", ContractSummary::id),
            ExportColumn.of("registrationNo", ContractSummary::registrationNo),
            ExportColumn.of("title", ContractSummary::title),
            ExportColumn.of("type", ContractSummary::type),
            ExportColumn.of("subtype", ContractSummary::subtype),
            ExportColumn.of("technologyField", ContractSummary::technologyField),
            ExportColumn.of("buyerName", ContractSummary::buyerName),
            ExportColumn.of("signedOn", ContractSummary::signedOn),
            ExportColumn.of("contractAmount", ContractSummary::contractAmount),
            ExportColumn.of("techTransactionAmount", ContractSummary::techTransactionAmount),
            ExportColumn.of("status", ContractSummary::status),
            ExportColumn.of("registeredOn", ContractSummary::registeredOn),
            ExportColumn.of("sellerId", ContractSummary::sellerId),
            ExportColumn.of("sellerName", ContractSummary::sellerName),
            ExportColumn.of("sellerRegionCode", ContractSummary::sellerRegionCode),
            ExportColumn.of("submittedAt", ContractSummary::submittedAt),
            ExportColumn.of("dueOn", ContractSummary::dueOn),
            ExportColumn.of("overdue", ContractSummary::overdue),
            ExportColumn.of("needsTwoOfficials", ContractSummary::needsTwoOfficials),
            ExportColumn.of("version", ContractSummary::version),
            ExportColumn.of("declaredTechTransactionAmount", ContractSummary::declaredTechTransactionAmount),
            ExportColumn.of("ipType", ContractSummary::ipType),
            ExportColumn.of("reasonCode", ContractSummary::reasonCode),
            ExportColumn.of("vatExempt", c -> c.taxRelief() == null ? null : c.taxRelief().vatExempt()),
            ExportColumn.of("incomeTaxTransfer", c -> c.taxRelief() == null ? null : c.taxRelief().incomeTaxTransfer()),
            ExportColumn.of("buyerRdDeduction", c -> c.taxRelief() == null ? null : c.taxRelief().buyerRdDeduction()));

    @Hidden // documented with the JSON list, see ContractOpenApi
    @GetMapping(path = ContractController.BASE, produces = {SpreadsheetFormat.TEXT_CSV, SpreadsheetFormat.XLSX_MEDIA_TYPE})
    void export(@AuthenticationPrincipal AccountPrincipal me, @ParameterObject ContractListParameters parameters,
                @ParameterObject PageQuery page, HttpServletRequest request, HttpServletResponse response)
            throws IOException {
        send(me, parameters, page, request, response);
    }

    @Hidden
    @GetMapping(path = ContractController.BASE, params = ListExport.FORMAT)
    void exportAsAsked(@AuthenticationPrincipal AccountPrincipal me, @ParameterObject ContractListParameters parameters,
                       @ParameterObject PageQuery page, HttpServletRequest request, HttpServletResponse response)
            throws IOException {
        send(me, parameters, page, request, response);
    }

    private void send(AccountPrincipal me, ContractListParameters parameters, PageQuery page,
                      HttpServletRequest request, HttpServletResponse response) throws IOException {
        ContractFilter filter = listing.filter(parameters);
        ListExport.send(request, response, "contracts", COLUMNS, page, ContractListing.defaultSort(filter),
                ContractListing.SORTABLE, pageable -> queries.search(me, filter, pageable));
    }
}
