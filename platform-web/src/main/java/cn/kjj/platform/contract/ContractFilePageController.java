package cn.kjj.platform.contract;

import cn.kjj.platform.common.NotFoundException;
import cn.kjj.platform.contract.ContractAttachmentService.AttachmentContent;
import cn.kjj.platform.contract.document.CertificatePdf;
import cn.kjj.platform.document.Downloads;
import cn.kjj.platform.identity.AccountPrincipal;
import cn.kjj.platform.portal.PortalMessages;
import cn.kjj.platform.region.RegionDirectory;
import java.io.IOException;
import java.io.UncheckedIOException;
import java.util.List;
import java.util.Locale;
import org.springframework.http.MediaType;
import org.springframework.http.ResponseEntity;
import org.springframework.security.core.annotation.AuthenticationPrincipal;
import org.springframework.stereotype.Controller;
import org.springframework.web.bind.annotation.GetMapping;
import org.springframework.web.bind.annotation.PathVariable;
import org.springframework.web.bind.annotation.PostMapping;
import org.springframework.web.bind.annotation.RequestParam;
import org.springframework.web.multipart.MultipartFile;
import org.springframework.web.servlet.mvc.support.RedirectAttributes;

/**
 * A contract's files: uploading attachments (the seller, before a decision), reading them back
 * ({@code inline}, for the preview) and the registration certificate of a registered contract
 * (a download).
 */
@Controller
record ContractFilePageController(ContractAttachmentService attachments, ContractQueries queries,
                                  CertificatePdf certificates, RegionDirectory regions, PortalMessages messages) {

    @PostMapping("/contracts/{id}/attachments")
    String upload(@AuthenticationPrincipal AccountPrincipal me, @PathVariable long id,
                  @RequestParam(name = "file", required = false) MultipartFile file, Locale locale,
                  RedirectAttributes redirect) {
        String back = "redirect:/contracts/" + id;
        if (file == null || file.isEmpty()) {
            queries.get(me, id);
            redirect.addFlashAttribute("error", messages.text("contract.attachment.choose", locale));
            return back;
        }
        return messages.submission(List.of(), List.of(), locale, null).save(() -> {
            ContractView.AttachmentView saved = attachments.upload(me, id, file.getOriginalFilename(), bytes(file));
            redirect.addFlashAttribute("notice", messages.text("contract.flash.uploaded", locale, saved.filename()));
            return back;
        }, errors -> {
            redirect.addFlashAttribute("error", errors.sentence());
            return back;
        });
    }

    private static byte[] bytes(MultipartFile file) {
        try {
            return file.getBytes();
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        }
    }

    @GetMapping("/contracts/{id}/attachments/{attachmentId}")
    ResponseEntity<byte[]> attachment(@AuthenticationPrincipal AccountPrincipal me, @PathVariable long id,
                                      @PathVariable long attachmentId) {
        AttachmentContent content = attachments.download(me, id, attachmentId);
        return Downloads.file(content.contentType(), "inline", content.filename()).body(content.content());
    }

    @GetMapping("/contracts/{id}/certificate")
    ResponseEntity<byte[]> certificate(@AuthenticationPrincipal AccountPrincipal me, @PathVariable long id) {
        ContractView contract = queries.get(me, id);
        if (contract.status() != ContractStatus.REGISTERED) {
            throw new NotFoundException("error.contract.notFound", "contract " + id + " has no certificate", id);
        }
        byte[] pdf = certificates.render(contract, regions.bureauName(contract.sellerRegionCode()));
        String filename = "技术合同登记证明-" + contract.registrationNo() + ".pdf";
        return Downloads.file(MediaType.APPLICATION_PDF_VALUE, "attachment", filename).body(pdf);
    }
}
