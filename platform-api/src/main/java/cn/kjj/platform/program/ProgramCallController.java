package cn.kjj.platform.program;

import cn.kjj.platform.identity.AccountPrincipal;
import io.swagger.v3.oas.annotations.Operation;
import io.swagger.v3.oas.annotations.responses.ApiResponse;
import io.swagger.v3.oas.annotations.tags.Tag;
import java.net.URI;
import java.util.List;
import org.springframework.http.ResponseEntity;
import org.springframework.security.core.annotation.AuthenticationPrincipal;
import org.springframework.web.bind.annotation.GetMapping;
import org.springframework.web.bind.annotation.PathVariable;
import org.springframework.web.bind.annotation.PostMapping;
import org.springframework.web.bind.annotation.RequestBody;
import org.springframework.web.bind.annotation.RestController;

/**
 * Calls for applications on a program (申报指南): every signed-in role reads them as it reads
 * programs; officials of the program's region and administrators publish and close them; an enterprise
 * lists the calls it may apply to today.
 */
@RestController
@Tag(name = "Program applications", description = "Calls, applications, formal check, approval, tranches, "
        + "mid-term check, acceptance, termination and recovery")
record ProgramCallController(ProgramCallService calls, ProgramApplicationService applications) {

    @GetMapping("/api/v1/programs/{id}/calls")
    @Operation(operationId = "listProgramCalls", summary = "The program's calls, newest first")
    List<CallView> list(@AuthenticationPrincipal AccountPrincipal me, @PathVariable long id) {
        return calls.calls(me, id);
    }

    @PostMapping("/api/v1/programs/{id}/calls")
    @Operation(operationId = "createProgramCall", summary = "Publish a call on the program",
            description = "Window, budget (what the call may approve), eligibility and required documents.")
    @ApiResponse(responseCode = "201", description = "Published")
    ResponseEntity<CallView> create(@AuthenticationPrincipal AccountPrincipal me, @PathVariable long id,
                                    @RequestBody ApplicationRequests.CallRequest request) {
        CallView call = calls.publish(me, id, request.toNewCall());
        return ResponseEntity.created(URI.create("/api/v1/program-calls/" + call.id())).body(call);
    }

    @GetMapping("/api/v1/program-calls/open")
    @Operation(operationId = "listOpenProgramCalls", summary = "The calls the signed-in enterprise may apply to today",
            description = "Open today (window, not closed by the office), of programs of the enterprise's region or "
                    + "above, eligibility met; closing soonest first. ENTERPRISE only.")
    List<OpenCall> open(@AuthenticationPrincipal AccountPrincipal me) {
        return applications.openCallsFor(me);
    }

    @PostMapping("/api/v1/program-calls/{id}/close")
    @Operation(operationId = "closeProgramCall", summary = "Close a call before its window ends",
            description = "No more applications; those in go on. 409 error.programCall.alreadyClosed when closed "
                    + "already (by the office, or its window ended).")
    CallView close(@AuthenticationPrincipal AccountPrincipal me, @PathVariable long id) {
        return calls.close(me, id);
    }

    @GetMapping("/api/v1/program-calls/{id}")
    @Operation(operationId = "getProgramCall", summary = "A call, with what it approved and what remains")
    CallView get(@AuthenticationPrincipal AccountPrincipal me, @PathVariable long id) {
        return calls.call(me, id);
    }
}
