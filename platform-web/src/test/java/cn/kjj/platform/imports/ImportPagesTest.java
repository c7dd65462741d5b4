package cn.kjj.platform.imports;

import static org.assertj.core.api.Assertions.assertThat;
import static org.springframework.security.test.web.servlet.request.SecurityMockMvcRequestPostProcessors.csrf;
import static org.springframework.security.test.web.servlet.request.SecurityMockMvcRequestPostProcessors.user;
import static org.springframework.test.web.servlet.request.MockMvcRequestBuilders.get;
import static org.springframework.test.web.servlet.request.MockMvcRequestBuilders.multipart;
import static org.springframework.test.web.servlet.result.MockMvcResultMatchers.flash;
import static org.springframework.test.web.servlet.result.MockMvcResultMatchers.header;
import static org.springframework.test.web.servlet.result.MockMvcResultMatchers.redirectedUrl;
import static org.springframework.test.web.servlet.result.MockMvcResultMatchers.redirectedUrlPattern;
import static org.springframework.test.web.servlet.result.MockMvcResultMatchers.status;

import cn.kjj.platform.PortalTest;
import cn.kjj.platform.enterprise.CreditCode;
import cn.kjj.platform.identity.AccountPrincipal;
import cn.kjj.platform.spreadsheet.SpreadsheetFormat;
import java.nio.charset.StandardCharsets;
import java.time.Duration;
import java.util.UUID;
import java.util.concurrent.ThreadLocalRandom;
import org.hamcrest.Matchers;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.jdbc.core.simple.JdbcClient;
import org.springframework.mock.web.MockMultipartFile;
import org.springframework.security.core.userdetails.UserDetailsService;
import org.springframework.test.web.servlet.MockMvc;

/** The import pages as an official uses them: templates, the upload, and the job to its end. */
@PortalTest
class ImportPagesTest {

    private static final String HEADER = "\uFEFF企业名称,统一社会信用代码,行政区划代码,营业收入（元）\r\n";

    @Autowired
    MockMvc mvc;

    @Autowired
    UserDetailsService users;

    @Autowired
    ImportService imports;

    @Autowired
    JdbcClient jdbc;

    AccountPrincipal official;
    AccountPrincipal analyst;

    @BeforeEach
    void setUp() {
        official = principal("official.jianghai");
        analyst = principal("analyst");
    }

    @Test
    void anOfficialFindsEveryKindOfFileAndForEachItsTemplatesAndColumns() throws Exception {
        String index = page("/imports");
        assertThat(index).contains("企业名录", "高新技术企业认定", "孵化载体", "研发平台", "地区统计数据")
                .contains("href=\"/imports/certifications\"");

        String kind = page("/imports/certifications");
        assertThat(kind).contains("导入：高新技术企业认定")
                .contains("href=\"/imports/certifications/template.csv\"", "href=\"/imports/certifications/template.xlsx\"")
                .contains("统一社会信用代码", "证书编号", "GR202344009876")
                .contains("enctype=\"multipart/form-data\"", "name=\"_csrf\"");
    }

    @Test
    void theTemplatesDownloadFromThePage() throws Exception {
        mvc.perform(get("/imports/statistics/template.xlsx").with(user(official)))
                .andExpect(status().isOk())
                .andExpect(header().string("Content-Type", SpreadsheetFormat.XLSX_MEDIA_TYPE))
                .andExpect(header().string("Content-Disposition", Matchers.containsString("statistics-template.xlsx")));
        String csv = mvc.perform(get("/imports/enterprises/template.csv").with(user(official)))
                .andExpect(status().isOk())
                .andReturn().getResponse().getContentAsString(StandardCharsets.UTF_8);
        assertThat(csv).startsWith("\uFEFF企业名称,统一社会信用代码,行政区划代码");
    }

    @Test
    void anAnalystMayNotImport() throws Exception {
        mvc.perform(get("/imports").with(user(analyst))).andExpect(status().isForbidden());
        mvc.perform(multipart("/imports/enterprises").file(file(rows(1)))
                        .with(user(analyst)).with(csrf()))
                .andExpect(status().isForbidden());
        assertThat(page("/")).contains("href=\"/imports\"");
        String analystHome = mvc.perform(get("/").with(user(analyst))).andReturn().getResponse().getContentAsString();
        assertThat(analystHome).doesNotContain("href=\"/imports\"");
    }

    @Test
    void anUploadLeadsToItsJobPageWhichEndsWithEveryRowImported() throws Exception {
        String location = upload(rows(2));
        UUID id = UUID.fromString(location.substring(location.lastIndexOf('/') + 1));
        awaitFinished(id);

        String job = page(location);
        assertThat(job).contains("已导入全部 2 行：新建 2 条，修订 0 条。", "portal.csv", "href=\"/enterprises\"")
                .doesNotContain("http-equiv=\"refresh\"");
    }

    @Test
    void aFileWithBadLinesShowsEachBadLineWithItsReasonAndOffersTheReport() throws Exception {
        String text = rows(3).replaceFirst(",440704,", ",449999,") + "坏企业,91440704MA4UH5XB8Z,440704,1.005\r\n";
        String location = upload(text);
        UUID id = UUID.fromString(location.substring(location.lastIndexOf('/') + 1));
        awaitFinished(id);

        String job = page(location);
        assertThat(job).contains("文件未导入：共有 3 处错误，未保存任何数据。")
                .containsPattern("<td class=\"num error-line\">2</td>\\s*<td class=\"error-column\">行政区划代码</td>\\s*"
                        + "<td class=\"error-message\">没有这个行政区划代码</td>")
                .containsPattern("<td class=\"num error-line\">5</td>\\s*<td class=\"error-column\">统一社会信用代码</td>")
                .containsPattern("<td class=\"num error-line\">5</td>\\s*<td class=\"error-column\">营业收入（元）</td>\\s*"
                        + "<td class=\"error-message\">金额最多保留两位小数</td>")
                .contains("href=\"/imports/jobs/" + id + "/errors.csv\"");
        String report = mvc.perform(get("/imports/jobs/{id}/errors.csv", id).with(user(official)))
                .andExpect(status().isOk())
                .andReturn().getResponse().getContentAsString(StandardCharsets.UTF_8);
        assertThat(report.split("\r\n")).hasSize(4).startsWith("\uFEFF行号,列,错误原因");

        mvc.perform(get(location).with(user(principal("official.city")))).andExpect(status().isNotFound());
    }

    @Test
    void withoutAFileThePageSaysWhatIsMissing() throws Exception {
        mvc.perform(multipart("/imports/enterprises").with(user(official)).with(csrf()))
                .andExpect(redirectedUrl("/imports/enterprises"))
                .andExpect(flash().attribute("error", "请选择要上传的 CSV 或 XLSX 文件"));
    }

    @Test
    void aRunningJobsPageFollowsItWithTheScriptOrElseRefreshesItself() throws Exception {
        UUID id = UUID.randomUUID();
        jdbc.sql("insert into import_job (id, kind, account_id, filename, format, status, total_rows, processed_rows) "
                        + "values (?, 'ENTERPRISES', ?, 'big.csv', 'CSV', 'VALIDATING', 100000, 40000)")
                .params(id, official.id()).update();

        String job = page("/imports/jobs/" + id);
        assertThat(job).contains("<noscript><meta http-equiv=\"refresh\" content=\"2\"></noscript>")
                .contains("src=\"/js/import-progress.js\"", "data-job-url=\"/api/v1/imports/" + id + "\"")
                .contains("正在校验：40,000 / 100,000 行")
                .containsPattern("<progress id=\"import-bar\" class=\"import-bar\" max=\"100\" value=\"40\"");
    }

    private String upload(String csv) throws Exception {
        return mvc.perform(multipart("/imports/enterprises").file(file(csv)).with(user(official)).with(csrf()))
                .andExpect(status().is3xxRedirection())
                .andExpect(redirectedUrlPattern("/imports/jobs/*"))
                .andReturn().getResponse().getRedirectedUrl();
    }

    private void awaitFinished(UUID id) {
        assertThat(imports.await(official, id, Duration.ofSeconds(30)).status().isFinished()).isTrue();
    }

    private String page(String path) throws Exception {
        return mvc.perform(get(path).with(user(official))).andExpect(status().isOk())
                .andReturn().getResponse().getContentAsString(StandardCharsets.UTF_8);
    }

    private static MockMultipartFile file(String csv) {
        return new MockMultipartFile("file", "portal.csv", "text/csv", csv.getBytes(StandardCharsets.UTF_8));
    }

    private static String rows(int count) {
        StringBuilder text = new StringBuilder(HEADER);
        for (int i = 0; i < count; i++) {
            String organisation = String.format("%08d", ThreadLocalRandom.current().nextInt(100_000_000));
            text.append("门户导入企业").append(organisation).append(',')
                    .append(CreditCode.withCheckCharacters("91440704" + organisation)).append(",440704,1000.50\r\n");
        }
        return text.toString();
    }

    private AccountPrincipal principal(String username) {
        return ((AccountPrincipal) users.loadUserByUsername(username)).withoutPassword();
    }
}
