package cn.kjj.platform.report;

import static cn.kjj.platform.portal.RegistryPageFixtures.OFFICIAL;
import static cn.kjj.platform.portal.RegistryPageFixtures.html;
import static org.assertj.core.api.Assertions.assertThat;
import static org.hamcrest.Matchers.containsString;
import static org.springframework.security.test.web.servlet.request.SecurityMockMvcRequestPostProcessors.user;
import static org.springframework.test.web.servlet.request.MockMvcRequestBuilders.get;
import static org.springframework.test.web.servlet.result.MockMvcResultMatchers.content;
import static org.springframework.test.web.servlet.result.MockMvcResultMatchers.status;

import cn.kjj.platform.PortalTest;
import cn.kjj.platform.identity.AccountPrincipal;
import cn.kjj.platform.portal.RegistryPageFixtures;
import java.io.IOException;
import java.time.LocalDate;
import java.util.Locale;
import org.apache.pdfbox.Loader;
import org.apache.pdfbox.pdmodel.PDDocument;
import org.apache.pdfbox.text.PDFTextStripper;
import org.junit.jupiter.api.Test;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.context.ApplicationContext;
import org.springframework.test.web.servlet.MockMvc;

/**
 * The annual report page and its PDF are one template (ADR 0029): the page shows the document's body,
 * prints it with the documents' style sheet (the box-drawn charts instead of the interactive ones), and
 * the PDF says what the page says.
 */
@PortalTest
class AnnualReportDocumentPageTest {

    @Autowired
    MockMvc mvc;
    @Autowired
    ApplicationContext context;

    @Test
    void thePagePrintsTheDocumentWithItsChartsAndThePdfSaysTheSame() throws Exception {
        AccountPrincipal official = new RegistryPageFixtures(context).principal(OFFICIAL);
        int year = LocalDate.now().getYear() - 1;
        String query = "?region=440704&year=" + year;

        String page = html(mvc.perform(get("/reports/annual" + query).with(user(official))
                .locale(Locale.SIMPLIFIED_CHINESE)).andExpect(status().isOk()).andReturn());
        byte[] pdf = mvc.perform(get("/reports/annual.pdf" + query).with(user(official))
                .locale(Locale.SIMPLIFIED_CHINESE)).andExpect(status().isOk()).andReturn().getResponse()
                .getContentAsByteArray();

        assertThat(page).contains("<link rel=\"stylesheet\" href=\"/css/documents.css\"")
                .contains("class=\"document report-document\"")
                .contains("<p class=\"doc-bars__caption\">高新技术企业数（年末）</p>")
                .contains("class=\"dashboard__charts document-screen-only\"")
                .contains("id=\"chart-report-high-tech\"");
        String firstSentence = page.substring(page.indexOf("<ul class=\"report__sentences\">"))
                .split("<li>", 2)[1].split("</li>", 2)[0];
        assertThat(text(pdf)).contains("江海区 " + year + " 年科技创新年度报告", firstSentence, "高新技术企业数（年末）");
        mvc.perform(get("/css/documents.css")).andExpect(status().isOk())
                .andExpect(content().string(containsString(".doc-bars")));
    }

    private static String text(byte[] pdf) throws IOException {
        try (PDDocument document = Loader.loadPDF(pdf)) {
            return new PDFTextStripper().getText(document);
        }
    }
}
