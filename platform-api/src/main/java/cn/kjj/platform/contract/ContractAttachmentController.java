package cn.kjj.platform.contract;

import static cn.kjj.platform.contract.ContractController.PROBLEM;
import static cn.kjj.platform.contract.ContractController.PROBLEM_JSON;

import cn.kjj.platform.contract.ContractAttachmentService.AttachmentContent;
import cn.kjj.platform.document.Downloads;
import cn.kjj.platform.identity.AccountPrincipal;
import io.swagger.v3.oas.annotations.Operation;
import io.swagger.v3.oas.annotations.media.Content;
import io.swagger.v3.oas.annotations.media.Schema;
import io.swagger.v3.oas.annotations.responses.ApiResponse;
import io.swagger.v3.oas.annotations.tags.Tag;
import java.io.IOException;
import java.net.URI;
import org.springframework.http.MediaType;
import org.springframework.http.ResponseEntity;
import org.springframework.security.core.annotation.AuthenticationPrincipal;
import org.springframework.web.bind.annotation.GetMapping;
import org.springframework.web.bind.annotation.PathVariable;
import org.springframework.web.bind.annotation.PostMapping;
import org.springframework.web.bind.annotation.RequestMapping;
import org.springframework.web.bind.annotation.RequestPart;
import org.springframework.web.bind.annotation.RestController;
import org.springframework.web.multipart.MultipartFile;

/**
 * Attachments of a contract: PDF, JPEG or PNG judged by content, at most 20 MiB. The owner adds
 * them before a decision; the owner and the reviewing officials read them, analysts never.
 */
@RestController
@RequestMapping(ContractController.BASE + "/{id}/attachments")
@Tag(name = "Technology contracts")
record ContractAttachmentController(ContractAttachmentService attachments) {

    @PostMapping(consumes = MediaType.MULTIPART_FORM_DATA_VALUE)
    @Operation(operationId = "uploadContractAttachment", summary = "Add a file to a contract",
            description = "Owner only, before a decision. The type is judged by the content, not by the name.")
    @ApiResponse(responseCode = "201", description = "Stored; the answer gives its size and SHA-256")
    @ApiResponse(responseCode = "409", description = "The contract is decided: no more files",
            content = @Content(mediaType = PROBLEM_JSON, schema = @Schema(ref = PROBLEM)))
    @ApiResponse(responseCode = "413", description = "More than 20 MiB",
            content = @Content(mediaType = PROBLEM_JSON, schema = @Schema(ref = PROBLEM)))
    @ApiResponse(responseCode = "415", description = "Not a PDF, JPEG or PNG by its content (or empty)",
            content = @Content(mediaType = PROBLEM_JSON, schema = @Schema(ref = PROBLEM)))
    ResponseEntity<ContractView.AttachmentView> upload(@AuthenticationPrincipal AccountPrincipal me,
                                                       @PathVariable long id,
                                                       @RequestPart("file") MultipartFile file) throws IOException {
        ContractView.AttachmentView saved = attachments.upload(me, id, file.getOriginalFilename(), file.getBytes());
        return ResponseEntity.created(URI.create(ContractController.BASE + "/" + id + "/attachments/" + saved.id()))
                .body(saved);
    }

    @GetMapping("/{attachmentId}")
    @Operation(operationId = "downloadContractAttachment", summary = "The bytes of an attachment",
            description = "For the owner and the reviewing officials; analysts get 403.")
    @ApiResponse(responseCode = "200", description = "The file with its stored content type",
            content = {@Content(mediaType = "application/pdf", schema = @Schema(type = "string", format = "binary")),
                    @Content(mediaType = "image/jpeg", schema = @Schema(type = "string", format = "binary")),
                    @Content(mediaType = "image/png", schema = @Schema(type = "string", format = "binary"))})
    ResponseEntity<byte[]> download(@AuthenticationPrincipal AccountPrincipal me, @PathVariable long id,
                                    @PathVariable long attachmentId) {
        AttachmentContent content = attachments.download(me, id, attachmentId);
        return Downloads.file(content.contentType(), "attachment", content.filename()).body(content.content());
    }
}
