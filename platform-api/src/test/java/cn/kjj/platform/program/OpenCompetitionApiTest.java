package cn.kjj.platform.program;

import static org.assertj.core.api.Assertions.assertThat;

import cn.kjj.platform.ApiFixtures;
import cn.kjj.platform.ApiTest;
import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import java.util.concurrent.CountDownLatch;
import java.util.concurrent.ExecutorService;
import java.util.concurrent.Executors;
import java.util.concurrent.Future;
import java.util.concurrent.TimeUnit;
import java.util.stream.Collectors;
import org.junit.jupiter.api.Test;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.http.HttpStatus;
import org.springframework.test.web.servlet.assertj.MockMvcTester;
import org.springframework.test.web.servlet.assertj.MvcTestResult;

/**
 * Open competitions and horse races (揭榜挂帅, 赛马; decision 0044): the prize reserved in the challenge's
 * budget, teams approved in parallel within what is left, stage reviews that drop teams and cancel their
 * unpaid rest, and the prize for the last team standing.
 */
@ApiTest
class OpenCompetitionApiTest {

    private static final int TEAMS = 10;

    @Autowired
    MockMvcTester mvc;

    @Autowired
    ApiFixtures fixtures;

    private ProgramApplicationApi api;
    private String official;

    private long challenge(long program, String budget, String prize) {
        MvcTestResult created = api.challenge(official, program, budget, prize);
        assertThat(created).hasStatus(HttpStatus.CREATED);
        return ProgramApplicationApi.id(created);
    }

    private long team(long program, long call, String requested) {
        String clerk = fixtures.enterpriseBearer(fixtures.enterprise(ApiFixtures.JIANGHAI));
        return api.underReview(clerk, official, program, call, requested);
    }

    private long approvedTeam(long program, long call, String amount) {
        long team = team(program, call, amount);
        assertThat(api.step(official, team, "approve", "{\"amount\": " + amount + "}")).hasStatusOk();
        return team;
    }

    private void setUp() {
        api = new ProgramApplicationApi(mvc, fixtures);
        official = fixtures.officialBearer(ApiFixtures.JIANGHAI);
    }

    @Test
    void aDroppedTeamsUnpaidRestIsCancelledAndGivenBackAndItCannotBePaid() {
        setUp();
        long program = api.competition(official, ApiFixtures.JIANGHAI, "3000000.00");
        long call = challenge(program, "2000000.00", "800000.00");
        assertThat(ProgramApplicationApi.json(api.get(official, "/api/v1/program-calls/" + call), "$.remainingBudget"))
                .as("the prize is reserved").isEqualTo("1200000.0");
        long dropped = approvedTeam(program, call, "400000.00");
        long kept = approvedTeam(program, call, "400000.00");
        assertThat(api.step(official, dropped, "disbursements", "{\"amount\": 150000, \"paidOn\": \"2026-03-31\"}"))
                .hasStatus(HttpStatus.CREATED);

        MvcTestResult drop = api.step(official, dropped, "stage-review",
                "{\"passed\": false, \"note\": \"样机关键指标未达到榜单要求\"}");

        assertThat(drop).hasStatusOk();
        assertThat(ProgramApplicationApi.json(drop, "$.status")).isEqualTo("DROPPED");
        assertThat(ProgramApplicationApi.json(drop, "$.cancelledAmount")).isEqualTo("250000.0");
        assertThat(ProgramApplicationApi.json(drop, "$.paidTotal")).as("what was paid stays paid").isEqualTo("150000.0");
        assertThat(ProgramApplicationApi.json(drop, "$.history[-1].action")).isEqualTo("STAGE_REVIEW");
        assertThat(ProgramApplicationApi.json(drop, "$.history[-1].reason")).isEqualTo("样机关键指标未达到榜单要求");
        assertThat(ProgramApplicationApi.json(drop, "$.history[-1].amount")).isEqualTo("250000.0");
        assertThat(api.money("select approved_total from program_call where id = ?", call))
                .as("the call gets the unpaid rest back").isEqualByComparingTo("550000");
        assertThat(api.money("select approved_total from program where id = ?", program)).isEqualByComparingTo("550000");
        assertThat(fixtures.jdbc().sql("select count(*) from audit_event where entity_id = ? and action = "
                + "'programApplication.stage_review'").param(String.valueOf(dropped)).query(Long.class).single()).isEqualTo(1);

        MvcTestResult paid = api.step(official, dropped, "disbursements", "{\"amount\": 1, \"paidOn\": \"2026-06-30\"}");
        assertThat(paid).hasStatus(HttpStatus.CONFLICT);
        assertThat(ProgramApplicationApi.json(paid, "$.code")).isEqualTo("error.programApplication.transition.illegal");
        assertThat(api.money("select paid_total from program_application where id = ?", dropped))
                .isEqualByComparingTo("150000");
        assertThat(api.step(official, dropped, "stage-review", "{\"passed\": true}"))
                .as("a dropped team has no further stage").hasStatus(HttpStatus.CONFLICT);
        assertThat(api.step(official, dropped, "terminate", "{\"reason\": \"x\"}")).hasStatus(HttpStatus.CONFLICT);

        MvcTestResult passed = api.step(official, kept, "stage-review", "{\"passed\": true, \"note\": \"第一阶段达标\"}");
        assertThat(passed).hasStatusOk();
        assertThat(ProgramApplicationApi.json(passed, "$.stage")).isEqualTo("1");
        assertThat(ProgramApplicationApi.json(passed, "$.status")).isEqualTo("APPROVED");
    }

    @Test
    void theLastTeamStandingGetsThePrizeOnceAndNotWhileRivalsRace() {
        setUp();
        long program = api.competition(official, ApiFixtures.JIANGHAI, "3000000.00");
        long call = challenge(program, "2000000.00", "800000.00");
        long first = approvedTeam(program, call, "500000.00");
        long second = approvedTeam(program, call, "500000.00");

        MvcTestResult early = api.step(official, first, "win", "{}");
        assertThat(early).hasStatus(HttpStatus.CONFLICT);
        assertThat(ProgramApplicationApi.json(early, "$.code")).isEqualTo("error.programCompetition.othersRunning");
        assertThat(api.money("select approved_amount from program_application where id = ?", first))
                .as("nothing changed").isEqualByComparingTo("500000");

        assertThat(api.step(official, second, "stage-review", "{\"passed\": false, \"note\": \"进度落后\"}"))
                .hasStatusOk();
        MvcTestResult won = api.step(official, first, "win", "{\"reason\": \"攻克榜单全部指标\"}");

        assertThat(won).hasStatusOk();
        assertThat(ProgramApplicationApi.json(won, "$.approvedAmount")).isEqualTo("1300000.0");
        assertThat(ProgramApplicationApi.json(won, "$.prizeAmount")).isEqualTo("800000.0");
        assertThat(api.step(official, first, "disbursements", "{\"amount\": 1300000, \"paidOn\": \"2026-09-30\"}"))
                .as("the prize is paid as a tranche").hasStatus(HttpStatus.CREATED);
        assertThat(api.money("select approved_total from program_call where id = ?", call))
                .isEqualByComparingTo("1300000");
        assertThat(ProgramApplicationApi.json(api.get(official, "/api/v1/program-calls/" + call), "$.winnerApplicationId"))
                .isEqualTo(String.valueOf(first));
        MvcTestResult again = api.step(official, first, "win", "{}");
        assertThat(again).hasStatus(HttpStatus.CONFLICT);
    }

    @Test
    void stageReviewsAndPrizesAreForOpenCompetitionsOnly() {
        setUp();
        long ordinary = api.program(official, ApiFixtures.JIANGHAI, "3000000.00");
        MvcTestResult prized = api.challenge(official, ordinary, "1000000.00", "100000.00");
        assertThat(prized).hasStatus(HttpStatus.BAD_REQUEST);
        assertThat(ProgramApplicationApi.json(prized, "$.errors[0].field")).isEqualTo("prize");
        long competition = api.competition(official, ApiFixtures.JIANGHAI, "3000000.00");
        MvcTestResult tooBig = api.challenge(official, competition, "1000000.00", "1000000.01");
        assertThat(tooBig).hasStatus(HttpStatus.BAD_REQUEST);
        assertThat(ProgramApplicationApi.json(tooBig, "$.errors[0].code")).isEqualTo("error.programCall.prizeAboveBudget");

        long call = api.call(official, ordinary, "1000000.00", "ANY");
        long project = approvedTeam(ordinary, call, "100000.00");
        MvcTestResult review = api.step(official, project, "stage-review", "{\"passed\": false, \"note\": \"x\"}");
        assertThat(review).hasStatus(HttpStatus.CONFLICT);
        assertThat(ProgramApplicationApi.json(review, "$.code")).isEqualTo("error.programCompetition.notCompetition");
        assertThat(ProgramApplicationApi.json(api.get(official, ProgramApplicationApi.APPLICATIONS + "/" + project),
                "$.status")).isEqualTo("APPROVED");

        long challenge = challenge(competition, "1000000.00", "100000.00");
        long team = approvedTeam(competition, challenge, "100000.00");
        MvcTestResult noNote = api.step(official, team, "stage-review", "{\"passed\": false}");
        assertThat(noNote).hasStatus(HttpStatus.BAD_REQUEST);
        assertThat(ProgramApplicationApi.json(noNote, "$.errors[0].field")).isEqualTo("note");
        String clerk = fixtures.enterpriseBearer(fixtures.enterprise(ApiFixtures.JIANGHAI));
        assertThat(api.step(clerk, team, "stage-review", "{\"passed\": true}")).as("the office's step")
                .hasStatus(HttpStatus.FORBIDDEN);
    }

    @Test
    void tenTeamsApprovedAtOnceOnAChallengeWhosePrizeLeavesRoomForSixGetExactlySix() throws Exception {
        setUp();
        String second = fixtures.officialBearer(ApiFixtures.JIANGHAI);
        long program = api.competition(official, ApiFixtures.JIANGHAI, "5000000.00");
        long call = challenge(program, "1000000.00", "400000.00");
        List<Long> teams = new ArrayList<>();
        for (int i = 0; i < TEAMS; i++) {
            teams.add(team(program, call, "100000.00"));
        }
        CountDownLatch ready = new CountDownLatch(TEAMS);
        CountDownLatch start = new CountDownLatch(1);
        ExecutorService pool = Executors.newFixedThreadPool(TEAMS);
        List<MvcTestResult> results = new ArrayList<>();
        try {
            List<Future<MvcTestResult>> outcomes = new ArrayList<>();
            for (int i = 0; i < TEAMS; i++) {
                String bearer = i % 2 == 0 ? official : second;
                long team = teams.get(i);
                outcomes.add(pool.submit(() -> {
                    ready.countDown();
                    start.await();
                    return api.step(bearer, team, "approve", "{\"amount\": 100000}");
                }));
            }
            assertThat(ready.await(30, TimeUnit.SECONDS)).isTrue();
            start.countDown();
            for (Future<MvcTestResult> outcome : outcomes) {
                results.add(outcome.get(60, TimeUnit.SECONDS));
            }
        } finally {
            pool.shutdownNow();
        }
        Map<Integer, Long> byStatus = results.stream()
                .collect(Collectors.groupingBy(r -> r.getResponse().getStatus(), Collectors.counting()));
        assertThat(byStatus).containsExactlyInAnyOrderEntriesOf(Map.of(200, 6L, 409, 4L));
        assertThat(api.money("select approved_total from program_call where id = ?", call)).isEqualByComparingTo("600000");
        assertThat(api.money("select coalesce(sum(approved_amount), 0) from program_application where call_id = ?", call))
                .isEqualByComparingTo("600000");
    }
}
