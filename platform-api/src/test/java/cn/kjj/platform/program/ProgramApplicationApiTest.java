package cn.kjj.platform.program;

import static cn.kjj.platform.program.ProgramApplicationApi.APPLICATIONS;
import static org.assertj.core.api.Assertions.assertThat;

import cn.kjj.platform.ApiFixtures;
import cn.kjj.platform.ApiTest;
import cn.kjj.platform.identity.Role;
import java.time.LocalDate;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.http.HttpStatus;
import org.springframework.test.web.servlet.assertj.MockMvcTester;
import org.springframework.test.web.servlet.assertj.MvcTestResult;

/** An application's life through the API: every step, its history and audit, and the steps refused. */
@ApiTest
class ProgramApplicationApiTest {

    static final String JIANGHAI = ApiFixtures.JIANGHAI;
    static final String PENGJIANG = "440703";

    @Autowired
    MockMvcTester mvc;

    @Autowired
    ApiFixtures fixtures;

    ProgramApplicationApi api;
    String official;
    String clerk;
    long enterprise;
    long program;
    long call;

    @BeforeEach
    void setUp() {
        api = new ProgramApplicationApi(mvc, fixtures);
        official = fixtures.officialBearer(JIANGHAI);
        enterprise = fixtures.enterprise(JIANGHAI);
        clerk = fixtures.enterpriseBearer(enterprise);
        program = api.program(official, JIANGHAI, "5000000.00");
        call = api.call(official, program, "2000000.00", "ANY");
    }

    @Test
    void anApplicationGoesFromSubmissionThroughTranchesToAcceptanceWithEveryStepInItsHistory() {
        long application = api.applied(clerk, program, call, "500000.00");
        assertThat(api.get(clerk, APPLICATIONS + "/" + application)).hasStatusOk().bodyJson()
                .hasPathSatisfying("$.status", v -> v.assertThat().isEqualTo("SUBMITTED"))
                .hasPathSatisfying("$.missingDocuments", v -> v.assertThat().asList().containsExactly("项目申报书"));

        assertThat(api.step(official, application, "accept", "{}")).hasStatus(HttpStatus.CONFLICT).bodyJson()
                .hasPathSatisfying("$.code", v -> v.assertThat().isEqualTo("error.programApplication.documentsMissing"))
                .hasPathSatisfying("$.detail", v -> v.assertThat().isEqualTo("尚缺申报材料：项目申报书。"));
        assertThat(api.attach(clerk, application, "项目申报书", "MZ\u0090\u0000".getBytes()))
                .hasStatus(HttpStatus.UNSUPPORTED_MEDIA_TYPE);
        assertThat(api.attach(clerk, application, "项目申报书", ProgramApplicationApi.PDF))
                .hasStatus(HttpStatus.CREATED);
        assertThat(api.step(official, application, "accept", "{}")).hasStatusOk().bodyJson()
                .hasPathSatisfying("$.status", v -> v.assertThat().isEqualTo("UNDER_REVIEW"));

        assertThat(api.step(official, application, "approve", "{\"amount\": 500000.01}"))
                .hasStatus(HttpStatus.BAD_REQUEST).bodyJson()
                .hasPathSatisfying("$.errors[0].code", v -> v.assertThat()
                        .isEqualTo("error.programApplication.aboveRequested"));
        assertThat(api.step(official, application, "approve", "{\"amount\": 400000}")).hasStatusOk().bodyJson()
                .hasPathSatisfying("$.status", v -> v.assertThat().isEqualTo("APPROVED"));
        assertThat(api.step(official, application, "disbursements", "{\"amount\": 250000, \"paidOn\": \"2026-03-31\"}"))
                .hasStatus(HttpStatus.CREATED);
        assertThat(api.step(official, application, "disbursements", "{\"amount\": 150000.01, \"paidOn\": \"2026-06-30\"}"))
                .hasStatus(HttpStatus.CONFLICT).bodyJson()
                .hasPathSatisfying("$.code", v -> v.assertThat().isEqualTo("error.programApplication.paidExceedsApproved"))
                .hasPathSatisfying("$.detail", v -> v.assertThat().isEqualTo("拨付 150000.01 元超出已立项未拨付的 150000.00 元。"));
        assertThat(api.step(official, application, "midterm", "{\"passed\": true, \"note\": \"进度符合计划\"}"))
                .hasStatusOk();
        assertThat(api.step(official, application, "disbursements", "{\"amount\": 150000, \"paidOn\": \"2026-09-30\"}"))
                .hasStatus(HttpStatus.CREATED);
        MvcTestResult accepted = api.step(official, application, "complete", "{\"result\": \"PASSED\"}");

        assertThat(accepted).hasStatusOk().bodyJson()
                .hasPathSatisfying("$.status", v -> v.assertThat().isEqualTo("COMPLETED"))
                .hasPathSatisfying("$.paidTotal", v -> v.assertThat().asNumber().satisfies(
                        n -> assertThat(n.doubleValue()).isEqualTo(400000.0)))
                .hasPathSatisfying("$.disbursements[*].paidOn", v -> v.assertThat().asList()
                        .containsExactly("2026-03-31", "2026-09-30"))
                .hasPathSatisfying("$.history[*].action", v -> v.assertThat().asList().containsExactly(
                        "SUBMIT", "ACCEPT", "APPROVE", "DISBURSE", "MIDTERM", "DISBURSE", "COMPLETE"))
                .hasPathSatisfying("$.history[4].reason", v -> v.assertThat().isEqualTo("进度符合计划"))
                .hasPathSatisfying("$.history[0].actorName", v -> v.assertThat().asString().startsWith("Test ENTERPRISE"))
                .hasPathSatisfying("$.history[2].actorName", v -> v.assertThat().asString().startsWith("Test OFFICIAL"));
        assertThat(fixtures.jdbc().sql("select action from audit_event where entity_type = 'programApplication' "
                        + "and entity_id = ? order by id").param(String.valueOf(application)).query(String.class).list())
                .containsExactly("programApplication.submit", "programApplication.attach", "programApplication.accept",
                        "programApplication.approve", "programApplication.disburse", "programApplication.midterm",
                        "programApplication.disburse", "programApplication.complete");
        assertThat(api.money("select approved_total from program_call where id = ?", call)).isEqualByComparingTo("400000");
        assertThat(api.money("select approved_total from program where id = ?", program)).isEqualByComparingTo("400000");
    }

    @Test
    void aTerminationRecoversAtMostWhatWasPaidAndSaysWhy() {
        long application = api.underReview(clerk, official, program, call, "300000.00");
        api.step(official, application, "approve", "{\"amount\": 300000}");
        api.step(official, application, "disbursements", "{\"amount\": 100000, \"paidOn\": \"2026-04-30\"}");

        assertThat(api.step(official, application, "terminate", "{\"reason\": \"无法继续实施\", \"recoveredAmount\": 100000.01}"))
                .hasStatus(HttpStatus.CONFLICT).bodyJson()
                .hasPathSatisfying("$.code", v -> v.assertThat().isEqualTo("error.programApplication.recoveredExceedsPaid"));
        assertThat(api.step(official, application, "terminate", "{\"recoveredAmount\": 1000}"))
                .hasStatus(HttpStatus.BAD_REQUEST).bodyJson()
                .hasPathSatisfying("$.errors[0].field", v -> v.assertThat().isEqualTo("reason"));
        assertThat(api.get(clerk, APPLICATIONS + "/" + application)).bodyJson()
                .hasPathSatisfying("$.status", v -> v.assertThat().isEqualTo("APPROVED"));

        assertThat(api.step(official, application, "terminate", "{\"reason\": \"无法继续实施\", \"recoveredAmount\": 64000}"))
                .hasStatusOk().bodyJson()
                .hasPathSatisfying("$.status", v -> v.assertThat().isEqualTo("TERMINATED"))
                .hasPathSatisfying("$.recoveredTotal", v -> v.assertThat().asNumber().satisfies(
                        n -> assertThat(n.doubleValue()).isEqualTo(64000.0)))
                .hasPathSatisfying("$.history[-1:].reason", v -> v.assertThat().asList().containsExactly("无法继续实施"))
                .hasPathSatisfying("$.actions", v -> v.assertThat().asList().isEmpty());
        assertThat(api.step(official, application, "disbursements", "{\"amount\": 1, \"paidOn\": \"2026-05-31\"}"))
                .hasStatus(HttpStatus.CONFLICT);
        MvcTestResult funding = api.get(official, "/api/v1/indicators/program-funding/lineage?region=" + JIANGHAI
                + "&period=2026&size=500");
        assertThat(funding).hasStatusOk().bodyJson()
                .hasPathSatisfying("$.records[?(@.id == " + program + ")].approved", v -> v.assertThat().asList()
                        .containsExactly(300000.0))
                .hasPathSatisfying("$.records[?(@.id == " + program + ")].disbursed", v -> v.assertThat().asList()
                        .containsExactly(100000.0))
                .hasPathSatisfying("$.records[?(@.id == " + program + ")].recovered", v -> v.assertThat().asList()
                        .containsExactly(64000.0));
        assertThat(api.get(official, "/api/v1/indicators/program-funding?region=" + JIANGHAI + "&from=2026&to=2026"))
                .hasStatusOk().bodyJson()
                .hasPathSatisfying("$.series[?(@.kind == 'INNOVATION_VOUCHER')]", v -> v.assertThat().asList()
                        .singleElement().satisfies(point -> {
                            java.util.Map<?, ?> p = (java.util.Map<?, ?>) point;
                            assertThat(new java.math.BigDecimal(p.get("net").toString())).isEqualByComparingTo(
                                    new java.math.BigDecimal(p.get("disbursed").toString())
                                            .subtract(new java.math.BigDecimal(p.get("recovered").toString())));
                            assertThat(new java.math.BigDecimal(p.get("recovered").toString()))
                                    .isGreaterThanOrEqualTo(new java.math.BigDecimal("64000"));
                        }));
    }

    @Test
    void everyIllegalStepIs409AndChangesNothing() {
        long submitted = api.applied(clerk, program, call, "100000.00");
        long version = version(submitted);

        for (String[] step : new String[][] {{"approve", "{\"amount\": 1}"}, {"decline", "{\"reason\": \"x\"}"},
                {"disbursements", "{\"amount\": 1, \"paidOn\": \"2026-05-31\"}"}, {"midterm", "{\"passed\": true}"},
                {"complete", "{\"result\": \"PASSED\"}"}, {"terminate", "{\"reason\": \"x\"}"}}) {
            assertThat(api.step(official, submitted, step[0], step[1])).as(step[0]).hasStatus(HttpStatus.CONFLICT)
                    .bodyJson().hasPathSatisfying("$.code", v -> v.assertThat()
                            .isEqualTo("error.programApplication.transition.illegal"));
        }
        assertThat(api.step(clerk, submitted, "resubmit", "{}")).hasStatus(HttpStatus.CONFLICT);
        assertThat(version(submitted)).isEqualTo(version);
        assertThat(historyCount(submitted)).isEqualTo(1);

        assertThat(api.step(official, submitted, "return", "{}")).hasStatus(HttpStatus.BAD_REQUEST);
        assertThat(api.step(official, submitted, "return", "{\"reason\": \"缺少审计报告\"}")).hasStatusOk();
        assertThat(api.step(official, submitted, "accept", "{}")).hasStatus(HttpStatus.CONFLICT);
        assertThat(api.step(clerk, submitted, "resubmit", "{}")).hasStatusOk().bodyJson()
                .hasPathSatisfying("$.status", v -> v.assertThat().isEqualTo("SUBMITTED"));
        assertThat(api.step(official, submitted, "reject", "{\"reason\": \"不符合指南\"}")).hasStatusOk();
        assertThat(api.step(official, submitted, "accept", "{}")).hasStatus(HttpStatus.CONFLICT).bodyJson()
                .hasPathSatisfying("$.detail", v -> v.assertThat()
                        .isEqualTo("“形式审查不通过”状态的项目申报不能执行“形式审查通过”操作。"));
        assertThat(api.attach(clerk, submitted, "项目申报书", ProgramApplicationApi.PDF)).hasStatus(HttpStatus.CONFLICT);
    }

    @Test
    void anEnterpriseSeesOnlyItsOwnApplicationsAndAnotherDistrictsOfficialNone() {
        long application = api.applied(clerk, program, call, "100000.00");
        String otherClerk = fixtures.enterpriseBearer(fixtures.enterprise(JIANGHAI));

        assertThat(api.get(otherClerk, APPLICATIONS + "/" + application)).hasStatus(HttpStatus.NOT_FOUND).bodyJson()
                .hasPathSatisfying("$.code", v -> v.assertThat().isEqualTo("error.programApplication.notFound"));
        assertThat(api.step(otherClerk, application, "resubmit", "{}")).hasStatus(HttpStatus.NOT_FOUND);
        assertThat(api.attach(otherClerk, application, "项目申报书", ProgramApplicationApi.PDF))
                .hasStatus(HttpStatus.NOT_FOUND);
        assertThat(api.get(otherClerk, APPLICATIONS + "?programId=" + program)).hasStatusOk().bodyJson()
                .hasPathSatisfying("$.page.totalElements", v -> v.assertThat().isEqualTo(0));
        assertThat(api.get(clerk, APPLICATIONS + "?programId=" + program)).hasStatusOk().bodyJson()
                .hasPathSatisfying("$.content[*].id", v -> v.assertThat().asList().containsExactly((int) application));

        String pengjiang = fixtures.officialBearer(PENGJIANG);
        assertThat(api.get(pengjiang, APPLICATIONS + "/" + application)).hasStatus(HttpStatus.NOT_FOUND);
        assertThat(api.step(pengjiang, application, "reject", "{\"reason\": \"x\"}")).hasStatus(HttpStatus.NOT_FOUND);
        assertThat(api.get(official, APPLICATIONS + "?status=SUBMITTED&callId=" + call)).hasStatusOk().bodyJson()
                .hasPathSatisfying("$.content[*].id", v -> v.assertThat().asList().containsExactly((int) application));
        assertThat(api.get(fixtures.quickBearer(Role.ANALYST), APPLICATIONS + "/" + application)).hasStatusOk();
    }

    @Test
    void onlyEligibleEnterprisesApplyAndOnlyWhileTheCallIsOpen() {
        long highTechCall = api.call(official, program, "1000000.00", "HIGH_TECH");
        long closed = api.call(official, program, "1000000.00", "ANY", LocalDate.now().minusDays(30),
                LocalDate.now().minusDays(2));
        String outsider = fixtures.enterpriseBearer(fixtures.enterprise(PENGJIANG));

        assertThat(api.apply(clerk, program, highTechCall, "1000.00")).hasStatus(HttpStatus.CONFLICT).bodyJson()
                .hasPathSatisfying("$.code", v -> v.assertThat().isEqualTo("error.programCall.ineligible"));
        // a technology SMEs' call: only with a registration of this year (the number is valid for one year)
        long smePrograms = api.program(official, JIANGHAI, "1000000.00");
        long smeCall = api.call(official, smePrograms, "1000000.00", "TECH_SME");
        assertThat(api.apply(clerk, smePrograms, smeCall, "1000.00")).hasStatus(HttpStatus.CONFLICT).bodyJson()
                .hasPathSatisfying("$.code", v -> v.assertThat().isEqualTo("error.programCall.ineligible"));
        int year = LocalDate.now(java.time.ZoneId.of("Asia/Shanghai")).getYear();
        fixtures.jdbc().sql("insert into tech_sme (enterprise_id, year, registration_no, region_code) values (?, ?, ?, ?)")
                .params(enterprise, year - 1, year - 1 + "4407040" + String.format("%07d", enterprise % 10_000_000),
                        JIANGHAI).update();
        assertThat(api.apply(clerk, smePrograms, smeCall, "1000.00")).as("last year's registration has lapsed")
                .hasStatus(HttpStatus.CONFLICT);
        fixtures.jdbc().sql("insert into tech_sme (enterprise_id, year, registration_no, region_code) values (?, ?, ?, ?)")
                .params(enterprise, year, year + "4407040" + String.format("%07d", enterprise % 10_000_000), JIANGHAI)
                .update();
        assertThat(api.apply(clerk, smePrograms, smeCall, "1000.00")).hasStatus(HttpStatus.CREATED);
        assertThat(api.apply(clerk, program, closed, "1000.00")).hasStatus(HttpStatus.CONFLICT).bodyJson()
                .hasPathSatisfying("$.code", v -> v.assertThat().isEqualTo("error.programCall.closed"));
        assertThat(api.apply(outsider, program, call, "1000.00")).hasStatus(HttpStatus.CONFLICT).bodyJson()
                .hasPathSatisfying("$.code", v -> v.assertThat().isEqualTo("error.programCall.ineligible"));
        assertThat(api.apply(clerk, program, call, "0")).hasStatus(HttpStatus.BAD_REQUEST);
        assertThat(api.apply(official, program, call, "1000.00")).hasStatus(HttpStatus.FORBIDDEN);
        assertThat(fixtures.jdbc().sql("select count(*) from program_application where program_id = ?").param(program)
                .query(Long.class).single()).isZero();
    }

    @Test
    void theProgramsBudgetBindsApprovalsAndAwardsTogether() {
        long small = api.program(official, JIANGHAI, "300000.00");
        long bigCall = api.call(official, small, "1000000.00", "ANY");
        long first = api.underReview(clerk, official, small, bigCall, "200000.00");
        long second = api.underReview(clerk, official, small, bigCall, "200000.00");
        assertThat(api.step(official, first, "approve", "{\"amount\": 200000}")).hasStatusOk();

        assertThat(api.step(official, second, "approve", "{\"amount\": 100000.01}")).hasStatus(HttpStatus.CONFLICT)
                .bodyJson().hasPathSatisfying("$.code", v -> v.assertThat().isEqualTo("error.program.budgetExceeded"));
        assertThat(api.post(official, "/api/v1/programs/" + small + "/awards", ProgramApiTest.award(enterprise, "100000.01")))
                .hasStatus(HttpStatus.CONFLICT);
        assertThat(api.step(official, second, "approve", "{\"amount\": 100000}")).hasStatusOk();
        assertThat(api.get(official, "/api/v1/programs/" + small)).bodyJson()
                .hasPathSatisfying("$.remainingBudget", v -> v.assertThat().asNumber().satisfies(
                        n -> assertThat(n.doubleValue()).isZero()));
    }

    private long version(long application) {
        return fixtures.jdbc().sql("select version from program_application where id = ?").param(application)
                .query(Long.class).single();
    }

    private long historyCount(long application) {
        return fixtures.jdbc().sql("select count(*) from program_application_history where application_id = ?")
                .param(application).query(Long.class).single();
    }
}
