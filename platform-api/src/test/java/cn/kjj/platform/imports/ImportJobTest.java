package cn.kjj.platform.imports;

import static cn.kjj.platform.imports.ImportRows.row;
import static org.assertj.core.api.Assertions.assertThat;

import cn.kjj.platform.ApiFixtures;
import cn.kjj.platform.ApiTest;
import cn.kjj.platform.identity.Role;
import java.math.BigDecimal;
import java.time.Duration;
import java.time.Instant;
import java.util.List;
import org.junit.jupiter.api.Test;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.http.HttpHeaders;
import org.springframework.http.HttpStatus;
import org.springframework.test.web.servlet.assertj.MvcTestResult;
import tools.jackson.databind.JsonNode;
import tools.jackson.databind.json.JsonMapper;

/** Import jobs: answered at once, followed to the end, shown only to their owner, audited once. */
@ApiTest
class ImportJobTest {

    private static final String JIANGHAI = ApiFixtures.JIANGHAI;
    private static final JsonMapper JSON = JsonMapper.builder().build();

    @Autowired
    ImportApi api;

    @Test
    void anUploadAnswersAtOnceAndItsJobMovesToDoneWithEveryRowProcessed() throws Exception {
        String official = api.fixtures().officialBearer(JIANGHAI);
        MvcTestResult accepted = api.upload(official, "enterprises", "e.csv",
                ImportApi.csv(ImportRows.enterprises(2_500, JIANGHAI)));

        assertThat(accepted).hasStatus(HttpStatus.ACCEPTED)
                .bodyJson().hasPathSatisfying("$.status", v -> v.assertThat().asString()
                        .isIn("PENDING", "VALIDATING", "WRITING", "DONE"));
        String location = accepted.getResponse().getHeader(HttpHeaders.LOCATION);
        assertThat(location).matches("/api/v1/imports/[0-9a-f-]{36}");

        JsonNode job = poll(official, location);
        assertThat(job.get("status").asString()).isEqualTo("DONE");
        assertThat(job.get("totalRows").asInt()).isEqualTo(2_500);
        assertThat(job.get("processedRows").asInt()).isEqualTo(2_500);
        assertThat(job.get("errorCount").asInt()).isZero();
        assertThat(job.has("errors")).isFalse();
    }

    @Test
    void aJobIsShownToItsOwnerAndToAdministratorsOnly() throws Exception {
        String owner = api.fixtures().officialBearer(JIANGHAI);
        String location = api.upload(owner, "enterprises", "e.csv", ImportApi.csv(ImportRows.enterprises(1, JIANGHAI)))
                .getResponse().getHeader(HttpHeaders.LOCATION);
        poll(owner, location);

        assertThat(api.get(api.fixtures().officialBearer(JIANGHAI), location)).hasStatus(HttpStatus.NOT_FOUND);
        assertThat(api.get(api.fixtures().quickBearer(Role.ADMIN), location)).hasStatusOk();
        assertThat(api.get(api.fixtures().quickBearer(Role.ANALYST), location)).hasStatus(HttpStatus.FORBIDDEN);
    }

    @Test
    void theWholeFileIsOneAuditEventWithItsCounts() throws Exception {
        String official = api.fixtures().officialBearer(JIANGHAI);
        String location = api.importNow(official, "enterprises", "名录.csv", ImportApi.csv(ImportRows.enterprises(3, JIANGHAI)))
                .getResponse().getHeader(HttpHeaders.LOCATION);
        String id = location.substring(location.lastIndexOf('/') + 1);

        var events = api.fixtures().jdbc().sql("select action, region_code, after::text as after from audit_event "
                + "where entity_type = 'import_job' and entity_id = ?").param(id).query().listOfRows();
        assertThat(events).hasSize(1);
        assertThat(events.get(0).get("action")).isEqualTo("import.enterprises");
        assertThat(events.get(0).get("region_code")).isEqualTo(JIANGHAI);
        JsonNode after = JSON.readTree(events.get(0).get("after").toString());
        assertThat(after.get("rows").asInt()).isEqualTo(3);
        assertThat(after.get("created").asInt()).isEqualTo(3);
        assertThat(after.get("filename").asString()).isEqualTo("名录.csv");
    }

    @Test
    void aStatisticsImportRevisesAnExistingFigureAndKeepsTheEarlierOneAsARevision() {
        int year = ImportApi.freshYear();
        String admin = api.fixtures().quickBearer(Role.ADMIN);
        List<List<Object>> first = List.of(ImportRows.STATISTICS_HEADER,
                row(JIANGHAI, year, "30000000000.00", "1500000000.00", "统计年鉴 初步数"));
        List<List<Object>> second = List.of(ImportRows.STATISTICS_HEADER,
                row(JIANGHAI, year, "31500000000.00", "1798650000.00", "统计公报 最终核实数"));

        assertThat(api.importNow(admin, "statistics", "s.csv", ImportApi.csv(first))).hasStatus(HttpStatus.CREATED);
        assertThat(api.importNow(admin, "statistics", "s.xlsx", ImportApi.xlsx(second))).hasStatus(HttpStatus.CREATED)
                .bodyJson()
                .hasPathSatisfying("$.createdRows", v -> v.assertThat().isEqualTo(0))
                .hasPathSatisfying("$.revisedRows", v -> v.assertThat().isEqualTo(1));

        var current = api.fixtures().jdbc().sql("select gdp, source from regional_statistic where region_code = ? "
                + "and year = ?").params(JIANGHAI, year).query().singleRow();
        assertThat((BigDecimal) current.get("gdp")).isEqualByComparingTo("31500000000.00");
        assertThat(current.get("source")).isEqualTo("统计公报 最终核实数");
        var revisions = api.fixtures().jdbc().sql("select gdp, rd_expenditure, source from regional_statistic_revision "
                + "where region_code = ? and year = ?").params(JIANGHAI, year).query().listOfRows();
        assertThat(revisions).hasSize(1);
        assertThat((BigDecimal) revisions.get(0).get("gdp")).isEqualByComparingTo("30000000000.00");
        assertThat(revisions.get(0).get("source")).isEqualTo("统计年鉴 初步数");
    }

    @Test
    void statisticsAreKeptForDistrictsOnlyAndUpToNextYear() {
        List<List<Object>> rows = List.of(ImportRows.STATISTICS_HEADER,
                row("440700", ImportApi.freshYear(), "100.00", "1.00", "江门市统计局"));

        assertThat(api.importNow(api.fixtures().quickBearer(Role.ADMIN), "statistics", "s.csv", ImportApi.csv(rows)))
                .hasStatus(HttpStatus.BAD_REQUEST).bodyJson()
                .hasPathSatisfying("$.errors[0].code", v -> v.assertThat().isEqualTo("error.import.notDistrict"));
        int farAhead = java.time.LocalDate.now().getYear() + 5;
        List<List<Object>> future = List.of(ImportRows.STATISTICS_HEADER,
                row(JIANGHAI, farAhead, "100.00", "1.00", "规划数"));
        assertThat(api.importNow(api.fixtures().quickBearer(Role.ADMIN), "statistics", "s.csv", ImportApi.csv(future)))
                .hasStatus(HttpStatus.BAD_REQUEST).bodyJson()
                .hasPathSatisfying("$.errors[0].column", v -> v.assertThat().isEqualTo("年份"))
                .hasPathSatisfying("$.errors[0].code", v -> v.assertThat().isEqualTo("error.year.outOfRange"));
    }

    private JsonNode poll(String bearer, String location) throws Exception {
        Instant deadline = Instant.now().plus(Duration.ofSeconds(30));
        while (true) {
            MvcTestResult result = api.get(bearer, location);
            assertThat(result).hasStatusOk();
            JsonNode job = JSON.readTree(result.getResponse().getContentAsString());
            String status = job.get("status").asString();
            if ("DONE".equals(status) || "FAILED".equals(status) || Instant.now().isAfter(deadline)) {
                return job;
            }
            assertThat(job.get("processedRows").asInt()).isLessThanOrEqualTo(2_500);
            Thread.sleep(50);
        }
    }
}
