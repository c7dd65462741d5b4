package cn.kjj.platform.contract.document;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatIllegalArgumentException;
import static org.assertj.core.api.Assertions.assertThatIllegalStateException;

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
import java.io.IOException;
import java.math.BigDecimal;
import java.nio.file.Files;
import java.nio.file.Path;
import java.time.Clock;
import java.time.Instant;
import java.time.LocalDate;
import java.time.ZoneOffset;
import java.util.ArrayList;
import java.util.Calendar;
import java.util.List;
import java.util.Set;
import org.apache.pdfbox.Loader;
import org.apache.pdfbox.cos.COSName;
import org.apache.pdfbox.pdmodel.PDDocument;
import org.apache.pdfbox.pdmodel.PDDocumentInformation;
import org.apache.pdfbox.pdmodel.PDPage;
import org.apache.pdfbox.pdmodel.PDResources;
import org.apache.pdfbox.pdmodel.font.PDFont;
import org.apache.pdfbox.pdmodel.font.PDType0Font;
import org.apache.pdfbox.text.PDFTextStripper;
import org.apache.pdfbox.text.TextPosition;
import org.junit.jupiter.api.Nested;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.CsvSource;

class CertificatePdfTest {

    private static final String OFFICE = "江门市江海区科学技术局";
    private static final String REGISTRATION_NO = "2023440704000123";
    private static final String SELLER = "江门市江海区智造科技有限公司";
    private static final String BUYER = "广州市天河区云图数据有限公司";
    private static final String BUYER_CODE = "91440101MA5CXXXX1X";
    private static final Instant NOW = Instant.parse("2023-07-01T02:30:00Z");

    private final CertificatePdf certificates = new CertificatePdf(Clock.fixed(NOW, ZoneOffset.UTC));

    @Test
    void theCertificateOfARegisteredContractReadsInChineseWithAllItsParticulars() throws IOException {
        byte[] pdf = certificates.render(contract("工业视觉缺陷检测系统开发合同"), OFFICE);
        Path sample = Path.of("target", "certificate-sample.pdf");
        Files.createDirectories(sample.getParent());
        Files.write(sample, pdf);

        try (PDDocument document = Loader.loadPDF(pdf)) {
            assertThat(document.getNumberOfPages()).isEqualTo(1);
            String text = new PDFTextStripper().getText(document);
            // the title is letter-spaced, so the text has spaces between its characters
            assertThat(text.replaceAll("\\s", "")).contains("技术合同登记证明");
            assertThat(text).contains("登记编号", REGISTRATION_NO, "工业视觉缺陷检测系统开发合同",
                    "技术开发（委托开发）", "电子信息", SELLER, BUYER, BUYER_CODE, "2023年1月10日",
                    "2023年1月10日 至 2025年12月31日", "3,600,000.00 元", "叁佰陆拾万元整",
                    "3,000,000.00 元", "叁佰万元整", "2023年6月30日", OFFICE, "查询核验");
            assertThat(text.replaceAll("\\s", "")).contains("合同名称", "合同类型", "技术领域", "卖方", "买方",
                    "签订日期", "有效期限", "合同成交额", "技术交易额", "登记日期", "登记机构");
        }
    }

    @Test
    void theFontIsNotoSansScEmbeddedAsASubset() throws IOException {
        try (PDDocument document = Loader.loadPDF(certificates.render(contract("技术开发合同"), OFFICE))) {
            PDResources resources = document.getPage(0).getResources();
            List<PDFont> fonts = new ArrayList<>();
            for (COSName name : resources.getFontNames()) {
                fonts.add(resources.getFont(name));
            }
            assertThat(fonts).singleElement().isInstanceOfSatisfying(PDType0Font.class, font -> {
                assertThat(font.isEmbedded()).isTrue();
                assertThat(font.getName()).contains("NotoSansSC").matches("[A-Z]{6}\\+.*");
            });
        }
    }

    @Test
    void theFileStaysSmallThanksToTheSubset() {
        byte[] pdf = certificates.render(contract("工业视觉缺陷检测系统开发合同"), OFFICE);

        assertThat(pdf.length).isLessThan(200 * 1024);
    }

    @Test
    void theDocumentInformationNamesTheCertificateAndItsCreator() throws IOException {
        try (PDDocument document = Loader.loadPDF(certificates.render(contract("技术开发合同"), OFFICE))) {
            PDDocumentInformation info = document.getDocumentInformation();
            assertThat(info.getTitle()).isEqualTo("技术合同登记证明 " + REGISTRATION_NO);
            assertThat(info.getCreator()).isEqualTo("区科技局业务平台");
            Calendar created = info.getCreationDate();
            assertThat(created.toInstant()).isEqualTo(NOW);
        }
    }

    @Test
    void aThreeHundredCharacterTitleWrapsWithinThePage() throws IOException {
        String title = ("面向智能制造的工业互联网平台关键技术研究与应用示范（Industrial IoT platform, phase II）"
                .repeat(10)).substring(0, 300);
        ContractView contract = contract(title);

        try (PDDocument document = Loader.loadPDF(certificates.render(contract, OFFICE))) {
            assertThat(document.getNumberOfPages()).isEqualTo(1);
            PositionStripper stripper = new PositionStripper();
            String text = stripper.getText(document);
            assertThat(text.replaceAll("\\s", "")).contains(title.replaceAll("\\s", ""));
            assertThat(text).contains("叁佰陆拾万元整", "2023年6月30日", "查询核验");
            assertAllOnThePage(document.getPage(0), stripper.positions);
        }
    }

    @Test
    void veryLongNamesEverywhereStillFitOnOnePage() throws IOException {
        ContractView contract = contract("合".repeat(300), "卖".repeat(200),
                new Buyer("买".repeat(200), BUYER_CODE, "440104", null));

        // the longest the schema allows: title 300, names 200, a region's name 100
        byte[] pdf = certificates.render(contract, "局".repeat(100));
        Files.createDirectories(Path.of("target"));
        Files.write(Path.of("target", "certificate-long-names.pdf"), pdf);

        try (PDDocument document = Loader.loadPDF(pdf)) {
            assertThat(document.getNumberOfPages()).isEqualTo(1);
            PositionStripper stripper = new PositionStripper();
            String text = stripper.getText(document);
            assertThat(text.replaceAll("\\s", "")).contains("合".repeat(300), "卖".repeat(200), "买".repeat(200));
            assertAllOnThePage(document.getPage(0), stripper.positions);
        }
    }

    @Test
    void charactersTheFontLacksBecomeQuestionMarksInsteadOfFailing() throws IOException {
        String title = "智能😀检测\uDBFF\uDFFF系统\uD800开发\u0007合同\uE000";

        byte[] pdf = certificates.render(contract(title), OFFICE);

        try (PDDocument document = Loader.loadPDF(pdf)) {
            assertThat(new PDFTextStripper().getText(document)).contains("智能?检测?系统?开发?合同?");
        }
    }

    @Test
    void aConsultingContractWithAForeignBuyerHasNoSubtypeAndNoCreditCode() throws IOException {
        ContractView consulting = asConsulting(contract("数字化转型技术咨询合同"),
                new Buyer("Acme Robotics GmbH", null, null, "DE"));

        try (PDDocument document = Loader.loadPDF(certificates.render(consulting, OFFICE))) {
            String text = new PDFTextStripper().getText(document);
            assertThat(text).contains("技术咨询", "Acme Robotics GmbH", "境外（国家或地区：DE）")
                    .doesNotContain("统一社会信用代码", "（委托开发）");
        }
    }

    @Test
    void aContractWithoutRegistrationNumberIsRefused() {
        ContractView submitted = contract("技术开发合同", null);

        assertThatIllegalStateException().isThrownBy(() -> certificates.render(submitted, OFFICE))
                .withMessageContaining("registration number");
    }

    @Test
    void datesAreWrittenTheChineseWay() {
        assertThat(CertificatePdf.chineseDate(LocalDate.of(2023, 6, 30))).isEqualTo("2023年6月30日");
        assertThat(CertificatePdf.chineseDate(LocalDate.of(2024, 12, 1))).isEqualTo("2024年12月1日");
    }

    @Nested
    class Amounts {

        @ParameterizedTest(name = "{0} → {1}")
        @CsvSource(delimiter = '|', textBlock = """
                0.05              | 伍分
                0.50              | 伍角
                10.50             | 壹拾元伍角
                1.55              | 壹元伍角伍分
                100000000.00      | 壹亿元整
                1005.00           | 壹仟零伍元整
                3600000.00        | 叁佰陆拾万元整
                20000000.01       | 贰仟万元零壹分
                0.00              | 零元整
                10                | 壹拾元整
                1680.32           | 壹仟陆佰捌拾元叁角贰分
                100010.00         | 壹拾万零壹拾元整
                100000001         | 壹亿零壹元整
                105000000         | 壹亿零伍佰万元整
                150000000         | 壹亿伍仟万元整
                1000100000        | 壹拾亿零壹拾万元整
                1234567890123.45  | 壹万贰仟叁佰肆拾伍亿陆仟柒佰捌拾玖万零壹佰贰拾叁元肆角伍分
                1000000000000     | 壹万亿元整
                9999999999999999.99 | 玖仟玖佰玖拾玖万玖仟玖佰玖拾玖亿玖仟玖佰玖拾玖万玖仟玖佰玖拾玖元玖角玖分
                """)
        void areWrittenInChineseUppercase(String amount, String uppercase) {
            assertThat(CertificateAmounts.toChineseUppercase(new BigDecimal(amount))).isEqualTo(uppercase);
        }

        @ParameterizedTest(name = "{0} → {1}")
        @CsvSource(delimiter = '|', textBlock = """
                3600000      | 3,600,000.00 元
                20000000.01  | 20,000,000.01 元
                0.05         | 0.05 元
                999.5        | 999.50 元
                """)
        void areWrittenInFiguresWithThousandsSeparatorsAndTwoDecimals(String amount, String figures) {
            assertThat(CertificateAmounts.formatYuan(new BigDecimal(amount))).isEqualTo(figures);
        }

        @Test
        void negativeAmountsAndFractionsOfAFenAreRefused() {
            assertThatIllegalArgumentException()
                    .isThrownBy(() -> CertificateAmounts.toChineseUppercase(new BigDecimal("-1")));
            assertThatIllegalArgumentException()
                    .isThrownBy(() -> CertificateAmounts.toChineseUppercase(new BigDecimal("1.005")));
        }
    }

    private static void assertAllOnThePage(PDPage page, List<TextPosition> positions) {
        float width = page.getMediaBox().getWidth();
        float height = page.getMediaBox().getHeight();
        assertThat(positions).isNotEmpty().allSatisfy(p -> {
            // inside the inner border, 34 pt from each edge
            assertThat(p.getXDirAdj()).isGreaterThanOrEqualTo(34);
            assertThat(p.getXDirAdj() + p.getWidthDirAdj()).isLessThanOrEqualTo(width - 34);
            assertThat(p.getYDirAdj()).isBetween(34f, height - 34);
        });
    }

    private static ContractView contract(String title) {
        return contract(title, REGISTRATION_NO);
    }

    private static ContractView contract(String title, String registrationNo) {
        return contract(title, SELLER, new Buyer(BUYER, BUYER_CODE, "440106", null), registrationNo);
    }

    private static ContractView contract(String title, String seller, Buyer buyer) {
        return contract(title, seller, buyer, REGISTRATION_NO);
    }

    private static ContractView contract(String title, String seller, Buyer buyer, String registrationNo) {
        boolean registered = registrationNo != null;
        return new ContractView(42L, title, ContractType.TECHNOLOGY_DEVELOPMENT, ContractSubtype.COMMISSIONED,
                TechnologyField.ELECTRONIC_INFORMATION, buyer, LocalDate.of(2023, 1, 10),
                LocalDate.of(2023, 1, 10), LocalDate.of(2025, 12, 31),
                new BigDecimal("3600000.00"), new BigDecimal("3000000.00"),
                registered ? ContractStatus.REGISTERED : ContractStatus.SUBMITTED, registrationNo,
                registered ? LocalDate.of(2023, 6, 30) : null, 7L, seller, "440704",
                Instant.parse("2023-06-20T01:00:00Z"), LocalDate.of(2023, 7, 11), false, false, 3L,
                List.of(), List.of(), Set.of(), new BigDecimal("3000000.00"), IpType.NONE, PlanSource.NONE,
                PaymentMethod.LUMP_SUM, null, null, RuleProfile.DEFAULT, FilerRole.SELLER, null);
    }

    /** The same contract as technical consulting (which has no subtype) in modern agriculture. */
    private static ContractView asConsulting(ContractView c, Buyer buyer) {
        return new ContractView(c.id(), c.title(), ContractType.TECHNICAL_CONSULTING, null,
                TechnologyField.MODERN_AGRICULTURE, buyer, c.signedOn(), c.validFrom(), c.validTo(),
                c.contractAmount(), c.techTransactionAmount(), c.status(), c.registrationNo(), c.registeredOn(),
                c.sellerId(), c.sellerName(), c.sellerRegionCode(), c.submittedAt(), c.dueOn(), c.overdue(),
                c.needsTwoOfficials(), c.version(), c.history(), c.attachments(), c.availableActions(),
                c.declaredTechTransactionAmount(), c.ipType(), c.planSource(), c.paymentMethod(), c.reasonCode(),
                c.taxRelief(), c.ruleProfile(), c.role(), c.seller());
    }

    /** Keeps where every character was drawn. */
    private static final class PositionStripper extends PDFTextStripper {

        final List<TextPosition> positions = new ArrayList<>();

        @Override
        protected void writeString(String text, List<TextPosition> textPositions) throws IOException {
            positions.addAll(textPositions);
            super.writeString(text, textPositions);
        }
    }
}
