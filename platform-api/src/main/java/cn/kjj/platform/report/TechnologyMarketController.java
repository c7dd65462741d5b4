package cn.kjj.platform.report;

import cn.kjj.platform.identity.AccountPrincipal;
import cn.kjj.platform.report.document.TechnologyMarketWorkbook;
import cn.kjj.platform.spreadsheet.SpreadsheetFormat;
import io.swagger.v3.oas.annotations.Operation;
import io.swagger.v3.oas.annotations.Parameter;
import io.swagger.v3.oas.annotations.media.Content;
import io.swagger.v3.oas.annotations.media.Schema;
import io.swagger.v3.oas.annotations.responses.ApiResponse;
import io.swagger.v3.oas.annotations.tags.Tag;
import jakarta.servlet.http.HttpServletResponse;
import java.io.IOException;
import java.util.Locale;
import org.springframework.http.MediaType;
import org.springframework.security.core.annotation.AuthenticationPrincipal;
import org.springframework.web.bind.annotation.GetMapping;
import org.springframework.web.bind.annotation.RequestParam;
import org.springframework.web.bind.annotation.RestController;

/**
 * The yearly technology-market tables of a region (技术市场统计, docs/indicators.md) as JSON, or as an XLSX
 * workbook, one sheet a table, with {@code Accept} of a spreadsheet. Readers as for the annual report:
 * officials of the region or above, ADMIN, ANALYST (ApiSecurityConfiguration; scope: DashboardAccess, else 404).
 */
@RestController
@Tag(name = "Reports", description = "Annual report per region and year (decision 0018)")
record TechnologyMarketController(TechnologyMarketService reports) {

    static final String PATH = "/api/v1/reports/technology-market";

    @GetMapping(value = PATH, produces = MediaType.APPLICATION_JSON_VALUE)
    @Operation(operationId = "technologyMarketReport", summary = "A region's technology-market tables of a year:"
            + " registered contracts' count, turnover and 核定 technology transaction amount for output and absorption,"
            + " in total and by type, field, seller and buyer nature, IP type, plan source and flow; each figure"
            + " with its lineage link (decision 0035); each absorption figure also with registeredElsewhere, the"
            + " part of it registered at other offices and imported (null on the output side; decision 0054)")
    TechnologyMarketReport report(@AuthenticationPrincipal AccountPrincipal me,
                                  @Parameter(description = "region code; default: the official's region, else 440700")
                                  @RequestParam(required = false) String region,
                                  @Parameter(description = "the year; default: last year; a future year is 400")
                                  @RequestParam(required = false) Integer year) {
        return reports.report(me, region, year);
    }

    @GetMapping(value = PATH, produces = SpreadsheetFormat.XLSX_MEDIA_TYPE)
    @Operation(operationId = "technologyMarketWorkbook", summary = "The technology-market tables as a workbook")
    @ApiResponse(responseCode = "200", description = "An XLSX workbook: totals, then one sheet a side and dimension",
            content = @Content(mediaType = SpreadsheetFormat.XLSX_MEDIA_TYPE,
                    schema = @Schema(type = "string", format = "binary")))
    void workbook(@AuthenticationPrincipal AccountPrincipal me, @RequestParam(required = false) String region,
                  @RequestParam(required = false) Integer year, Locale locale, HttpServletResponse response)
            throws IOException {
        TechnologyMarketWorkbook.send(response, reports.report(me, region, year), locale);
    }
}
