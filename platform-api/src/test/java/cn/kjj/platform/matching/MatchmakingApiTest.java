package cn.kjj.platform.matching;

import static cn.kjj.platform.matching.MatchingApi.achievement;
import static cn.kjj.platform.matching.MatchingApi.demand;
import static org.assertj.core.api.Assertions.assertThat;

import cn.kjj.platform.ApiFixtures;
import cn.kjj.platform.ApiTest;
import cn.kjj.platform.contract.ContractApi;
import java.util.HashMap;
import java.util.Map;
import org.junit.jupiter.api.Test;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.http.HttpStatus;
import tools.jackson.databind.JsonNode;

/** Brokered meetings and the chain demand → achievement → contract → turnover. */
@ApiTest
class MatchmakingApiTest {

    static final String JIANGHAI = ApiFixtures.JIANGHAI;
    static final String MATCHMAKINGS = "/api/v1/matchmakings";

    @Autowired
    MatchingApi api;

    @Autowired
    ContractApi contracts;

    @Autowired
    ApiFixtures fixtures;

    @Test
    void aMeetingThatEndsInARegisteredContractShowsTheChainToTheTurnover() {
        String tag = MatchingApi.tag();
        String official = contracts.official();
        String enterprise = fixtures.enterpriseBearer(fixtures.enterprise(JIANGHAI));
        long demand = api.created(enterprise, "/api/v1/demands", demand("电机控制算法" + tag, "ADVANCED_MANUFACTURING",
                "伺服电机控制"));
        long achievement = api.created(official, "/api/v1/achievements", achievement("伺服电机控制方法" + tag,
                "ADVANCED_MANUFACTURING", "高精度。", JIANGHAI));

        long meeting = api.created(official, MATCHMAKINGS, meeting(demand, achievement, "MEETING", null));
        assertThat(api.post(official, MATCHMAKINGS, meeting(demand, achievement, "INTENTION", null)))
                .hasStatus(HttpStatus.CONFLICT);
        // the pair now has a meeting, so it is no longer suggested
        assertThat(api.read(official, MATCHMAKINGS + "/suggestions").toString()).doesNotContain(tag);

        long unregistered = contracts.submitted(contracts.seller());
        assertThat(api.put(official, MATCHMAKINGS + "/" + meeting, meeting(demand, achievement, "CONTRACT",
                unregistered))).hasStatus(HttpStatus.BAD_REQUEST).bodyJson()
                .hasPathSatisfying("$.errors[0].code", v -> v.assertThat()
                        .isEqualTo("error.matchmaking.contractNotRegistered"));
        assertThat(api.put(official, MATCHMAKINGS + "/" + meeting, meeting(demand, achievement, "CONTRACT", null)))
                .hasStatus(HttpStatus.BAD_REQUEST);

        JsonNode registered = contracts.stepOk(official, unregistered, "register", null);
        assertThat(api.put(official, MATCHMAKINGS + "/" + meeting, meeting(demand, achievement, "CONTRACT",
                unregistered))).hasStatusOk();

        JsonNode chain = api.read(official, MATCHMAKINGS + "/" + meeting);
        assertThat(chain.get("demandTitle").asString()).isEqualTo("电机控制算法" + tag);
        assertThat(chain.get("achievementTitle").asString()).isEqualTo("伺服电机控制方法" + tag);
        assertThat(chain.get("registrationNo").asString()).isEqualTo(registered.get("registrationNo").asString());
        assertThat(chain.get("contractAmount").decimalValue())
                .isEqualByComparingTo(registered.get("contractAmount").decimalValue());
        assertThat(chain.get("outcome").asString()).isEqualTo("CONTRACT");

        // the indicator counts it in the year of registration, and its lineage names the meeting and the contract
        String year = registered.get("registeredOn").asString().substring(0, 4);
        JsonNode indicator = api.read(official, "/api/v1/indicators/technology-matching?region=" + JIANGHAI
                + "&from=" + year + "&to=" + year);
        assertThat(indicator.get("series").get(0).get("contractsSigned").asLong()).isPositive();
        assertThat(indicator.get("series").get(0).get("turnover").decimalValue())
                .isGreaterThanOrEqualTo(registered.get("contractAmount").decimalValue());
        String lineage = api.read(official, "/api/v1/indicators/technology-matching/lineage?region=" + JIANGHAI
                + "&period=" + year + "&size=500").toString();
        assertThat(lineage).contains("\"registrationNo\":\"" + registered.get("registrationNo").asString() + "\"")
                .contains("伺服电机控制方法" + tag);
    }

    @Test
    void enterprisesDoNotSeeMeetingsAndAnotherDistrictsOfficialCannotMoveThem() {
        String tag = MatchingApi.tag();
        String official = fixtures.officialBearer(JIANGHAI);
        String enterprise = fixtures.enterpriseBearer(fixtures.enterprise(JIANGHAI));
        long demand = api.created(enterprise, "/api/v1/demands", demand("需求" + tag, "MODERN_AGRICULTURE", "说明"));
        long achievement = api.created(official, "/api/v1/achievements", achievement("成果" + tag,
                "MODERN_AGRICULTURE", "说明", JIANGHAI));
        long meeting = api.created(official, MATCHMAKINGS, meeting(demand, achievement, "MEETING", null));

        assertThat(api.get(enterprise, MATCHMAKINGS)).hasStatus(HttpStatus.FORBIDDEN);
        String pengjiang = fixtures.officialBearer("440703");
        assertThat(api.get(pengjiang, MATCHMAKINGS + "/" + meeting)).hasStatus(HttpStatus.NOT_FOUND);
        assertThat(api.post(pengjiang, MATCHMAKINGS, meeting(demand, achievement, "MEETING", null)))
                .hasStatus(HttpStatus.BAD_REQUEST);
    }

    @Test
    void theListIsFilteredByOutcomeAndAnOutcomeThatIsNoneOfThemIsAProblem() {
        String tag = MatchingApi.tag();
        String official = fixtures.officialBearer(JIANGHAI);
        String enterprise = fixtures.enterpriseBearer(fixtures.enterprise(JIANGHAI));
        long achievement = api.created(official, "/api/v1/achievements", achievement("成果" + tag,
                "NEW_MATERIALS", "说明", JIANGHAI));
        for (String outcome : java.util.List.of("MEETING", "NO_DEAL", "INTENTION")) {
            long demand = api.created(enterprise, "/api/v1/demands", demand(outcome + "需求" + tag, "NEW_MATERIALS",
                    "说明"));
            api.created(official, MATCHMAKINGS, meeting(demand, achievement, outcome, null));
        }

        JsonNode noDeal = api.read(official, MATCHMAKINGS + "?outcome=NO_DEAL&size=200");
        java.util.List<String> mine = new java.util.ArrayList<>();
        noDeal.get("content").forEach(m -> {
            assertThat(m.get("outcome").asString()).isEqualTo("NO_DEAL");
            if (m.get("demandTitle").asString().endsWith(tag)) {
                mine.add(m.get("demandTitle").asString());
            }
        });
        assertThat(mine).containsExactly("NO_DEAL需求" + tag);
        assertThat(api.read(official, MATCHMAKINGS + "?size=200").toString())
                .contains("MEETING需求" + tag, "NO_DEAL需求" + tag, "INTENTION需求" + tag);
        // the export carries the filter too
        assertThat(api.mvc().get().uri(MATCHMAKINGS + "?outcome=INTENTION&format=csv")
                .header(org.springframework.http.HttpHeaders.AUTHORIZATION, official).exchange())
                .hasStatusOk().bodyText().contains("INTENTION需求" + tag).doesNotContain("NO_DEAL需求" + tag);

        assertThat(api.get(official, MATCHMAKINGS + "?outcome=SIGNED")).hasStatus(HttpStatus.BAD_REQUEST)
                .hasContentType("application/problem+json").bodyJson()
                .hasPathSatisfying("$.errors[0].field", v -> v.assertThat().isEqualTo("outcome"));
    }

    static Map<String, Object> meeting(long demand, long achievement, String outcome, Long contract) {
        Map<String, Object> body = new HashMap<>();
        body.put("demandId", demand);
        body.put("achievementId", achievement);
        body.put("meetingOn", ContractApi.today().minusDays(3).toString());
        body.put("outcome", outcome);
        body.put("contractId", contract);
        return body;
    }
}
