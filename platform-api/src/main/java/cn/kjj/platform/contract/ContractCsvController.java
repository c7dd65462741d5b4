package cn.kjj.platform.contract;

import cn.kjj.platform.account.AccountPrincipal;
import cn.kjj.platform.common.DomainException;
import cn.kjj.platform.common.PageQuery;
import io.swagger.v3.oas.annotations.Hidden;
import jakarta.servlet.http.HttpServletResponse;
import java.io.BufferedWriter;
import java.io.IOException;
import java.io.OutputStreamWriter;
import java.io.Writer;
import java.nio.charset.StandardCharsets;
import org.springdoc.core.annotations.ParameterObject;
import org.springframework.data.domain.Page;
import org.springframework.data.domain.PageRequest;
import org.springframework.data.domain.Sort;
import org.springframework.http.HttpHeaders;
import org.springframework.security.core.annotation.AuthenticationPrincipal;
import org.springframework.web.bind.annotation.GetMapping;
import org.springframework.web.bind.annotation.RestController;

/**
 * {@code GET /api/v1/contracts} with {@code Accept: text/csv}: every contract that the same
 * filters give as JSON, in the same order, as one CSV document (UTF-8 with BOM). {@code page} and
 * {@code size} are ignored; a result of more than {@value #MAX_ROWS} rows is refused (400) rather
 * than cut short, so that nobody takes a partial export for the whole.
 */
@RestController
class ContractCsvController {

    static final String TEXT_CSV = "text/csv";
    static final int MAX_ROWS = 100_000;
    private static final int CHUNK = 1_000;

    private final ContractQueries queries;
    private final ContractListing listing;

    ContractCsvController(ContractQueries queries, ContractListing listing) {
        this.queries = queries;
        this.listing = listing;
    }

    @Hidden // documented with the JSON list, see ContractOpenApi
    @GetMapping(path = ContractController.BASE, produces = TEXT_CSV)
    void listAsCsv(@AuthenticationPrincipal AccountPrincipal me, @ParameterObject ContractListParameters parameters,
                   @ParameterObject PageQuery page, HttpServletResponse response) throws IOException {
        ContractFilter filter = listing.filter(parameters);
        // the page's sort is checked as for JSON; its number and size do not apply to an export
        Sort order = listing.pageable(new PageQuery(0, PageQuery.MAX_SIZE, page.sort()), filter).getSort();
        Page<ContractSummary> chunk = queries.search(me, filter, PageRequest.of(0, CHUNK, order));
        if (chunk.getTotalElements() > MAX_ROWS) {
            throw new TooManyRowsException(MAX_ROWS);
        }
        response.setStatus(HttpServletResponse.SC_OK);
        response.setContentType(TEXT_CSV + ";charset=UTF-8");
        response.setHeader(HttpHeaders.CONTENT_DISPOSITION, Downloads.attachment("contracts.csv"));
        Writer out = new BufferedWriter(new OutputStreamWriter(response.getOutputStream(), StandardCharsets.UTF_8));
        ContractCsv.header(out);
        while (true) {
            for (ContractSummary contract : chunk) {
                ContractCsv.row(out, contract);
            }
            if (!chunk.hasNext()) {
                break;
            }
            chunk = queries.search(me, filter, PageRequest.of(chunk.getNumber() + 1, CHUNK, order));
        }
        out.flush();
    }

    /** An export beyond {@link #MAX_ROWS}: 400, the caller narrows its filters. */
    static final class TooManyRowsException extends DomainException {
        TooManyRowsException(int limit) {
            super("error.csv.tooManyRows", "more than " + limit + " rows: narrow the filters", limit);
        }
    }
}
