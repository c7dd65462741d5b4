package cn.kjj.platform.contract;

import static cn.kjj.platform.contract.ContractApi.json;
import static org.assertj.core.api.Assertions.assertThat;

import cn.kjj.platform.ApiTest;
import cn.kjj.platform.contract.ContractApi.Seller;
import java.awt.image.BufferedImage;
import java.io.ByteArrayOutputStream;
import java.io.IOException;
import java.security.MessageDigest;
import java.util.Arrays;
import java.util.HexFormat;
import java.util.Map;
import javax.imageio.ImageIO;
import org.apache.pdfbox.pdmodel.PDDocument;
import org.apache.pdfbox.pdmodel.PDPage;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.http.HttpHeaders;
import org.springframework.http.HttpStatus;
import org.springframework.http.MediaType;
import org.springframework.mock.web.MockMultipartFile;
import org.springframework.test.web.servlet.assertj.MvcTestResult;
import tools.jackson.databind.JsonNode;

/** Attachments are judged by their content, limited to 20 MiB and shown only to those who may see them. */
@ApiTest
class ContractAttachmentApiTest {

    private static final int MIB = 1024 * 1024;

    @Autowired
    ContractApi api;

    Seller seller;
    long contractId;

    @BeforeEach
    void aSubmittedContract() {
        seller = api.seller();
        contractId = api.submitted(seller);
    }

    @Test
    void aRealPdfJpegAndPngAreAcceptedWithTheirSha256() throws Exception {
        for (var file : Map.of("合同扫描件.pdf", pdf(), "签字页.jpg", image("jpeg"), "盖章页.png", image("png")).entrySet()) {
            MvcTestResult result = upload(seller.bearer(), file.getKey(), "application/octet-stream", file.getValue());

            assertThat(result).hasStatus(HttpStatus.CREATED);
            JsonNode stored = json(result);
            assertThat(stored.get("filename").asString()).isEqualTo(file.getKey());
            assertThat(stored.get("size").asLong()).isEqualTo(file.getValue().length);
            assertThat(stored.get("sha256").asString()).isEqualTo(sha256(file.getValue()));
            assertThat(result).headers().hasValue(HttpHeaders.LOCATION,
                    ContractApi.CONTRACTS + "/" + contractId + "/attachments/" + stored.get("id").asLong());
        }
        JsonNode contract = api.read(seller.bearer(), contractId);
        assertThat(contract.get("attachments").valueStream().map(a -> a.get("contentType").asString()))
                .containsExactlyInAnyOrder("application/pdf", "image/jpeg", "image/png");
    }

    @Test
    void anExecutableNamedLikeAPdfIsRefusedWith415AndNothingIsStored() {
        Map<String, Long> before = api.rowCounts();
        byte[] windows = withPrefix(new byte[] {'M', 'Z', (byte) 0x90, 0}, 4096);
        byte[] linux = withPrefix(new byte[] {0x7F, 'E', 'L', 'F'}, 4096);

        for (byte[] executable : new byte[][] {windows, linux}) {
            assertThat(upload(seller.bearer(), "contract.pdf", "application/pdf", executable))
                    .hasStatus(HttpStatus.UNSUPPORTED_MEDIA_TYPE)
                    .hasContentTypeCompatibleWith(MediaType.APPLICATION_PROBLEM_JSON)
                    .bodyJson().hasPathSatisfying("$.code", v -> v.assertThat().isEqualTo("error.attachment.type"));
        }
        assertThat(upload(seller.bearer(), "empty.pdf", "application/pdf", new byte[0]))
                .hasStatus(HttpStatus.UNSUPPORTED_MEDIA_TYPE);
        assertThat(api.rowCounts()).isEqualTo(before);
    }

    @Test
    void aFileOverTwentyMebibytesIsRefusedWith413AndNothingIsStored() {
        Map<String, Long> before = api.rowCounts();

        assertThat(upload(seller.bearer(), "big.pdf", "application/pdf", withPrefix("%PDF-1.7".getBytes(), 20 * MIB + 1)))
                .hasStatus(HttpStatus.CONTENT_TOO_LARGE)
                .bodyJson().hasPathSatisfying("$.code", v -> v.assertThat().isEqualTo("error.attachment.tooLarge"));
        assertThat(api.rowCounts()).isEqualTo(before);
    }

    @Test
    void aFileOfExactlyTwentyMebibytesIsAccepted() {
        byte[] largest = withPrefix("%PDF-1.7".getBytes(), 20 * MIB);

        MvcTestResult result = upload(seller.bearer(), "largest.pdf", "application/pdf", largest);

        assertThat(result).hasStatus(HttpStatus.CREATED);
        assertThat(json(result).get("size").asLong()).isEqualTo(20L * MIB);
    }

    @Test
    void theOwnerAndTheOfficialDownloadTheSameBytesWithTheirNameAndType() throws Exception {
        byte[] png = image("png");
        long id = json(upload(seller.bearer(), "盖章页 (1).png", "image/png", png)).get("id").asLong();

        for (String reader : new String[] {seller.bearer(), api.official(), api.official(ContractApi.JIANGMEN)}) {
            MvcTestResult download = download(reader, id);

            assertThat(download).hasStatusOk().hasContentType("image/png")
                    .hasHeader("X-Content-Type-Options", "nosniff");
            assertThat(download.getResponse().getHeaders("X-Content-Type-Options")).containsExactly("nosniff");
            assertThat(download.getResponse().getContentAsByteArray()).isEqualTo(png);
            assertThat(download.getResponse().getHeader(HttpHeaders.CONTENT_DISPOSITION))
                    .startsWith("attachment; filename=\"")
                    .contains("filename*=UTF-8''%E7%9B%96%E7%AB%A0%E9%A1%B5%20%281%29.png");
        }
    }

    @Test
    void anAnalystGets403AndAnotherEnterpriseOrDistrict404() throws Exception {
        long id = json(upload(seller.bearer(), "scan.pdf", "application/pdf", pdf())).get("id").asLong();
        api.stepOk(api.official(), contractId, "register");
        String analyst = api.analyst();

        assertThat(download(analyst, id)).hasStatus(HttpStatus.FORBIDDEN);
        assertThat(api.read(analyst, contractId).get("attachments")).isEmpty();
        assertThat(download(api.seller().bearer(), id)).hasStatus(HttpStatus.NOT_FOUND);
        assertThat(download(api.official(ContractApi.PENGJIANG), id)).hasStatus(HttpStatus.NOT_FOUND);
        assertThat(api.mvc().get().uri(ContractApi.CONTRACTS + "/{c}/attachments/{a}", contractId, id + 1000)
                .header(HttpHeaders.AUTHORIZATION, seller.bearer())).hasStatus(HttpStatus.NOT_FOUND);
    }

    @Test
    void onlyTheOwnerAddsFilesAndOnlyBeforeADecision() throws Exception {
        String official = api.official();
        String analyst = api.analyst();
        String otherEnterprise = api.seller().bearer();
        Map<String, Long> before = api.rowCounts();

        assertThat(upload(official, "scan.pdf", "application/pdf", pdf())).hasStatus(HttpStatus.FORBIDDEN);
        assertThat(upload(analyst, "scan.pdf", "application/pdf", pdf())).hasStatus(HttpStatus.FORBIDDEN);
        assertThat(upload(otherEnterprise, "scan.pdf", "application/pdf", pdf())).hasStatus(HttpStatus.NOT_FOUND);
        assertThat(api.rowCounts()).isEqualTo(before);

        api.stepOk(official, contractId, "register");

        assertThat(upload(seller.bearer(), "late.pdf", "application/pdf", pdf())).hasStatus(HttpStatus.CONFLICT)
                .bodyJson().hasPathSatisfying("$.code", v -> v.assertThat().isEqualTo("error.attachment.closed"));
    }

    @Test
    void anUploadWithoutAFilePartIsA400() {
        assertThat(api.mvc().post().uri(ContractApi.CONTRACTS + "/{id}/attachments", contractId)
                .header(HttpHeaders.AUTHORIZATION, seller.bearer())
                .multipart().file(new MockMultipartFile("document", "scan.pdf", "application/pdf", "%PDF-1.4".getBytes())))
                .hasStatus(HttpStatus.BAD_REQUEST)
                .bodyJson().hasPathSatisfying("$.code", v -> v.assertThat().isEqualTo("error.part.missing"));
    }

    private MvcTestResult upload(String bearer, String filename, String contentType, byte[] bytes) {
        return api.mvc().post().uri(ContractApi.CONTRACTS + "/{id}/attachments", contractId)
                .header(HttpHeaders.AUTHORIZATION, bearer)
                .multipart().file(new MockMultipartFile("file", filename, contentType, bytes))
                .exchange();
    }

    private MvcTestResult download(String bearer, long attachmentId) {
        return api.mvc().get().uri(ContractApi.CONTRACTS + "/{c}/attachments/{a}", contractId, attachmentId)
                .header(HttpHeaders.AUTHORIZATION, bearer).exchange();
    }

    static byte[] pdf() throws IOException {
        try (PDDocument document = new PDDocument()) {
            document.addPage(new PDPage());
            ByteArrayOutputStream out = new ByteArrayOutputStream();
            document.save(out);
            return out.toByteArray();
        }
    }

    static byte[] image(String format) throws IOException {
        BufferedImage image = new BufferedImage(4, 4, BufferedImage.TYPE_INT_RGB);
        image.setRGB(1, 1, 0xC00000);
        ByteArrayOutputStream out = new ByteArrayOutputStream();
        assertThat(ImageIO.write(image, format, out)).isTrue();
        return out.toByteArray();
    }

    private static byte[] withPrefix(byte[] prefix, int size) {
        byte[] bytes = new byte[size];
        Arrays.fill(bytes, (byte) 'x');
        System.arraycopy(prefix, 0, bytes, 0, prefix.length);
        return bytes;
    }

    private static String sha256(byte[] bytes) throws Exception {
        return HexFormat.of().formatHex(MessageDigest.getInstance("SHA-256").digest(bytes));
    }
}
