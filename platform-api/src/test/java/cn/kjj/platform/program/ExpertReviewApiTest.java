package cn.kjj.platform.program;

import static cn.kjj.platform.program.ProgramApplicationApi.APPLICATIONS;
import static org.assertj.core.api.Assertions.assertThat;

import cn.kjj.platform.ApiFixtures;
import cn.kjj.platform.ApiTest;
import cn.kjj.platform.identity.Role;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.http.HttpHeaders;
import org.springframework.http.HttpStatus;
import org.springframework.http.MediaType;
import org.springframework.test.web.servlet.assertj.MockMvcTester;
import org.springframework.test.web.servlet.assertj.MvcTestResult;

/**
 * Expert accounts (decision 0042): an official opens an expert's account from the registry; the
 * expert sees and scores only the reviews assigned to him (anything else of programs is 404 to him)
 * and can use no other part of the API (403).
 */
@ApiTest
class ExpertReviewApiTest {

    static final String JIANGHAI = ApiFixtures.JIANGHAI;
    static final String PASSWORD = "Expert-review-password-9";

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
    void anOfficialOfTheExpertsRegionOpensHisAccountOnceAndOthersCannot() {
        long expert = expert("开户专家");
        String username = ApiFixtures.uniqueUsername("expert");

        assertThat(api.post(fixtures.officialBearer("440703"), "/api/v1/experts/" + expert + "/account",
                body(username, PASSWORD))).hasStatus(HttpStatus.NOT_FOUND);
        assertThat(api.post(fixtures.quickBearer(Role.ANALYST), "/api/v1/experts/" + expert + "/account",
                body(username, PASSWORD))).hasStatus(HttpStatus.FORBIDDEN);
        assertThat(api.post(official, "/api/v1/experts/" + expert + "/account", body(username, "short")))
                .hasStatus(HttpStatus.BAD_REQUEST).bodyJson()
                .hasPathSatisfying("$.errors[0].field", v -> v.assertThat().isEqualTo("password"));
        assertThat(accountsOf(expert)).isZero();

        assertThat(api.post(official, "/api/v1/experts/" + expert + "/account", body(username, PASSWORD)))
                .hasStatus(HttpStatus.CREATED).bodyJson()
                .hasPathSatisfying("$.roles", v -> v.assertThat().asList().containsExactly("EXPERT"))
                .hasPathSatisfying("$.expertId", v -> v.assertThat().asNumber().isEqualTo((int) expert))
                .hasPathSatisfying("$.displayName", v -> v.assertThat().isEqualTo("开户专家"));
        assertThat(api.post(official, "/api/v1/experts/" + expert + "/account",
                body(ApiFixtures.uniqueUsername("expert"), PASSWORD))).hasStatus(HttpStatus.CONFLICT).bodyJson()
                .hasPathSatisfying("$.code", v -> v.assertThat().isEqualTo("error.account.expertHasAccount"));
        // an expert signs in with his password like everyone else
        assertThat(mvc.post().uri("/api/v1/auth/tokens")
                .header(HttpHeaders.AUTHORIZATION, ApiFixtures.basic(username, PASSWORD))
                .contentType(MediaType.APPLICATION_JSON).content("{\"name\": \"评审\"}").exchange())
                .hasStatus(HttpStatus.CREATED);
    }

    @Test
    void anExpertSeesAndScoresOnlyHisOwnReviews() {
        long mine = api.underReview(fixtures.enterpriseBearer(fixtures.enterprise(JIANGHAI)), official, program, call,
                "100000.00");
        long others = api.underReview(fixtures.enterpriseBearer(fixtures.enterprise(JIANGHAI)), official, program,
                call, "200000.00");
        long me = expert("专家甲");
        long colleague = expert("专家乙");
        long myReview = assign(mine, me);
        long colleaguesReview = assign(others, colleague);
        long colleaguesReviewOfMine = assign(mine, colleague);
        String expert = expertBearer(me);

        assertThat(api.get(expert, "/api/v1/expert-reviews")).hasStatusOk().bodyJson()
                .hasPathSatisfying("$[*].reviewId", v -> v.assertThat().asList().containsExactly((int) myReview))
                .hasPathSatisfying("$[0].applicationId", v -> v.assertThat().asNumber().isEqualTo((int) mine))
                .hasPathSatisfying("$[0].scorable", v -> v.assertThat().isEqualTo(true))
                .hasPathSatisfying("$[0].attachments[0].document", v -> v.assertThat().isEqualTo("项目申报书"));
        long myDocument = Long.parseLong(ProgramApplicationApi.json(api.get(expert, "/api/v1/expert-reviews/" + myReview),
                "$.attachments[0].id"));
        long othersDocument = Long.parseLong(ProgramApplicationApi.json(
                api.get(official, APPLICATIONS + "/" + others), "$.attachments[0].id"));
        assertThat(api.get(expert, "/api/v1/expert-reviews/" + myReview + "/attachments/" + myDocument))
                .hasStatusOk().hasContentType(MediaType.APPLICATION_PDF);

        // another expert's review, and anything of an application not assigned to him: 404
        assertThat(api.get(expert, "/api/v1/expert-reviews/" + colleaguesReview)).hasStatus(HttpStatus.NOT_FOUND);
        assertThat(api.get(expert, "/api/v1/expert-reviews/" + myReview + "/attachments/" + othersDocument))
                .hasStatus(HttpStatus.NOT_FOUND);
        assertThat(score(expert, others, colleaguesReview, "{\"score\": 80}")).hasStatus(HttpStatus.NOT_FOUND);
        assertThat(score(expert, mine, colleaguesReviewOfMine, "{\"score\": 80}")).hasStatus(HttpStatus.NOT_FOUND);
        assertThat(score(expert, others, myReview, "{\"score\": 80}")).hasStatus(HttpStatus.NOT_FOUND);
        assertThat(scoreOf(colleaguesReview)).isNull();
        assertThat(scoreOf(colleaguesReviewOfMine)).isNull();

        assertThat(score(expert, mine, myReview, "{\"score\": 88, \"comment\": \"技术路线清晰\"}")).hasStatusOk().bodyJson()
                .hasPathSatisfying("$.score", v -> v.assertThat().asNumber().isEqualTo(88));
        assertThat(api.get(official, APPLICATIONS + "/" + mine)).bodyJson()
                .hasPathSatisfying("$.meanScore", v -> v.assertThat().asNumber().satisfies(
                        n -> assertThat(n.doubleValue()).isEqualTo(88.0)))
                .hasPathSatisfying("$.reviews[?(@.id == " + myReview + ")].comment",
                        v -> v.assertThat().asList().containsExactly("技术路线清晰"));
    }

    @Test
    void aBadScoreIsA400ProblemAndChangesNothing() {
        long application = api.underReview(fixtures.enterpriseBearer(fixtures.enterprise(JIANGHAI)), official, program,
                call, "100000.00");
        long me = expert("专家丙");
        long review = assign(application, me);
        String expert = expertBearer(me);
        assertThat(score(expert, application, review, "{\"score\": 70}")).hasStatusOk();

        for (String bad : new String[] {"{\"score\": 101}", "{\"score\": -1}", "{\"comment\": \"没有分数\"}"}) {
            MvcTestResult refused = score(expert, application, review, bad);
            assertThat(refused).as(bad).hasStatus(HttpStatus.BAD_REQUEST)
                    .hasContentTypeCompatibleWith(MediaType.APPLICATION_PROBLEM_JSON).bodyJson()
                    .hasPathSatisfying("$.errors[0].field", v -> v.assertThat().isEqualTo("score"));
        }
        assertThat(score(expert, application, review, "{\"score\": \"很好\"}")).hasStatus(HttpStatus.BAD_REQUEST)
                .hasContentTypeCompatibleWith(MediaType.APPLICATION_PROBLEM_JSON);
        assertThat(scoreOf(review)).isEqualTo(70);
    }

    @Test
    void anExpertCannotUseAnyOtherPartOfTheApi() {
        long application = api.underReview(fixtures.enterpriseBearer(fixtures.enterprise(JIANGHAI)), official, program,
                call, "100000.00");
        long me = expert("专家丁");
        assign(application, me);
        String expert = expertBearer(me);

        for (String uri : new String[] {APPLICATIONS + "/" + application, APPLICATIONS, "/api/v1/programs",
                "/api/v1/program-calls/" + call, "/api/v1/experts", "/api/v1/experts/" + me, "/api/v1/enterprises",
                "/api/v1/contracts", "/api/v1/indicators", "/api/v1/regions", "/api/v1/users"}) {
            assertThat(api.get(expert, uri)).as(uri).hasStatus(HttpStatus.FORBIDDEN)
                    .hasContentTypeCompatibleWith(MediaType.APPLICATION_PROBLEM_JSON);
        }
        assertThat(api.step(expert, application, "approve", "{\"amount\": 1000}")).hasStatus(HttpStatus.FORBIDDEN);
        assertThat(api.post(expert, "/api/v1/experts/" + me + "/account", body("expert-self", PASSWORD)))
                .hasStatus(HttpStatus.FORBIDDEN);
        assertThat(api.get(expert, "/api/v1/me")).hasStatusOk().bodyJson()
                .hasPathSatisfying("$.roles", v -> v.assertThat().asList().containsExactly("EXPERT"));
        // and no one but an expert uses the experts' own endpoints
        assertThat(api.get(official, "/api/v1/expert-reviews")).hasStatus(HttpStatus.FORBIDDEN);
    }

    private long expert(String name) {
        MvcTestResult created = api.post(official, "/api/v1/experts", """
                {"name": "%s", "organisation": "五邑大学", "fields": "智能制造", "regionCode": "%s"}"""
                .formatted(name, JIANGHAI));
        assertThat(created).hasStatus(HttpStatus.CREATED);
        return ProgramApplicationApi.id(created);
    }

    /** A bearer token of the expert's new account, opened by the official. */
    private String expertBearer(long expert) {
        String username = ApiFixtures.uniqueUsername("expert");
        assertThat(api.post(official, "/api/v1/experts/" + expert + "/account", body(username, PASSWORD)))
                .hasStatus(HttpStatus.CREATED);
        MvcTestResult token = mvc.post().uri("/api/v1/auth/tokens")
                .header(HttpHeaders.AUTHORIZATION, ApiFixtures.basic(username, PASSWORD))
                .contentType(MediaType.APPLICATION_JSON).content("{\"name\": \"评审\"}").exchange();
        assertThat(token).hasStatus(HttpStatus.CREATED);
        return ApiFixtures.bearer(ProgramApplicationApi.json(token, "$.token"));
    }

    private long assign(long application, long expert) {
        MvcTestResult assigned = api.step(official, application, "reviews", "{\"expertId\": " + expert + "}");
        assertThat(assigned).hasStatus(HttpStatus.CREATED);
        return ProgramApplicationApi.id(assigned);
    }

    private MvcTestResult score(String bearer, long application, long review, String body) {
        return api.put(bearer, APPLICATIONS + "/" + application + "/reviews/" + review, body);
    }

    private Integer scoreOf(long review) {
        return fixtures.jdbc().sql("select score from program_review where id = ?").param(review)
                .query(Integer.class).list().get(0);
    }

    private long accountsOf(long expert) {
        return fixtures.jdbc().sql("select count(*) from account where expert_id = ?").param(expert)
                .query(Long.class).single();
    }

    private static String body(String username, String password) {
        return "{\"username\": \"%s\", \"password\": \"%s\"}".formatted(username, password);
    }
}
