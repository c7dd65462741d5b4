package cn.kjj.platform.program;

import cn.kjj.platform.common.PageQuery;
import cn.kjj.platform.common.PageResponse;
import cn.kjj.platform.common.UploadedFile;
import cn.kjj.platform.document.Downloads;
import cn.kjj.platform.identity.AccountPrincipal;
import io.swagger.v3.oas.annotations.Operation;
import io.swagger.v3.oas.annotations.Parameter;
import io.swagger.v3.oas.annotations.responses.ApiResponse;
import io.swagger.v3.oas.annotations.tags.Tag;
import java.io.IOException;
import java.net.URI;
import java.util.List;
import java.util.Set;
import org.springdoc.core.annotations.ParameterObject;
import org.springframework.data.domain.Sort;
import org.springframework.http.MediaType;
import org.springframework.http.ResponseEntity;
import org.springframework.security.core.annotation.AuthenticationPrincipal;
import org.springframework.web.bind.annotation.GetMapping;
import org.springframework.web.bind.annotation.PathVariable;
import org.springframework.web.bind.annotation.PostMapping;
import org.springframework.web.bind.annotation.RequestBody;
import org.springframework.web.bind.annotation.RequestParam;
import org.springframework.web.bind.annotation.RequestPart;
import org.springframework.web.bind.annotation.RestController;
import org.springframework.web.multipart.MultipartFile;

/**
 * Applications to programs (decision 0039). Enterprises apply, attach documents and resubmit what
 * was returned, and see only their own (another's is 404); officials of the program's region and
 * administrators take every other step. Each step answers the application as it now stands; a step
 * its status does not allow is 409 and changes nothing.
 */
@RestController
@Tag(name = "Program applications")
class ProgramApplicationController {

    static final String BASE = "/api/v1/program-applications";
    private static final Set<String> SORTABLE = Set.of("id", "createdAt", "requestedAmount", "status");
    private static final Sort DEFAULT_SORT = Sort.by(Sort.Order.desc("createdAt"), Sort.Order.desc("id"));

    private final ProgramApplicationService service;
    private final ApplicationMoneyService money;
    private final OpenCompetitionService competitions;
    private final ProgramApplicationQueries queries;

    ProgramApplicationController(ProgramApplicationService service, ApplicationMoneyService money,
                                 OpenCompetitionService competitions, ProgramApplicationQueries queries) {
        this.service = service;
        this.money = money;
        this.competitions = competitions;
        this.queries = queries;
    }

    @PostMapping("/api/v1/programs/{id}/applications")
    @Operation(operationId = "applyToProgram", summary = "Apply to an open call of the program (enterprise)",
            description = "409 error.programCall.closed outside the call's window, error.programCall.ineligible "
                    + "for an enterprise outside the program's region or, for a HIGH_TECH call, without a "
                    + "certificate in force; 404 for a call of another program.")
    @ApiResponse(responseCode = "201", description = "Submitted (status SUBMITTED)")
    ResponseEntity<ApplicationView> apply(@AuthenticationPrincipal AccountPrincipal me, @PathVariable long id,
                                          @RequestBody ApplicationRequests.ApplicationRequest request) {
        ApplicationSummary created = service.apply(me, id, request.toNewApplication());
        return ResponseEntity.created(URI.create(BASE + "/" + created.id())).body(queries.get(me, created.id()));
    }

    @GetMapping(BASE)
    @Operation(operationId = "listProgramApplications", summary = "Applications: the office's queue, "
            + "an enterprise's own",
            description = "Filter by programId, callId and status (repeatable: the queue of one or more steps). "
                    + "Sortable by id, createdAt, requestedAmount, status; newest first by default.")
    PageResponse<ApplicationSummary> list(@AuthenticationPrincipal AccountPrincipal me,
                                          @RequestParam(required = false) Long programId,
                                          @RequestParam(required = false) Long callId,
                                          @Parameter(description = "e.g. SUBMITTED, UNDER_REVIEW")
                                          @RequestParam(required = false) List<ApplicationStatus> status,
                                          @ParameterObject PageQuery page) {
        return PageResponse.of(queries.list(me, programId, callId, status, page.toPageable(DEFAULT_SORT, SORTABLE)));
    }

    @GetMapping(BASE + "/{id}")
    @Operation(operationId = "getProgramApplication", summary = "An application with its documents, tranches "
            + "and every step (who, when, why)")
    ApplicationView get(@AuthenticationPrincipal AccountPrincipal me, @PathVariable long id) {
        return queries.get(me, id);
    }

    @PostMapping(BASE + "/{id}/accept")
    @Operation(operationId = "acceptProgramApplication", summary = "形式审查 passed: on to expert review",
            description = "409 error.programApplication.documentsMissing while a required document is missing.")
    ApplicationView accept(@AuthenticationPrincipal AccountPrincipal me, @PathVariable long id,
                           @RequestBody(required = false) ApplicationRequests.ReasonRequest body) {
        return stepped(me, id, () -> service.accept(me, id, ApplicationRequests.ReasonRequest.of(body)));
    }

    @PostMapping(BASE + "/{id}/return")
    @Operation(operationId = "returnProgramApplication", summary = "Return for correction, with a reason")
    ApplicationView returnForCorrection(@AuthenticationPrincipal AccountPrincipal me, @PathVariable long id,
                                        @RequestBody ApplicationRequests.ReasonRequest body) {
        return stepped(me, id, () -> service.returnForCorrection(me, id, body.reason()));
    }

    @PostMapping(BASE + "/{id}/reject")
    @Operation(operationId = "rejectProgramApplication", summary = "形式审查 failed, with a reason")
    ApplicationView reject(@AuthenticationPrincipal AccountPrincipal me, @PathVariable long id,
                           @RequestBody ApplicationRequests.ReasonRequest body) {
        return stepped(me, id, () -> service.reject(me, id, body.reason()));
    }

    @PostMapping(BASE + "/{id}/resubmit")
    @Operation(operationId = "resubmitProgramApplication", summary = "The applicant files a returned application again")
    ApplicationView resubmit(@AuthenticationPrincipal AccountPrincipal me, @PathVariable long id,
                             @RequestBody(required = false) ApplicationRequests.ReasonRequest body) {
        return stepped(me, id, () -> service.resubmit(me, id, ApplicationRequests.ReasonRequest.of(body)));
    }

    @PostMapping(BASE + "/{id}/approve")
    @Operation(operationId = "approveProgramApplication", summary = "立项 with an amount",
            description = "At most the amount requested (400); 409 error.programCall.budgetExceeded or "
                    + "error.program.budgetExceeded beyond the call's or the program's remaining budget, also "
                    + "for approvals at the same moment.")
    ApplicationView approve(@AuthenticationPrincipal AccountPrincipal me, @PathVariable long id,
                            @RequestBody ApplicationRequests.ApprovalRequest body) {
        return stepped(me, id, () -> money.approve(me, id, body.amount()));
    }

    @PostMapping(BASE + "/{id}/decline")
    @Operation(operationId = "declineProgramApplication", summary = "不予立项, with a reason")
    ApplicationView decline(@AuthenticationPrincipal AccountPrincipal me, @PathVariable long id,
                            @RequestBody ApplicationRequests.ReasonRequest body) {
        return stepped(me, id, () -> service.decline(me, id, body.reason()));
    }

    @PostMapping(BASE + "/{id}/disbursements")
    @Operation(operationId = "disburseProgramApplication", summary = "Pay a tranche (拨付)",
            description = "409 error.programApplication.paidExceedsApproved beyond what was approved and not yet paid.")
    @ApiResponse(responseCode = "201", description = "Paid")
    ResponseEntity<ApplicationView.TrancheView> disburse(@AuthenticationPrincipal AccountPrincipal me,
                                                         @PathVariable long id,
                                                         @RequestBody ApplicationRequests.DisbursementRequest body) {
        return ResponseEntity.status(201).body(money.disburse(me, id, body.amount(), body.paidOn()));
    }

    @PostMapping(BASE + "/{id}/midterm")
    @Operation(operationId = "midtermProgramApplication", summary = "中期检查: passed or failed")
    ApplicationView midterm(@AuthenticationPrincipal AccountPrincipal me, @PathVariable long id,
                            @RequestBody ApplicationRequests.MidtermRequest body) {
        return stepped(me, id, () -> service.midterm(me, id, body.passed(), body.note()));
    }

    @PostMapping(BASE + "/{id}/complete")
    @Operation(operationId = "completeProgramApplication", summary = "验收: PASSED, FAILED or EXTENDED")
    ApplicationView complete(@AuthenticationPrincipal AccountPrincipal me, @PathVariable long id,
                             @RequestBody ApplicationRequests.CompletionRequest body) {
        return stepped(me, id, () -> service.complete(me, id, body.result(), body.note()));
    }

    @PostMapping(BASE + "/{id}/terminate")
    @Operation(operationId = "terminateProgramApplication", summary = "终止 with the money recovered (追回)",
            description = "409 error.programApplication.recoveredExceedsPaid beyond what was paid.")
    ApplicationView terminate(@AuthenticationPrincipal AccountPrincipal me, @PathVariable long id,
                              @RequestBody ApplicationRequests.TerminationRequest body) {
        return stepped(me, id, () -> money.terminate(me, id, body.reason(), body.recoveredAmount()));
    }

    @PostMapping(BASE + "/{id}/stage-review")
    @Operation(operationId = "stageReviewProgramApplication", summary = "阶段评审 of an open competition's team",
            description = "Passed: the team goes on to its next stage. Failed (a note required): the team is DROPPED "
                    + "and the unpaid rest of its approval is cancelled and given back to the call's and the "
                    + "program's budgets; it cannot be paid any more (409). 409 "
                    + "error.programCompetition.notCompetition outside an OPEN_COMPETITION program, "
                    + "error.programCompetition.decided once the winner is named.")
    ApplicationView stageReview(@AuthenticationPrincipal AccountPrincipal me, @PathVariable long id,
                                @RequestBody ApplicationRequests.StageReviewRequest body) {
        return stepped(me, id, () -> competitions.stageReview(me, id, body.passed(), body.note()));
    }

    @PostMapping(BASE + "/{id}/win")
    @Operation(operationId = "winProgramApplication", summary = "揭榜胜出: the team that met the challenge gets the prize",
            description = "The approval grows by the call's prize (paid in tranches as the rest). 409 "
                    + "error.programCompetition.othersRunning while another team of the call is still in the race, "
                    + "error.programCompetition.decided when a winner is named, error.programCompetition.noPrize "
                    + "for a call without a prize, error.program.budgetExceeded when the program's budget cannot "
                    + "hold it.")
    ApplicationView win(@AuthenticationPrincipal AccountPrincipal me, @PathVariable long id,
                        @RequestBody(required = false) ApplicationRequests.ReasonRequest body) {
        return stepped(me, id, () -> competitions.win(me, id, ApplicationRequests.ReasonRequest.of(body)));
    }

    @PostMapping(value = BASE + "/{id}/attachments", consumes = MediaType.MULTIPART_FORM_DATA_VALUE)
    @Operation(operationId = "attachToProgramApplication", summary = "Attach a document (applicant)",
            description = "While submitted or returned; `document` names the call's required document it "
                    + "stands for. PDF, JPEG or PNG by content (415), at most 20 MiB (413).")
    @ApiResponse(responseCode = "201", description = "Stored")
    ResponseEntity<ApplicationView.AttachmentView> attach(@AuthenticationPrincipal AccountPrincipal me,
                                                          @PathVariable long id,
                                                          @RequestPart("file") MultipartFile file,
                                                          @RequestParam(value = "document", required = false) String document)
            throws IOException {
        ApplicationView.AttachmentView saved = service.attach(me, id, document, file.getOriginalFilename(),
                file.getBytes());
        return ResponseEntity.created(URI.create(BASE + "/" + id + "/attachments/" + saved.id())).body(saved);
    }

    @GetMapping(BASE + "/{id}/attachments/{attachmentId}")
    @Operation(operationId = "downloadProgramApplicationAttachment", summary = "The bytes of a document",
            description = "For the applicant and the officials; analysts get 403.")
    ResponseEntity<byte[]> download(@AuthenticationPrincipal AccountPrincipal me, @PathVariable long id,
                                    @PathVariable long attachmentId) {
        UploadedFile content = service.download(me, id, attachmentId);
        return Downloads.file(content.contentType(), "attachment", content.filename()).body(content.content());
    }

    /** Takes a step and answers the application as it now stands. */
    private ApplicationView stepped(AccountPrincipal me, long id, Runnable step) {
        step.run();
        return queries.get(me, id);
    }
}
