package cn.kjj.platform.report.document;

import cn.kjj.platform.document.PdfDocuments;
import static org.assertj.core.api.Assertions.assertThat;

import cn.kjj.platform.region.RecognitionLevel;
import cn.kjj.platform.region.RegionLevel;
import cn.kjj.platform.region.RegionView;
import cn.kjj.platform.report.AnnualReport;
import cn.kjj.platform.report.AnnualReportSentences;
import cn.kjj.platform.report.YearFigures;
import java.io.IOException;
import java.math.BigDecimal;
import java.nio.file.Files;
import java.nio.file.Path;
import java.time.Clock;
import java.time.Instant;
import java.time.ZoneOffset;
import java.util.ArrayList;
import java.util.List;
import java.util.Locale;
import org.apache.pdfbox.Loader;
import org.apache.pdfbox.cos.COSName;
import org.apache.pdfbox.pdmodel.PDDocument;
import org.apache.pdfbox.pdmodel.PDPage;
import org.apache.pdfbox.pdmodel.font.PDFont;
import org.apache.pdfbox.text.PDFTextStripper;
import org.junit.jupiter.api.Test;
import org.springframework.context.support.ResourceBundleMessageSource;

/** The annual report's PDF as a reader sees it: in Chinese or English, with its charts and tables. */
class AnnualReportPdfTest {

    private static final Clock CLOCK = Clock.fixed(Instant.parse("2026-03-02T02:00:00Z"), ZoneOffset.UTC);

    private final AnnualReportPdf reports = reports();

    @Test
    void theChineseReportHasItsTitleSentencesChartsAndTablesInTheEmbeddedFont() throws IOException {
        byte[] pdf = reports.render(report(), Locale.SIMPLIFIED_CHINESE);
        save(pdf, "annual-report-zh.pdf");

        try (PDDocument document = Loader.loadPDF(pdf)) {
            String text = new PDFTextStripper().getText(document);
            assertThat(document.getDocumentInformation().getTitle()).isEqualTo("江海区 2025 年科技创新年度报告");
            assertThat(document.getDocumentInformation().getCreator()).isEqualTo("区科技局业务平台");
            assertThat(text).contains("江海区 2025 年科技创新年度报告", "生成于 2026年3月2日",
                    "2025 年，高新技术企业从 407 家增至 672 家，增长 65.1 %。", "要点", "高新技术企业数（年末）",
                    "年末企业数", "技术合同成交额（技术输出）", "3.60 亿元", "孵化载体和研发平台", "国家级", "科技计划资金",
                    "5.71 %", "500.00 万元");
            for (PDPage page : document.getPages()) {
                for (COSName name : page.getResources().getFontNames()) {
                    PDFont font = page.getResources().getFont(name);
                    assertThat(font.getName()).contains("NotoSansSC");
                    assertThat(font.isEmbedded()).isTrue();
                }
            }
        }
    }

    @Test
    void theEnglishReportSpeaksEnglishAndNumbersItsPages() throws IOException {
        byte[] pdf = reports.render(report(), Locale.ENGLISH);
        save(pdf, "annual-report-en.pdf");

        try (PDDocument document = Loader.loadPDF(pdf)) {
            String text = new PDFTextStripper().getText(document);
            assertThat(text).contains("Jianghai annual science and technology report 2025", "Highlights",
                    "In 2025, high-tech enterprises grew from 407 to 672, +65.1 %.", "¥360.00 million",
                    "1 / " + document.getNumberOfPages());
        }
    }

    @Test
    void eachBarIsAsHighAsItsShareOfTheLargestInStepsOfFive() {
        AnnualReportDocument document = reports.document(report(), Locale.SIMPLIFIED_CHINESE);

        assertThat(document.highTechBars()).extracting(AnnualReportDocument.Bar::height)
                .containsExactly(0, 30, 45, 60, 100);
        assertThat(document.highTechBars().get(4).value()).isEqualTo("672");
        assertThat(document.turnoverBars().get(4).value()).isEqualTo("3.60 亿元");
    }

    private static AnnualReport report() {
        RegionView jianghai = new RegionView("440704", "江海区", "Jianghai", RegionLevel.DISTRICT, "440700");
        List<YearFigures> years = new ArrayList<>();
        long[] stock = {0, 200, 300, 407, 672};
        for (int i = 0; i < stock.length; i++) {
            BigDecimal output = new BigDecimal(72_000_000L * (i + 1));
            years.add(new YearFigures(2021 + i, stock[i], 280, 40, 20, 0, new BigDecimal("0.0571"),
                    new BigDecimal("1713000000"), new BigDecimal("30000000000"), output, 120, new BigDecimal("210000000"),
                    80, 3, new BigDecimal("5000000"), new BigDecimal("2000000"), 9, 3));
        }
        List<AnnualReport.LevelRow> levels = List.of(new AnnualReport.LevelRow(RecognitionLevel.NATIONAL, 5, 4, 2, 1),
                new AnnualReport.LevelRow(RecognitionLevel.PROVINCIAL, 4, 4, 1, 1));
        return new AnnualReport(jianghai, 2025, years, levels, AnnualReportSentences.of(years, levels), List.of());
    }

    private static AnnualReportPdf reports() {
        ResourceBundleMessageSource messages = new ResourceBundleMessageSource();
        messages.setBasename("messages/reports");
        messages.setDefaultEncoding("UTF-8");
        messages.setFallbackToSystemLocale(false);
        return new AnnualReportPdf(new PdfDocuments(messages, CLOCK), new ReportText(messages), CLOCK);
    }

    private static void save(byte[] pdf, String name) throws IOException {
        Files.createDirectories(Path.of("target"));
        Files.write(Path.of("target", name), pdf);
    }
}
