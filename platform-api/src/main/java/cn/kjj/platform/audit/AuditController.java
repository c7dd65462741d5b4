package cn.kjj.platform.audit;

import cn.kjj.platform.common.PageQuery;
import cn.kjj.platform.common.PageResponse;
import cn.kjj.platform.identity.AccountPrincipal;
import cn.kjj.platform.spreadsheet.ExportColumn;
import cn.kjj.platform.spreadsheet.ListExport;
import cn.kjj.platform.spreadsheet.SpreadsheetFormat;
import io.swagger.v3.oas.annotations.Operation;
import io.swagger.v3.oas.annotations.tags.Tag;
import jakarta.servlet.http.HttpServletRequest;
import jakarta.servlet.http.HttpServletResponse;
import java.io.IOException;
import java.util.List;
import org.springdoc.core.annotations.ParameterObject;
import org.springframework.data.domain.Sort;
import org.springframework.http.MediaType;
import org.springframework.security.core.annotation.AuthenticationPrincipal;
import org.springframework.web.bind.annotation.GetMapping;
import org.springframework.web.bind.annotation.RequestMapping;
import org.springframework.web.bind.annotation.RestController;

/** The audit trail (ADMIN only, see {@code ApiSecurityConfiguration.rules}) and its hash-chain check. */
@RestController
@RequestMapping("/api/v1/audit")
@Tag(name = "Audit", description = "Every change: who, when, what, before and after; hash-chained (ADMIN only)")
record AuditController(AuditQueries queries) {

    static final Sort DEFAULT_SORT = Sort.by(Sort.Order.desc("seq"));
    static final List<ExportColumn<AuditEvent>> EXPORT_COLUMNS = List.of(
            ExportColumn.of("seq", AuditEvent::seq), ExportColumn.of("id", AuditEvent::id),
            ExportColumn.of("at", AuditEvent::at), ExportColumn.of("actor", AuditEvent::actor),
            ExportColumn.of("action", AuditEvent::action), ExportColumn.of("entityType", AuditEvent::entityType),
            ExportColumn.of("entityId", AuditEvent::entityId), ExportColumn.of("regionCode", AuditEvent::regionCode),
            ExportColumn.of("before", AuditEvent::before), ExportColumn.of("after", AuditEvent::after),
            ExportColumn.of("hash", AuditEvent::hash));

    @GetMapping(produces = MediaType.APPLICATION_JSON_VALUE)
    @Operation(operationId = "listAuditEvents", summary = "List audit events",
            description = """
                    Newest first unless sorted otherwise (seq, at, actor, entityType). Filters: entityType, entityId, \
                    actor, from (inclusive), to (exclusive), as ISO-8601 instants or dates (Beijing midnight). \
                    before and after are the record's state as JSON text. Also as CSV or XLSX \
                    (Accept: text/csv or ?format=csv|xlsx).""")
    PageResponse<AuditEvent> list(@AuthenticationPrincipal AccountPrincipal me,
                                  @ParameterObject AuditListParameters parameters, @ParameterObject PageQuery page) {
        return PageResponse.of(queries.search(me, parameters.toFilter(),
                page.toPageable(DEFAULT_SORT, AuditQueries.SORTABLE)));
    }

    /** The list as CSV or XLSX: same filters and order, not paged (ListExport). */
    @GetMapping(produces = {SpreadsheetFormat.TEXT_CSV, SpreadsheetFormat.XLSX_MEDIA_TYPE})
    void export(@AuthenticationPrincipal AccountPrincipal me, @ParameterObject AuditListParameters parameters,
                @ParameterObject PageQuery page, HttpServletRequest request, HttpServletResponse response)
            throws IOException {
        AuditFilter filter = parameters.toFilter();
        ListExport.send(request, response, "audit", EXPORT_COLUMNS, page, DEFAULT_SORT, AuditQueries.SORTABLE,
                pageable -> queries.search(me, filter, pageable));
    }

    @GetMapping(params = ListExport.FORMAT)
    void exportAsAsked(@AuthenticationPrincipal AccountPrincipal me, @ParameterObject AuditListParameters parameters,
                       @ParameterObject PageQuery page, HttpServletRequest request, HttpServletResponse response)
            throws IOException {
        export(me, parameters, page, request, response);
    }

    @GetMapping("/verification")
    @Operation(operationId = "verifyAuditChain", summary = "Check the audit hash chain",
            description = """
                    Recomputes every event's SHA-256 and its link to the one before, from the first event to the head. \
                    intact=false names the sequence number (and event id) where the chain breaks and how: content \
                    (the event was changed), link or missing (an event was removed or inserted), head (the newest \
                    events were removed).""")
    AuditChainCheck verify(@AuthenticationPrincipal AccountPrincipal me) {
        return queries.verify(me);
    }
}
