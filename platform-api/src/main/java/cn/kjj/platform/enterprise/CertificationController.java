package cn.kjj.platform.enterprise;

import cn.kjj.platform.common.ETags;
import cn.kjj.platform.common.PageQuery;
import cn.kjj.platform.common.PageResponse;
import cn.kjj.platform.identity.AccountPrincipal;
import cn.kjj.platform.spreadsheet.ExportColumn;
import cn.kjj.platform.spreadsheet.ListExport;
import cn.kjj.platform.spreadsheet.SpreadsheetFormat;
import io.swagger.v3.oas.annotations.Operation;
import io.swagger.v3.oas.annotations.Parameter;
import io.swagger.v3.oas.annotations.media.Content;
import io.swagger.v3.oas.annotations.media.Schema;
import io.swagger.v3.oas.annotations.responses.ApiResponse;
import io.swagger.v3.oas.annotations.tags.Tag;
import jakarta.servlet.http.HttpServletRequest;
import jakarta.servlet.http.HttpServletResponse;
import java.io.IOException;
import java.net.URI;
import java.util.List;
import java.util.Set;
import org.springdoc.core.annotations.ParameterObject;
import org.springframework.data.domain.Sort;
import org.springframework.http.HttpHeaders;
import org.springframework.http.MediaType;
import org.springframework.http.ResponseEntity;
import org.springframework.security.core.annotation.AuthenticationPrincipal;
import org.springframework.web.bind.annotation.GetMapping;
import org.springframework.web.bind.annotation.PathVariable;
import org.springframework.web.bind.annotation.PostMapping;
import org.springframework.web.bind.annotation.RequestBody;
import org.springframework.web.bind.annotation.RequestHeader;
import org.springframework.web.bind.annotation.RequestParam;
import org.springframework.web.bind.annotation.RestController;

/**
 * High-tech enterprise certificates (国家高新技术企业证书): entered, listed, revoked (never
 * deleted), and the renewal pipeline of those that end soon without a renewal yet.
 */
@RestController
@Tag(name = "Enterprises")
record CertificationController(CertificationService service, EnterpriseQueries queries) {

    static final String CERTIFICATIONS = EnterpriseController.BASE + "/{id}/certifications";
    static final Set<String> PIPELINE_SORTABLE = Set.of("id", "expiresOn", "issuedOn", "certificateNo");
    static final Sort PIPELINE_ORDER = Sort.by("expiresOn");
    static final List<ExportColumn<ExpiringCertification>> PIPELINE_EXPORT =
            ExportColumn.ofRecord(ExpiringCertification.class);
    private static final String PROBLEM = EnterpriseController.PROBLEM;
    private static final String PROBLEM_JSON = EnterpriseController.PROBLEM_JSON;

    @GetMapping(CERTIFICATIONS)
    @Operation(operationId = "listCertifications", summary = "An enterprise's certificates, newest first",
            description = "Each with its status today: IN_FORCE, EXPIRING_SOON, EXPIRED, REVOKED or NOT_YET_IN_FORCE.")
    List<CertificationView> list(@AuthenticationPrincipal AccountPrincipal me, @PathVariable long id) {
        return queries.certifications(me, id);
    }

    @GetMapping(CERTIFICATIONS + "/{certificationId}")
    @Operation(operationId = "getCertification", summary = "One certificate", description = "ETag carries its version.")
    ResponseEntity<CertificationView> get(@AuthenticationPrincipal AccountPrincipal me, @PathVariable long id,
                                          @PathVariable long certificationId) {
        return withETag(queries.certification(me, id, certificationId));
    }

    @PostMapping(path = CERTIFICATIONS, consumes = MediaType.APPLICATION_JSON_VALUE)
    @Operation(operationId = "certify", summary = "Enter an initial certification or a renewal",
            description = """
                    expiresOn defaults to three years of validity (the day before the third anniversary). \
                    An enterprise holds one certificate at a time; a RENEWAL may overlap the certificate it \
                    follows when issued in that one's last year, and needs an earlier certificate.""")
    @ApiResponse(responseCode = "201", description = "Entered; Location names it")
    @ApiResponse(responseCode = "409", description = "The number is already entered, or the dates clash with "
            + "another certificate of the enterprise",
            content = @Content(mediaType = PROBLEM_JSON, schema = @Schema(ref = PROBLEM)))
    ResponseEntity<CertificationView> certify(@AuthenticationPrincipal AccountPrincipal me, @PathVariable long id,
                                              @RequestBody CertificationRequest request) {
        CertificationView created = service.certify(me, id, request.toNewCertification());
        return ResponseEntity.created(URI.create(EnterpriseController.BASE + "/" + id + "/certifications/"
                        + created.id()))
                .eTag(ETags.of(created.version()))
                .body(created);
    }

    @PostMapping(path = CERTIFICATIONS + "/{certificationId}/revoke", consumes = MediaType.APPLICATION_JSON_VALUE)
    @Operation(operationId = "revokeCertification", summary = "Revoke a certificate with a reason",
            description = "From revokedOn (default today) it is no longer in force. A certificate is never deleted.")
    @ApiResponse(responseCode = "409", description = "Already revoked",
            content = @Content(mediaType = PROBLEM_JSON, schema = @Schema(ref = PROBLEM)))
    ResponseEntity<CertificationView> revoke(@AuthenticationPrincipal AccountPrincipal me, @PathVariable long id,
            @PathVariable long certificationId, @RequestBody RevocationRequest request,
            @Parameter(description = "The certificate's ETag last read; 412 when it has changed since")
            @RequestHeader(name = HttpHeaders.IF_MATCH, required = false) String ifMatch) {
        Long expected = ETags.expected(ifMatch, () -> queries.certification(me, id, certificationId).version(),
                "certification", certificationId);
        return withETag(service.revoke(me, id, certificationId, request.reason(), request.revokedOn(), expected));
    }

    @GetMapping("/api/v1/certifications/expiring")
    @Operation(operationId = "renewalPipeline", summary = "The renewal pipeline",
            description = """
                    Certificates (not revoked) whose last day falls from today up to withinDays days ahead and \
                    whose enterprise has no later certificate yet, in the caller's scope; soonest first. \
                    Sortable by expiresOn, issuedOn, certificateNo, id.""")
    @ApiResponse(responseCode = "400", description = "withinDays outside 1 to 3650",
            content = @Content(mediaType = PROBLEM_JSON, schema = @Schema(ref = PROBLEM)))
    PageResponse<ExpiringCertification> expiring(@AuthenticationPrincipal AccountPrincipal me,
            @Parameter(description = "Region code: enterprises registered there or below", example = "440704")
            @RequestParam(required = false) String region,
            @Parameter(description = "How many days ahead, 1 to 3650", example = "180")
            @RequestParam(required = false) Integer withinDays,
            @ParameterObject PageQuery page) {
        return PageResponse.of(queries.expiring(me, region, withinDays,
                page.toPageable(PIPELINE_ORDER, PIPELINE_SORTABLE)));
    }

    /** The pipeline as CSV or XLSX (Accept or ?format=csv|xlsx): same filters and order, not paged (ListExport). */
    @GetMapping(path = "/api/v1/certifications/expiring",
            produces = {SpreadsheetFormat.TEXT_CSV, SpreadsheetFormat.XLSX_MEDIA_TYPE})
    void exportExpiring(@AuthenticationPrincipal AccountPrincipal me, @RequestParam(required = false) String region,
                        @RequestParam(required = false) Integer withinDays, @ParameterObject PageQuery page,
                        HttpServletRequest request, HttpServletResponse response) throws IOException {
        ListExport.send(request, response, "renewal-pipeline", PIPELINE_EXPORT, page, PIPELINE_ORDER,
                PIPELINE_SORTABLE, pageable -> queries.expiring(me, region, withinDays, pageable));
    }

    @GetMapping(path = "/api/v1/certifications/expiring", params = ListExport.FORMAT)
    void exportExpiringAsAsked(@AuthenticationPrincipal AccountPrincipal me,
                               @RequestParam(required = false) String region,
                               @RequestParam(required = false) Integer withinDays, @ParameterObject PageQuery page,
                               HttpServletRequest request, HttpServletResponse response) throws IOException {
        exportExpiring(me, region, withinDays, page, request, response);
    }

    private static ResponseEntity<CertificationView> withETag(CertificationView certification) {
        return ResponseEntity.ok().eTag(ETags.of(certification.version())).body(certification);
    }
}
