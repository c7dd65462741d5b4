package cn.kjj.platform.contract;

import static cn.kjj.platform.contract.ContractApi.contract;
import static cn.kjj.platform.contract.ContractApi.with;
import static org.assertj.core.api.Assertions.assertThat;

import cn.kjj.platform.ApiTest;
import cn.kjj.platform.contract.ContractApi.Seller;
import java.nio.charset.StandardCharsets;
import java.util.Arrays;
import java.util.List;
import org.apache.pdfbox.Loader;
import org.apache.pdfbox.pdmodel.PDDocument;
import org.apache.pdfbox.text.PDFTextStripper;
import org.junit.jupiter.api.Test;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.http.HttpHeaders;
import org.springframework.http.HttpStatus;
import org.springframework.http.MediaType;
import org.springframework.test.web.servlet.assertj.MvcTestResult;

/** The list as CSV for spreadsheets, and the registration certificate as a PDF. */
@ApiTest
class ContractExportTest {

    private static final byte[] UTF8_BOM = {(byte) 0xEF, (byte) 0xBB, (byte) 0xBF};

    @Autowired
    ContractApi api;

    @Test
    void acceptTextCsvGivesTheFilteredRowsWithABomAndAHeader() {
        Seller seller = api.seller();
        String official = api.official();
        long tricky = api.filed(seller.bearer(), with(contract(), "title", "视觉检测, 第\"二\"期"));
        long formula = api.filed(seller.bearer(), with(contract(), "title", "=HYPERLINK(\"http://x\")"));
        long registered = api.submitted(seller);
        api.stepOk(official, registered, "register");

        MvcTestResult result = csv(official, "?status=SUBMITTED&sellerId=" + seller.id());

        assertThat(result).hasStatusOk().hasContentTypeCompatibleWith("text/csv");
        byte[] bytes = result.getResponse().getContentAsByteArray();
        assertThat(Arrays.copyOf(bytes, 3)).isEqualTo(UTF8_BOM);
        List<String> lines = lines(bytes);
        assertThat(lines.get(0)).startsWith("id,registrationNo,title,type,subtype,technologyField,buyerName,signedOn,"
                + "contractAmount,techTransactionAmount,status");
        assertThat(lines).hasSize(3);
        // a queue (status SUBMITTED) in due-date order, then by id, as the JSON list without sort
        assertThat(lines.get(1)).startsWith(tricky + ",,\"视觉检测, 第\"\"二\"\"期\",TECHNOLOGY_DEVELOPMENT,"
                + "COMMISSIONED,ELECTRONIC_INFORMATION,广州市天河区云图数据有限公司,2023-01-10,3600000.00,3000000.00,SUBMITTED,,"
                + seller.id() + ",测试企业");
        assertThat(lines.get(2)).startsWith(formula + ",,\"'=HYPERLINK(\"\"http://x\"\")\",");
    }

    @Test
    void theCsvHasEveryRowTheJsonListHasAcrossAllItsPages() {
        Seller seller = api.seller();
        for (int i = 0; i < 3; i++) {
            api.submitted(seller);
        }

        List<String> lines = lines(csv(seller.bearer(), "?size=1&page=2").getResponse().getContentAsByteArray());

        assertThat(lines).hasSize(4);
    }

    @Test
    void aBadFilterOnTheCsvIsStillProblemJson() {
        MvcTestResult result = csv(api.official(), "?region=nowhere");

        assertThat(result).hasStatus(HttpStatus.BAD_REQUEST)
                .hasContentTypeCompatibleWith(MediaType.APPLICATION_PROBLEM_JSON)
                .bodyJson().hasPathSatisfying("$.errors[0].field", v -> v.assertThat().isEqualTo("region"));
    }

    @Test
    void withoutAcceptOrWithAnyTypeTheListIsJson() {
        String official = api.official();

        assertThat(api.mvc().get().uri(ContractApi.CONTRACTS).header(HttpHeaders.AUTHORIZATION, official))
                .hasStatusOk().hasContentTypeCompatibleWith(MediaType.APPLICATION_JSON);
        assertThat(api.mvc().get().uri(ContractApi.CONTRACTS).header(HttpHeaders.AUTHORIZATION, official)
                .accept(MediaType.ALL)).hasStatusOk().hasContentTypeCompatibleWith(MediaType.APPLICATION_JSON);
        assertThat(api.mvc().get().uri(ContractApi.CONTRACTS).header(HttpHeaders.AUTHORIZATION, official)
                .header(HttpHeaders.ACCEPT, "text/html,application/xhtml+xml,application/xml;q=0.9,*/*;q=0.8"))
                .hasStatusOk().hasContentTypeCompatibleWith(MediaType.APPLICATION_JSON);
    }

    @Test
    void aRegisteredContractHasACertificateInChinese() throws Exception {
        Seller seller = api.seller();
        long id = api.submitted(seller);
        String number = api.stepOk(api.official(), id, "register").get("registrationNo").asString();

        for (String reader : List.of(seller.bearer(), api.official(), api.analyst())) {
            MvcTestResult result = api.mvc().get().uri(ContractApi.CONTRACTS + "/{id}/certificate", id)
                    .header(HttpHeaders.AUTHORIZATION, reader).exchange();

            assertThat(result).hasStatusOk().hasContentType(MediaType.APPLICATION_PDF);
            byte[] pdf = result.getResponse().getContentAsByteArray();
            assertThat(new String(pdf, 0, 5, StandardCharsets.US_ASCII)).isEqualTo("%PDF-");
            assertThat(result.getResponse().getHeader(HttpHeaders.CONTENT_DISPOSITION))
                    .startsWith("inline; filename=\"________-" + number + ".pdf\"");
            try (PDDocument document = Loader.loadPDF(pdf)) {
                assertThat(new PDFTextStripper().getText(document)).contains(number, "江门市江海区科学技术局");
            }
        }
    }

    @Test
    void aSubmittedOrRevokedContractHasNoCertificate() {
        Seller seller = api.seller();
        String official = api.official();
        long submitted = api.submitted(seller);
        long revoked = api.submitted(seller);
        api.stepOk(official, revoked, "register");
        api.stepOk(official, revoked, "revoke", "合同已解除");

        for (long id : new long[] {submitted, revoked}) {
            assertThat(api.mvc().get().uri(ContractApi.CONTRACTS + "/{id}/certificate", id)
                    .header(HttpHeaders.AUTHORIZATION, seller.bearer()))
                    .hasStatus(HttpStatus.CONFLICT)
                    .hasContentTypeCompatibleWith(MediaType.APPLICATION_PROBLEM_JSON)
                    .bodyJson().hasPathSatisfying("$.code",
                            v -> v.assertThat().isEqualTo("error.contract.certificate.notRegistered"));
        }
        assertThat(api.mvc().get().uri(ContractApi.CONTRACTS + "/{id}/certificate", revoked)
                .header(HttpHeaders.AUTHORIZATION, api.seller().bearer())).hasStatus(HttpStatus.NOT_FOUND);
    }

    private MvcTestResult csv(String bearer, String query) {
        return api.mvc().get().uri(ContractApi.CONTRACTS + query).header(HttpHeaders.AUTHORIZATION, bearer)
                .accept("text/csv").exchange();
    }

    private static List<String> lines(byte[] csv) {
        String text = new String(csv, StandardCharsets.UTF_8);
        assertThat(text).endsWith("\r\n");
        return List.of(text.substring(1).split("\r\n"));
    }
}
