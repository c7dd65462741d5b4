package cn.kjj.platform.program;

import static cn.kjj.platform.program.ProgramApplicationApi.APPLICATIONS;
import static org.assertj.core.api.Assertions.assertThat;

import cn.kjj.platform.ApiFixtures;
import cn.kjj.platform.ApiTest;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.http.HttpStatus;
import org.springframework.test.web.servlet.assertj.MockMvcTester;
import org.springframework.test.web.servlet.assertj.MvcTestResult;

/** Experts of the registry review applications under review; a call's applications rank by mean score. */
@ApiTest
class ProgramReviewApiTest {

    static final String JIANGHAI = ApiFixtures.JIANGHAI;

    @Autowired
    MockMvcTester mvc;

    @Autowired
    ApiFixtures fixtures;

    ProgramApplicationApi api;
    String official;
    long program;
    long call;

    @BeforeEach
    void setUp() {
        api = new ProgramApplicationApi(mvc, fixtures);
        official = fixtures.officialBearer(JIANGHAI);
        program = api.program(official, JIANGHAI, "5000000.00");
        call = api.call(official, program, "2000000.00", "ANY");
    }

    @Test
    void anExpertFromTheApplicantsOwnOrganisationIs409AndIsNotAssigned() {
        long enterprise = fixtures.enterprise(JIANGHAI);
        long application = api.underReview(fixtures.enterpriseBearer(enterprise), official, program, call, "100000.00");
        long insider = expert("王工", "申报单位", fixtures.creditCodeOf(enterprise));

        assertThat(assign(application, insider)).hasStatus(HttpStatus.CONFLICT).bodyJson()
                .hasPathSatisfying("$.code", v -> v.assertThat().isEqualTo("error.programReview.conflictOfInterest"))
                .hasPathSatisfying("$.detail", v -> v.assertThat().isEqualTo("专家 王工 所在单位（申报单位）即申报单位，须回避。"));
        assertThat(api.get(official, APPLICATIONS + "/" + application)).bodyJson()
                .hasPathSatisfying("$.reviews", v -> v.assertThat().asList().isEmpty());
        long outsider = expert("李教授", "五邑大学", null);
        assertThat(assign(application, outsider)).hasStatus(HttpStatus.CREATED);
        assertThat(assign(application, outsider)).hasStatus(HttpStatus.CONFLICT).bodyJson()
                .hasPathSatisfying("$.code", v -> v.assertThat().isEqualTo("error.programReview.duplicate"));
    }

    @Test
    void scoresGiveTheMeanScoreAndTheCallsRankingBestFirst() {
        String firstClerk = fixtures.enterpriseBearer(fixtures.enterprise(JIANGHAI));
        long weaker = api.underReview(firstClerk, official, program, call, "100000.00");
        long stronger = api.underReview(fixtures.enterpriseBearer(fixtures.enterprise(JIANGHAI)), official, program,
                call, "100000.00");
        long unscored = api.underReview(fixtures.enterpriseBearer(fixtures.enterprise(JIANGHAI)), official, program,
                call, "100000.00");
        long a = expert("专家甲", "五邑大学", null);
        long b = expert("专家乙", "广东工业大学", null);
        score(weaker, a, 70, "一般");
        score(weaker, b, 75, null);
        score(stronger, a, 90, "技术路线清晰");
        score(stronger, b, 85, null);
        assign(unscored, a);

        assertThat(api.put(official, APPLICATIONS + "/" + unscored + "/reviews/" + reviewId(assign(unscored, b)),
                "{\"score\": 101}")).hasStatus(HttpStatus.BAD_REQUEST);
        MvcTestResult ranking = api.get(official, "/api/v1/program-calls/" + call + "/ranking");
        assertThat(ranking).hasStatusOk().bodyJson()
                .hasPathSatisfying("$[*].application.id", v -> v.assertThat().asList()
                        .containsExactly((int) stronger, (int) weaker, (int) unscored))
                .hasPathSatisfying("$[*].rank", v -> v.assertThat().asList().containsExactly(1, 2, null))
                .hasPathSatisfying("$[0].meanScore", v -> v.assertThat().asNumber().satisfies(
                        n -> assertThat(n.doubleValue()).isEqualTo(87.5)));
        assertThat(api.get(firstClerk, APPLICATIONS + "/" + weaker)).hasStatusOk().bodyJson()
                .hasPathSatisfying("$.meanScore", v -> v.assertThat().asNumber().satisfies(
                        n -> assertThat(n.doubleValue()).isEqualTo(72.5)))
                .hasPathSatisfying("$.reviews", v -> v.assertThat().asList().isEmpty());
        assertThat(api.get(firstClerk, "/api/v1/program-calls/" + call + "/ranking")).hasStatus(HttpStatus.FORBIDDEN);
        assertThat(api.get(fixtures.officialBearer("440703"), "/api/v1/program-calls/" + call + "/ranking"))
                .hasStatus(HttpStatus.NOT_FOUND);
    }

    @Test
    void expertsAreAssignedOnlyWhileUnderReview() {
        long enterprise = fixtures.enterprise(JIANGHAI);
        long submitted = api.applied(fixtures.enterpriseBearer(enterprise), program, call, "100000.00");

        assertThat(assign(submitted, expert("专家丙", "五邑大学", null))).hasStatus(HttpStatus.CONFLICT).bodyJson()
                .hasPathSatisfying("$.code", v -> v.assertThat().isEqualTo("error.programReview.notUnderReview"));
    }

    private long expert(String name, String organisation, String creditCode) {
        MvcTestResult created = api.post(official, "/api/v1/experts", """
                {"name": "%s", "organisation": "%s", "organisationCreditCode": %s, "fields": "智能制造",
                 "regionCode": "%s"}""".formatted(name, organisation,
                creditCode == null ? "null" : "\"" + creditCode + "\"", JIANGHAI));
        assertThat(created).hasStatus(HttpStatus.CREATED);
        return ProgramApplicationApi.id(created);
    }

    private MvcTestResult assign(long application, long expert) {
        return api.step(official, application, "reviews", "{\"expertId\": " + expert + "}");
    }

    private void score(long application, long expert, int score, String comment) {
        long review = reviewId(assign(application, expert));
        assertThat(api.put(official, APPLICATIONS + "/" + application + "/reviews/" + review,
                "{\"score\": %d, \"comment\": %s}".formatted(score, comment == null ? "null" : "\"" + comment + "\"")))
                .hasStatusOk();
    }

    private static long reviewId(MvcTestResult assigned) {
        assertThat(assigned).hasStatus(HttpStatus.CREATED);
        return ProgramApplicationApi.id(assigned);
    }
}
