package cn.kjj.platform.audit;

import io.swagger.v3.oas.annotations.Parameter;

/** The filters of the audit list, as query parameters. */
record AuditListParameters(
        @Parameter(description = "Kind of record, e.g. account, enterprise, contract", example = "account")
        String entityType,
        @Parameter(description = "The record's id (with entityType)") String entityId,
        @Parameter(description = "Username of who made the change, or system", example = "admin") String actor,
        @Parameter(description = "From this instant or date (inclusive)", example = "2026-03-01") String from,
        @Parameter(description = "Until this instant or date (exclusive)", example = "2026-04-01T00:00:00Z")
        String to) {

    AuditFilter toFilter() {
        return AuditFilter.of(entityType, entityId, actor, from, to);
    }
}
