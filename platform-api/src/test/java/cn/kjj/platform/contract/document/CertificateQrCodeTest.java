package cn.kjj.platform.contract.document;

import static org.assertj.core.api.Assertions.assertThat;

import cn.kjj.platform.contract.Buyer;
import cn.kjj.platform.contract.ContractStatus;
import cn.kjj.platform.contract.ContractSubtype;
import cn.kjj.platform.contract.ContractType;
import cn.kjj.platform.contract.ContractView;
import cn.kjj.platform.contract.FilerRole;
import cn.kjj.platform.contract.IpType;
import cn.kjj.platform.contract.PaymentMethod;
import cn.kjj.platform.contract.PlanSource;
import cn.kjj.platform.contract.RuleProfile;
import cn.kjj.platform.contract.TechnologyField;
import cn.kjj.platform.document.PdfDocuments;
import java.io.IOException;
import java.math.BigDecimal;
import java.nio.file.Files;
import java.nio.file.Path;
import java.time.Clock;
import java.time.Instant;
import java.time.LocalDate;
import java.time.ZoneOffset;
import java.util.List;
import java.util.Set;
import org.apache.pdfbox.Loader;
import org.apache.pdfbox.pdmodel.PDDocument;
import org.apache.pdfbox.text.PDFTextStripper;
import org.junit.jupiter.api.Test;
import org.springframework.context.support.StaticMessageSource;

/** The certificate's QR code (decision 0033): it decodes to the link, and the page still holds everything. */
class CertificateQrCodeTest {

    private static final String LINK = "https://kjj.jianghai.example.gov.cn/platform/verify/0123456789abcdef0123456789abcdef";

    private final CertificatePdf certificates = new CertificatePdf(
            new PdfDocuments(new StaticMessageSource(), Clock.fixed(Instant.parse("2023-07-01T02:30:00Z"), ZoneOffset.UTC)),
            contract -> LINK);

    @Test
    void theQrCodeDecodesToTheVerificationLinkWhichIsAlsoPrintedBesideIt() throws IOException {
        byte[] pdf = certificates.render(contract("工业视觉缺陷检测系统开发合同", "江门市江海区智造科技有限公司", "广州市天河区云图数据有限公司"),
                "江门市江海区科学技术局");
        Files.createDirectories(Path.of("target"));
        Files.write(Path.of("target", "certificate-with-qr.pdf"), pdf);

        assertThat(CertificateQr.decode(pdf)).containsExactly(LINK);
        try (PDDocument document = Loader.loadPDF(pdf)) {
            assertThat(document.getNumberOfPages()).isEqualTo(1);
            String text = new PDFTextStripper().getText(document).replaceAll("\\s", "");
            assertThat(text).contains(LINK, "扫码核验", "查询核验").doesNotContain("凭登记编号");
        }
    }

    @Test
    void withTheLongestNamesTheCertificateAndItsQrCodeStillFitOnOnePage() throws IOException {
        byte[] pdf = certificates.render(contract("合".repeat(300), "卖".repeat(200), "买".repeat(200)), "局".repeat(100));

        assertThat(CertificateQr.decode(pdf)).containsExactly(LINK);
        try (PDDocument document = Loader.loadPDF(pdf)) {
            assertThat(document.getNumberOfPages()).isEqualTo(1);
            assertThat(new PDFTextStripper().getText(document).replaceAll("\\s", ""))
                    .contains("合".repeat(300), "买".repeat(200), "局".repeat(100), LINK);
        }
    }

    @Test
    void theBaseOfTheLinkIsTheSettingWithoutItsTrailingSlashOrLocalhostOutsideARequest() {
        assertThat(new VerificationLinks(null, " https://kjj.example.gov.cn/platform/ ").base())
                .isEqualTo("https://kjj.example.gov.cn/platform");
        assertThat(new VerificationLinks(null, "").base()).isEqualTo("http://localhost:8080");
    }

    private static ContractView contract(String title, String seller, String buyer) {
        return new ContractView(42L, title, ContractType.TECHNOLOGY_DEVELOPMENT, ContractSubtype.COMMISSIONED,
                TechnologyField.ELECTRONIC_INFORMATION, new Buyer(buyer, "91440101MA5CXXXX1X", "440106", null),
                LocalDate.of(2023, 1, 10), LocalDate.of(2023, 1, 10), LocalDate.of(2025, 12, 31),
                new BigDecimal("3600000.00"), new BigDecimal("3000000.00"), ContractStatus.REGISTERED,
                "2023440704000123", LocalDate.of(2023, 6, 30), 7L, seller, "440704",
                Instant.parse("2023-06-20T01:00:00Z"), null, false, false, 3L, List.of(), List.of(), Set.of(),
                new BigDecimal("3000000.00"), IpType.NONE, PlanSource.NONE, PaymentMethod.LUMP_SUM, null, null,
                RuleProfile.DEFAULT, FilerRole.SELLER, null);
    }
}
