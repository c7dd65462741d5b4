package cn.kjj.platform.contract;

import static cn.kjj.platform.contract.ContractController.PROBLEM;
import static cn.kjj.platform.contract.ContractController.PROBLEM_JSON;

import cn.kjj.platform.common.ConflictException;
import cn.kjj.platform.contract.document.CertificatePdf;
import cn.kjj.platform.document.Downloads;
import cn.kjj.platform.identity.AccountPrincipal;
import cn.kjj.platform.region.RegionDirectory;
import io.swagger.v3.oas.annotations.Operation;
import io.swagger.v3.oas.annotations.media.Content;
import io.swagger.v3.oas.annotations.media.Schema;
import io.swagger.v3.oas.annotations.responses.ApiResponse;
import io.swagger.v3.oas.annotations.tags.Tag;
import org.springframework.http.HttpHeaders;
import org.springframework.http.MediaType;
import org.springframework.http.ResponseEntity;
import org.springframework.security.core.annotation.AuthenticationPrincipal;
import org.springframework.web.bind.annotation.GetMapping;
import org.springframework.web.bind.annotation.PathVariable;
import org.springframework.web.bind.annotation.RestController;

/**
 * The registration certificate (技术合同登记证明) of a registered contract, as a PDF. A contract
 * not (or no longer) registered has none: a revoked registration must not be shown as valid.
 */
@RestController
@Tag(name = "Technology contracts")
record ContractCertificateController(ContractQueries queries, CertificatePdf certificates, RegionDirectory regions) {

    @GetMapping(ContractController.BASE + "/{id}/certificate")
    @Operation(operationId = "contractCertificate", summary = "The registration certificate (登记证明) as a PDF",
            description = "Only for a REGISTERED contract; a contract in any other status (also REVOKED) is a 409.")
    @ApiResponse(responseCode = "200", description = "The certificate, in Chinese",
            content = @Content(mediaType = "application/pdf", schema = @Schema(type = "string", format = "binary")))
    @ApiResponse(responseCode = "409", description = "The contract is not registered (or its registration was revoked)",
            content = @Content(mediaType = PROBLEM_JSON, schema = @Schema(ref = PROBLEM)))
    ResponseEntity<byte[]> certificate(@AuthenticationPrincipal AccountPrincipal me, @PathVariable long id) {
        ContractView contract = queries.get(me, id);
        if (contract.status() != ContractStatus.REGISTERED) {
            throw new ConflictException("error.contract.certificate.notRegistered",
                    "contract " + id + " is " + contract.status() + ": only a registered contract has a certificate",
                    contract.status());
        }
        byte[] pdf = certificates.render(contract, regions.bureauName(contract.sellerRegionCode()));
        String filename = "技术合同登记证明-" + contract.registrationNo() + ".pdf";
        return Downloads.file(MediaType.APPLICATION_PDF_VALUE, "inline", filename)
                .header(HttpHeaders.CACHE_CONTROL, "private, no-store")
                .body(pdf);
    }
}
