package cn.kjj.platform.program;

import cn.kjj.platform.identity.AccountPrincipal;
import io.swagger.v3.oas.annotations.Operation;
import io.swagger.v3.oas.annotations.media.Schema;
import io.swagger.v3.oas.annotations.responses.ApiResponse;
import io.swagger.v3.oas.annotations.tags.Tag;
import java.util.List;
import org.springframework.http.ResponseEntity;
import org.springframework.security.core.annotation.AuthenticationPrincipal;
import org.springframework.web.bind.annotation.GetMapping;
import org.springframework.web.bind.annotation.PathVariable;
import org.springframework.web.bind.annotation.PostMapping;
import org.springframework.web.bind.annotation.PutMapping;
import org.springframework.web.bind.annotation.RequestBody;
import org.springframework.web.bind.annotation.RestController;

/**
 * Expert review of applications under review: officials of the program's region assign experts and
 * record their scores; the staff read a call's ranking by mean score.
 */
@RestController
@Tag(name = "Program applications")
record ProgramReviewController(ProgramReviewService reviews) {

    @Schema(name = "ReviewAssignment", description = "An expert of the registry to review the application")
    record AssignmentRequest(@Schema(requiredMode = Schema.RequiredMode.REQUIRED) Long expertId) {
    }

    @Schema(name = "ReviewScore", description = "The expert's score, 0 to 100, and comment")
    record ScoreRequest(@Schema(example = "86", requiredMode = Schema.RequiredMode.REQUIRED) Integer score,
                        @Schema(example = "技术路线清晰，市场前景好") String comment) {
    }

    @PostMapping(ProgramApplicationController.BASE + "/{id}/reviews")
    @Operation(operationId = "assignProgramReview", summary = "Assign an expert to an application under review",
            description = "409 error.programReview.conflictOfInterest when the expert's organisation is the "
                    + "applicant (same credit code); 409 when already assigned or not under review.")
    @ApiResponse(responseCode = "201", description = "Assigned")
    ResponseEntity<ReviewView> assign(@AuthenticationPrincipal AccountPrincipal me, @PathVariable long id,
                                      @RequestBody AssignmentRequest body) {
        return ResponseEntity.status(201).body(reviews.assign(me, id, body.expertId()));
    }

    @PutMapping(ProgramApplicationController.BASE + "/{id}/reviews/{reviewId}")
    @Operation(operationId = "scoreProgramReview", summary = "Record the expert's score (0..100) and comment")
    ReviewView score(@AuthenticationPrincipal AccountPrincipal me, @PathVariable long id,
                     @PathVariable long reviewId, @RequestBody ScoreRequest body) {
        return reviews.score(me, id, reviewId, body.score(), body.comment());
    }

    @GetMapping("/api/v1/program-calls/{id}/ranking")
    @Operation(operationId = "rankProgramCall", summary = "The call's applications by mean expert score, best first",
            description = "Applications without a score come last, without a rank.")
    List<RankedApplication> ranking(@AuthenticationPrincipal AccountPrincipal me, @PathVariable long id) {
        return reviews.ranking(me, id);
    }
}
