package cn.kjj.platform.report;

import static org.assertj.core.api.Assertions.assertThat;

import cn.kjj.platform.ApiTest;
import cn.kjj.platform.enterprise.CertificationKind;
import cn.kjj.platform.identity.Role;
import cn.kjj.platform.indicator.IndicatorFixtures;
import java.io.IOException;
import java.time.LocalDate;
import org.apache.pdfbox.Loader;
import org.apache.pdfbox.pdmodel.PDDocument;
import org.apache.pdfbox.text.PDFTextStripper;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.Test;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.http.HttpHeaders;
import org.springframework.http.MediaType;
import org.springframework.test.web.servlet.assertj.MockMvcTester;
import org.springframework.test.web.servlet.assertj.MvcTestResult;

/**
 * The annual report API: figures, generated sentences in Chinese and English and the PDF, on
 * fixtures in Enping (440785) in 2055 and 2056, years and a district no other test uses.
 */
@ApiTest
class AnnualReportApiTest {

    static final String ENPING = "440785";
    static final String PATH = "/api/v1/reports/annual?region=" + ENPING + "&year=2056";

    @Autowired
    MockMvcTester mvc;
    @Autowired
    IndicatorFixtures fx;

    @AfterEach
    void resetClock() {
        fx.clock().reset();
    }

    private void fixture() {
        fx.on(LocalDate.of(2057, 2, 1));
        Long count = fx.fixtures().jdbc().sql("""
                select count(*) from high_tech_certification c join enterprise e on e.id = c.enterprise_id
                where e.region_code = ? and c.issued_on between '2055-01-01' and '2056-12-31'""")
                .param(ENPING).query(Long.class).single();
        if (count > 0) {
            return;
        }
        // 4 in force at the end of 2055 and 2056, 1 more certified in 2056: 4 → 5 (+25.0 %)
        for (int i = 0; i < 4; i++) {
            fx.certify(fx.fixtures().enterprise(ENPING), CertificationKind.INITIAL, LocalDate.of(2055, 2, 1), null);
        }
        fx.certify(fx.fixtures().enterprise(ENPING), CertificationKind.INITIAL, LocalDate.of(2056, 5, 1), null);
    }

    @Test
    void theReportSaysHowTheStockChangedInTheReadersLanguage() {
        fixture();
        String analyst = fx.fixtures().quickBearer(Role.ANALYST);

        MvcTestResult zh = mvc.get().uri(PATH).header(HttpHeaders.AUTHORIZATION, analyst)
                .header(HttpHeaders.ACCEPT_LANGUAGE, "zh-CN").exchange();
        MvcTestResult en = mvc.get().uri(PATH).header(HttpHeaders.AUTHORIZATION, analyst)
                .header(HttpHeaders.ACCEPT_LANGUAGE, "en").exchange();

        assertThat(zh).hasStatusOk().bodyJson().extractingPath("$.sentences[0]")
                .isEqualTo("2056 年，高新技术企业从 4 家增至 5 家，增长 25.0 %。");
        assertThat(zh).bodyJson().extractingPath("$.report.years[4].highTechStock").isEqualTo(5);
        assertThat(zh).bodyJson().extractingPath("$.report.years[4].newlyCertified").isEqualTo(1);
        assertThat(zh).bodyJson().extractingPath("$.report.years[0].year").isEqualTo(2052);
        assertThat(en).hasStatusOk().bodyJson().extractingPath("$.sentences[0]")
                .isEqualTo("In 2056, high-tech enterprises grew from 4 to 5, +25.0 %.");
        assertThat(en).bodyJson().extractingPath("$.sentences[2]")
                .isEqualTo("The R&D expenditure or GDP figures of 2056 are not complete yet, so there is no R&D intensity.");
    }

    @Test
    void thePdfCarriesTheTitleTheSentencesAndTheFigures() throws IOException {
        fixture();
        MvcTestResult result = mvc.get().uri(PATH).accept(MediaType.APPLICATION_PDF)
                .header(HttpHeaders.AUTHORIZATION, fx.fixtures().officialBearer(ENPING)).exchange();

        assertThat(result).hasStatusOk().hasContentType(MediaType.APPLICATION_PDF);
        assertThat(result.getResponse().getHeader(HttpHeaders.CONTENT_DISPOSITION))
                .contains("annual-report-440785-2056.pdf");
        try (PDDocument pdf = Loader.loadPDF(result.getResponse().getContentAsByteArray())) {
            String text = new PDFTextStripper().getText(pdf);
            assertThat(pdf.getDocumentInformation().getTitle()).isEqualTo("恩平市 2056 年科技创新年度报告");
            assertThat(text).contains("恩平市 2056 年科技创新年度报告")
                    .contains("高新技术企业从 4 家增至 5 家")
                    .contains("年末企业数");
        }
    }

    @Test
    void aDistrictOfficialCannotReadAnotherDistrictsReportAndAnEnterpriseIsForbidden() {
        fx.on(LocalDate.of(2057, 2, 1));
        assertThat(mvc.get().uri(PATH).header(HttpHeaders.AUTHORIZATION, fx.fixtures().officialBearer("440704")))
                .hasStatus(404);
        assertThat(mvc.get().uri(PATH).accept(MediaType.APPLICATION_PDF)
                .header(HttpHeaders.AUTHORIZATION, fx.fixtures().officialBearer("440704"))).hasStatus(404);
        String enterprise = fx.fixtures().enterpriseBearer(fx.fixtures().enterprise(ENPING));
        assertThat(mvc.get().uri(PATH).header(HttpHeaders.AUTHORIZATION, enterprise)).hasStatus(403);
        assertThat(mvc.get().uri(PATH).header(HttpHeaders.AUTHORIZATION, fx.fixtures().officialBearer("440700")))
                .hasStatusOk();
    }
}
