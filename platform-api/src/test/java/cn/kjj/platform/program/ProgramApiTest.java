package cn.kjj.platform.program;

import static org.assertj.core.api.Assertions.assertThat;

import cn.kjj.platform.ApiFixtures;
import cn.kjj.platform.ApiTest;
import cn.kjj.platform.identity.Role;
import com.jayway.jsonpath.JsonPath;
import java.math.BigDecimal;
import java.nio.charset.StandardCharsets;
import java.time.LocalDate;
import java.util.UUID;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.http.HttpHeaders;
import org.springframework.http.HttpStatus;
import org.springframework.http.MediaType;
import org.springframework.test.web.servlet.assertj.MockMvcTester;
import org.springframework.test.web.servlet.assertj.MvcTestResult;

@ApiTest
class ProgramApiTest {

    static final String JIANGHAI = "440704";
    static final String PENGJIANG = "440703";

    @Autowired
    MockMvcTester mvc;

    @Autowired
    ApiFixtures fixtures;

    String admin;
    String official;
    String tag;
    long enterprise;

    @BeforeEach
    void signIn() {
        admin = fixtures.quickBearer(Role.ADMIN);
        official = fixtures.officialBearer(JIANGHAI);
        tag = "项目" + UUID.randomUUID().toString().substring(0, 8);
        enterprise = fixtures.enterprise(JIANGHAI);
    }

    @Test
    void anOfficialCreatesAProgramAndAwardsWithinItsBudget() {
        long program = create(official, program(tag, JIANGHAI, 2023, "1000000.00"));

        MvcTestResult awarded = award(official, program, award(enterprise, "400000.00"));

        assertThat(awarded).hasStatus(HttpStatus.CREATED).bodyJson()
                .hasPathSatisfying("$.amount", v -> v.assertThat().asNumber().satisfies(
                        n -> assertThat(new BigDecimal(n.toString())).isEqualByComparingTo("400000")))
                .hasPathSatisfying("$.enterpriseName", v -> v.assertThat().asString().startsWith("测试企业"));
        assertThat(get(official, "/api/v1/programs/" + program)).hasStatusOk()
                .hasHeader(HttpHeaders.ETAG, "\"1\"").bodyJson()
                .hasPathSatisfying("$.awardedTotal", v -> v.assertThat().asNumber().satisfies(
                        n -> assertThat(new BigDecimal(n.toString())).isEqualByComparingTo("400000")))
                .hasPathSatisfying("$.remainingBudget", v -> v.assertThat().asNumber().satisfies(
                        n -> assertThat(new BigDecimal(n.toString())).isEqualByComparingTo("600000")));
        assertThat(get(official, "/api/v1/programs/" + program + "/awards")).hasStatusOk().bodyJson()
                .hasPathSatisfying("$.content[*].enterpriseId", v -> v.assertThat().asList()
                        .containsExactly((int) enterprise))
                .hasPathSatisfying("$.page.totalElements", v -> v.assertThat().isEqualTo(1));
    }

    @Test
    void exactlyTheRemainingBudgetIsAwardedButOneYuanMoreIs409AndChangesNothing() {
        long program = create(admin, program(tag, JIANGHAI, 2023, "1000.00"));
        assertThat(award(admin, program, award(enterprise, "999.00"))).hasStatus(HttpStatus.CREATED);

        assertThat(award(admin, program, award(enterprise, "2.00"))).hasStatus(HttpStatus.CONFLICT)
                .bodyJson()
                .hasPathSatisfying("$.code", v -> v.assertThat().isEqualTo("error.program.budgetExceeded"))
                .hasPathSatisfying("$.detail", v -> v.assertThat().isEqualTo("资助 2.00 元超出剩余预算 1.00 元。"));
        assertThat(award(admin, program, award(enterprise, "1.00"))).hasStatus(HttpStatus.CREATED);
        assertThat(mvc.post().uri("/api/v1/programs/{id}/awards", program).header(HttpHeaders.AUTHORIZATION, admin)
                .header(HttpHeaders.ACCEPT_LANGUAGE, "en").contentType(MediaType.APPLICATION_JSON)
                .content(award(enterprise, "1.00")))
                .hasStatus(HttpStatus.CONFLICT).bodyJson().hasPathSatisfying("$.detail", v -> v.assertThat()
                        .isEqualTo("An award of 1.00 yuan exceeds the remaining budget of 0.00 yuan."));
        assertThat(fixtures.jdbc().sql("select awarded_total from program where id = ?").param(program)
                .query(BigDecimal.class).single()).isEqualByComparingTo("1000.00");
        assertThat(fixtures.jdbc().sql("select count(*) from program_award where program_id = ?").param(program)
                .query(Long.class).single()).isEqualTo(2);
    }

    @Test
    void theEnterpriseMustExistAndLieInTheOfficialsRegion() {
        long program = create(official, program(tag, JIANGHAI, 2023, "1000.00"));
        long pengjiang = fixtures.enterprise(PENGJIANG);

        assertThat(award(official, program, award(pengjiang, "10.00"))).hasStatus(HttpStatus.BAD_REQUEST).bodyJson()
                .hasPathSatisfying("$.errors[0].field", v -> v.assertThat().isEqualTo("enterpriseId"))
                .hasPathSatisfying("$.errors[0].code", v -> v.assertThat().isEqualTo("error.enterprise.unknown"));
        assertThat(award(official, program, award(Long.MAX_VALUE, "10.00"))).hasStatus(HttpStatus.BAD_REQUEST);
        assertThat(awardCount(program)).isZero();
    }

    @Test
    void amountsWithMoreThanTwoDecimalsOrBelowZeroAreRefusedNeverRounded() {
        long program = create(official, program(tag, JIANGHAI, 2023, "1000.00"));

        assertThat(award(official, program, award(enterprise, "10.005"))).hasStatus(HttpStatus.BAD_REQUEST)
                .bodyJson()
                .hasPathSatisfying("$.errors[0].field", v -> v.assertThat().isEqualTo("amount"))
                .hasPathSatisfying("$.errors[0].code", v -> v.assertThat().isEqualTo("error.money.scale"));
        assertThat(award(official, program, award(enterprise, "-5"))).hasStatus(HttpStatus.BAD_REQUEST)
                .bodyJson().hasPathSatisfying("$.errors[0].code", v -> v.assertThat().isEqualTo("error.money.notPositive"));
        assertThat(mvc.post().uri("/api/v1/programs").header(HttpHeaders.AUTHORIZATION, official)
                .contentType(MediaType.APPLICATION_JSON).content(program(tag + "b", JIANGHAI, 2023, "-1")))
                .hasStatus(HttpStatus.BAD_REQUEST).bodyJson()
                .hasPathSatisfying("$.errors[0].field", v -> v.assertThat().isEqualTo("budget"))
                .hasPathSatisfying("$.errors[0].code", v -> v.assertThat().isEqualTo("error.money.negative"));
        assertThat(mvc.post().uri("/api/v1/programs").header(HttpHeaders.AUTHORIZATION, official)
                .contentType(MediaType.APPLICATION_JSON).content(program(tag + "c", JIANGHAI, 2023, "100.001")))
                .hasStatus(HttpStatus.BAD_REQUEST).bodyJson()
                .hasPathSatisfying("$.errors[0].code", v -> v.assertThat().isEqualTo("error.money.scale"));
        assertThat(awardCount(program)).isZero();
        assertThat(fixtures.jdbc().sql("select count(*) from program where name like ?").param(tag + "_")
                .query(Long.class).single()).isZero();
    }

    @Test
    void aYearAfterNextYearOrBefore1980Is400() {
        int nextYear = LocalDate.now().getYear() + 1;

        assertThat(mvc.post().uri("/api/v1/programs").header(HttpHeaders.AUTHORIZATION, official)
                .contentType(MediaType.APPLICATION_JSON).content(program(tag, JIANGHAI, nextYear + 1, "1.00")))
                .hasStatus(HttpStatus.BAD_REQUEST).bodyJson()
                .hasPathSatisfying("$.errors[0].field", v -> v.assertThat().isEqualTo("year"));
        assertThat(mvc.post().uri("/api/v1/programs").header(HttpHeaders.AUTHORIZATION, official)
                .contentType(MediaType.APPLICATION_JSON).content(program(tag, JIANGHAI, 1979, "1.00")))
                .hasStatus(HttpStatus.BAD_REQUEST);
        assertThat(create(official, program(tag, JIANGHAI, nextYear, "1.00"))).isPositive();
    }

    @Test
    void anEnterpriseReadsProgramsAndOnlyItsOwnAwardsButWritesNothing() {
        long program = create(admin, program(tag, PENGJIANG, 2023, "1000.00"));
        long other = fixtures.enterprise(PENGJIANG);
        award(admin, program, award(enterprise, "100.00"));
        award(admin, program, award(other, "200.00"));
        String clerk = fixtures.enterpriseBearer(enterprise);

        assertThat(get(clerk, "/api/v1/programs?q=" + tag)).hasStatusOk().bodyJson()
                .hasPathSatisfying("$.content[*].id", v -> v.assertThat().asList().containsExactly((int) program));
        assertThat(get(clerk, "/api/v1/programs/" + program + "/awards")).hasStatusOk().bodyJson()
                .hasPathSatisfying("$.content[*].enterpriseId", v -> v.assertThat().asList()
                        .containsExactly((int) enterprise));
        assertThat(award(clerk, program, award(enterprise, "1.00"))).hasStatus(HttpStatus.FORBIDDEN);
        assertThat(mvc.post().uri("/api/v1/programs").header(HttpHeaders.AUTHORIZATION, clerk)
                .contentType(MediaType.APPLICATION_JSON).content(program(tag, PENGJIANG, 2023, "1.00")))
                .hasStatus(HttpStatus.FORBIDDEN);
        assertThat(get(clerk, "/api/v1/programs/" + program + "/history")).hasStatus(HttpStatus.FORBIDDEN);
        assertThat(awardCount(program)).isEqualTo(2);
    }

    @Test
    void anAnalystReadsEveryAwardButCannotAward() {
        long program = create(admin, program(tag, PENGJIANG, 2023, "1000.00"));
        award(admin, program, award(enterprise, "100.00"));
        String analyst = fixtures.quickBearer(Role.ANALYST);

        assertThat(get(analyst, "/api/v1/programs/" + program + "/awards")).hasStatusOk().bodyJson()
                .hasPathSatisfying("$.page.totalElements", v -> v.assertThat().isEqualTo(1));
        assertThat(award(analyst, program, award(enterprise, "1.00"))).hasStatus(HttpStatus.FORBIDDEN);
    }

    @Test
    void aJianghaiOfficialNeitherSeesNorAwardsFromAPengjiangProgram() {
        long program = create(admin, program(tag, PENGJIANG, 2023, "1000.00"));

        assertThat(get(official, "/api/v1/programs/" + program)).hasStatus(HttpStatus.NOT_FOUND)
                .bodyJson().hasPathSatisfying("$.code", v -> v.assertThat().isEqualTo("error.program.notFound"));
        assertThat(award(official, program, award(enterprise, "1.00"))).hasStatus(HttpStatus.NOT_FOUND);
        assertThat(get(official, "/api/v1/programs?q=" + tag)).hasStatusOk().bodyJson()
                .hasPathSatisfying("$.page.totalElements", v -> v.assertThat().isEqualTo(0));
        assertThat(get(fixtures.officialBearer("440700"), "/api/v1/programs?q=" + tag + "&year=2023")).hasStatusOk()
                .bodyJson().hasPathSatisfying("$.page.totalElements", v -> v.assertThat().isEqualTo(1));
    }

    @Test
    void theBudgetCannotBeCutBelowWhatIsAwardedAndAStaleIfMatchIs412() {
        long program = create(official, program(tag, JIANGHAI, 2023, "1000.00"));
        award(official, program, award(enterprise, "600.00"));

        assertThat(put(program, program(tag, JIANGHAI, 2023, "500.00"), "\"1\"")).hasStatus(HttpStatus.CONFLICT)
                .bodyJson().hasPathSatisfying("$.code", v -> v.assertThat().isEqualTo("error.program.budgetBelowAwarded"));
        assertThat(put(program, program(tag, JIANGHAI, 2023, "2000.00"), "\"0\""))
                .hasStatus(HttpStatus.PRECONDITION_FAILED);
        assertThat(put(program, program(tag, JIANGHAI, 2023, "2000.00"), "\"1\"")).hasStatusOk()
                .hasHeader(HttpHeaders.ETAG, "\"2\"").bodyJson()
                .hasPathSatisfying("$.remainingBudget", v -> v.assertThat().asNumber().satisfies(
                        n -> assertThat(new BigDecimal(n.toString())).isEqualByComparingTo("1400")));
    }

    @Test
    void theHistoryListsTheCreationTheAwardAndTheBudgetChange() {
        long program = create(official, program(tag, JIANGHAI, 2023, "1000.00"));
        award(official, program, award(enterprise, "250.00"));
        put(program, program(tag, JIANGHAI, 2023, "1500.00"), null);

        assertThat(get(official, "/api/v1/programs/" + program + "/history")).hasStatusOk().bodyJson()
                .hasPathSatisfying("$[*].action", v -> v.assertThat().asList()
                        .containsExactly("program.create", "program.award", "program.update"))
                .hasPathSatisfying("$[1].after.amount", v -> v.assertThat().asNumber().satisfies(
                        n -> assertThat(new BigDecimal(n.toString())).isEqualByComparingTo("250")))
                .hasPathSatisfying("$[2].changes[0].field", v -> v.assertThat().isEqualTo("budget"));
    }

    private long create(String bearer, String body) {
        MvcTestResult created = mvc.post().uri("/api/v1/programs").header(HttpHeaders.AUTHORIZATION, bearer)
                .contentType(MediaType.APPLICATION_JSON).content(body).exchange();
        assertThat(created).hasStatus(HttpStatus.CREATED);
        assertThat(created.getResponse().getHeader(HttpHeaders.LOCATION)).matches("/api/v1/programs/\\d+");
        Number id = JsonPath.read(new String(created.getResponse().getContentAsByteArray(), StandardCharsets.UTF_8), "$.id");
        return id.longValue();
    }

    private MvcTestResult award(String bearer, long program, String body) {
        return mvc.post().uri("/api/v1/programs/{id}/awards", program).header(HttpHeaders.AUTHORIZATION, bearer)
                .contentType(MediaType.APPLICATION_JSON).content(body).exchange();
    }

    private MvcTestResult put(long program, String body, String ifMatch) {
        var request = mvc.put().uri("/api/v1/programs/{id}", program).header(HttpHeaders.AUTHORIZATION, official)
                .contentType(MediaType.APPLICATION_JSON).content(body);
        return (ifMatch == null ? request : request.header(HttpHeaders.IF_MATCH, ifMatch)).exchange();
    }

    private MvcTestResult get(String bearer, String uri) {
        return mvc.get().uri(uri).header(HttpHeaders.AUTHORIZATION, bearer).exchange();
    }

    private long awardCount(long program) {
        return fixtures.jdbc().sql("select count(*) from program_award where program_id = ?").param(program)
                .query(Long.class).single();
    }

    static String program(String name, String region, int year, String budget) {
        return """
                {"name": "%s", "kind": "INNOVATION_VOUCHER", "regionCode": "%s", "year": %d, "budget": %s,
                 "description": "支持中小企业购买研发服务"}""".formatted(name, region, year, budget);
    }

    static String award(long enterpriseId, String amount) {
        return """
                {"enterpriseId": %d, "amount": %s, "awardedOn": "2023-06-30", "note": "创新券兑付"}"""
                .formatted(enterpriseId, amount);
    }
}
