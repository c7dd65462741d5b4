package cn.kjj.platform.program;

import cn.kjj.platform.common.UploadedFile;
import cn.kjj.platform.document.Downloads;
import cn.kjj.platform.identity.AccountPrincipal;
import io.swagger.v3.oas.annotations.Operation;
import io.swagger.v3.oas.annotations.tags.Tag;
import java.util.List;
import org.springframework.http.ResponseEntity;
import org.springframework.security.core.annotation.AuthenticationPrincipal;
import org.springframework.web.bind.annotation.GetMapping;
import org.springframework.web.bind.annotation.PathVariable;
import org.springframework.web.bind.annotation.RestController;

/**
 * An expert's own reviews (EXPERT only, decision 0042): the reviews assigned to him with the
 * applications' summaries and documents. He scores with {@code PUT /api/v1/program-applications/{id}/reviews/{reviewId}},
 * his own review only; anything not assigned to him is 404.
 */
@RestController
@Tag(name = "Expert reviews", description = "An expert's own assignments (EXPERT only)")
record ExpertReviewController(ExpertReviewService reviews) {

    static final String BASE = "/api/v1/expert-reviews";

    @GetMapping(BASE)
    @Operation(operationId = "listExpertReviews", summary = "The reviews assigned to the signed-in expert, newest first")
    List<ExpertAssignment> list(@AuthenticationPrincipal AccountPrincipal me) {
        return reviews.mine(me);
    }

    @GetMapping(BASE + "/{reviewId}")
    @Operation(operationId = "getExpertReview", summary = "One of the expert's reviews with its application",
            description = "Another expert's review is 404.")
    ExpertAssignment get(@AuthenticationPrincipal AccountPrincipal me, @PathVariable long reviewId) {
        return reviews.get(me, reviewId);
    }

    @GetMapping(BASE + "/{reviewId}/attachments/{attachmentId}")
    @Operation(operationId = "downloadExpertReviewAttachment",
            summary = "A document of the application under the expert's review",
            description = "A document of any other application is 404.")
    ResponseEntity<byte[]> download(@AuthenticationPrincipal AccountPrincipal me, @PathVariable long reviewId,
                                    @PathVariable long attachmentId) {
        UploadedFile content = reviews.download(me, reviewId, attachmentId);
        return Downloads.file(content.contentType(), "attachment", content.filename()).body(content.content());
    }
}
