package cn.kjj.platform.contract;

import cn.kjj.platform.common.AccessDeniedToRecordException;
import cn.kjj.platform.common.DomainException;
import cn.kjj.platform.common.NotFoundException;
import cn.kjj.platform.contract.ContractAttachmentService.AttachmentContent;
import cn.kjj.platform.contract.document.CertificatePdf;
import cn.kjj.platform.identity.AccountPrincipal;
import cn.kjj.platform.portal.PortalMessages;
import cn.kjj.platform.region.RegionDirectory;
import java.io.IOException;
import java.io.UncheckedIOException;
import java.nio.charset.StandardCharsets;
import java.util.List;
import java.util.Locale;
import org.springframework.http.HttpHeaders;
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
class ContractFilePageController {

    private final ContractAttachmentService attachments;
    private final ContractQueries queries;
    private final CertificatePdf certificates;
    private final RegionDirectory regions;
    private final PortalMessages messages;

    ContractFilePageController(ContractAttachmentService attachments, ContractQueries queries,
                               CertificatePdf certificates, RegionDirectory regions,
                               PortalMessages messages) {
        this.attachments = attachments;
        this.queries = queries;
        this.certificates = certificates;
        this.regions = regions;
        this.messages = messages;
    }

    @PostMapping("/contracts/{id}/attachments")
    String upload(@AuthenticationPrincipal AccountPrincipal me, @PathVariable long id,
                  @RequestParam(name = "file", required = false) MultipartFile file, Locale locale,
                  RedirectAttributes redirect) {
        if (file == null || file.isEmpty()) {
            queries.get(me, id);
            redirect.addFlashAttribute("error", messages.text("contract.attachment.choose", locale));
            return "redirect:/contracts/" + id;
        }
        String back = "redirect:/contracts/" + id;
        String filename = file.getOriginalFilename() == null || file.getOriginalFilename().isBlank()
                ? "attachment" : stripPath(file.getOriginalFilename());
        return messages.submission(List.of(), List.of(), locale, null).save(() -> {
            ContractView.AttachmentView saved = attachments.upload(me, id, filename, bytes(file));
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
        return ResponseEntity.ok()
                .contentType(MediaType.parseMediaType(content.contentType()))
                .header(HttpHeaders.CONTENT_DISPOSITION, disposition("inline", content.filename()))
                .header("X-Content-Type-Options", "nosniff")
                .body(content.content());
    }

    @GetMapping("/contracts/{id}/certificate")
    ResponseEntity<byte[]> certificate(@AuthenticationPrincipal AccountPrincipal me, @PathVariable long id) {
        ContractView contract = queries.get(me, id);
        if (contract.status() != ContractStatus.REGISTERED) {
            throw new NotFoundException("error.contract.notFound", "contract " + id + " has no certificate", id);
        }
        byte[] pdf = certificates.render(contract, regions.bureauName(contract.sellerRegionCode()));
        return ResponseEntity.ok()
                .contentType(MediaType.APPLICATION_PDF)
                .header(HttpHeaders.CONTENT_DISPOSITION,
                        disposition("attachment", "技术合同登记证明-" + contract.registrationNo() + ".pdf"))
                .header("X-Content-Type-Options", "nosniff")
                .body(pdf);
    }

    /** RFC 6266: an ASCII fallback and the real name as {@code filename*=UTF-8''...} (RFC 8187). */
    static String disposition(String type, String filename) {
        StringBuilder ascii = new StringBuilder();
        for (char c : filename.toCharArray()) {
            ascii.append(c >= 0x20 && c < 0x7F && c != '"' && c != '\\' ? c : '_');
        }
        return type + "; filename=\"" + ascii + "\"; filename*=UTF-8''" + encode(filename);
    }

    private static String encode(String value) {
        StringBuilder out = new StringBuilder();
        for (byte b : value.getBytes(StandardCharsets.UTF_8)) {
            char c = (char) (b & 0xFF);
            if (Character.isLetterOrDigit(c) && c < 0x80 || "!#$&+-.^_`|~".indexOf(c) >= 0) {
                out.append(c);
            } else {
                out.append('%').append(Character.toUpperCase(Character.forDigit((b >> 4) & 0xF, 16)))
                        .append(Character.toUpperCase(Character.forDigit(b & 0xF, 16)));
            }
        }
        return out.toString();
    }

    /** Old browsers send the whole client path as the name. */
    private static String stripPath(String name) {
        int slash = Math.max(name.lastIndexOf('/'), name.lastIndexOf('\\'));
        String bare = slash >= 0 ? name.substring(slash + 1) : name;
        return bare.length() > 255 ? bare.substring(bare.length() - 255) : bare;
    }
}
