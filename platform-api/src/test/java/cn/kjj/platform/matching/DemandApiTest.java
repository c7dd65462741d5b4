package cn.kjj.platform.matching;

import static cn.kjj.platform.matching.MatchingApi.achievement;
import static cn.kjj.platform.matching.MatchingApi.demand;
import static org.assertj.core.api.Assertions.assertThat;

import cn.kjj.platform.ApiFixtures;
import cn.kjj.platform.ApiTest;
import cn.kjj.platform.contract.ContractApi;
import cn.kjj.platform.spreadsheet.SpreadsheetFormat;
import java.util.Map;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.http.HttpStatus;
import tools.jackson.databind.JsonNode;

/** Enterprises' demands: each its own, officials their region's; and the achievements matched to them. */
@ApiTest
class DemandApiTest {

    static final String JIANGHAI = ApiFixtures.JIANGHAI;
    static final String DEMANDS = "/api/v1/demands";

    @Autowired
    MatchingApi api;

    @Autowired
    ApiFixtures fixtures;

    String owner;
    String tag;

    @BeforeEach
    void setUp() {
        owner = fixtures.enterpriseBearer(fixtures.enterprise(JIANGHAI));
        tag = MatchingApi.tag();
    }

    @Test
    void theListSortsAsAskedRefusesAnUnknownSortOrValueAndExportsTheSameRowsAsXlsx() {
        for (String deadline : new String[] {"3", "1", "2"}) {
            Map<String, Object> body = demand("排序" + deadline + tag, "NEW_ENERGY", "储能");
            body.put("deadline", ContractApi.today().plusMonths(Integer.parseInt(deadline))
                    .toString());
            api.created(owner, DEMANDS, body);
        }

        assertThat(api.titles(owner, DEMANDS + "?field=NEW_ENERGY&status=OPEN&sort=deadline,asc&size=200"))
                .filteredOn(t -> t.endsWith(tag)).containsExactly("排序1" + tag, "排序2" + tag, "排序3" + tag);
        assertThat(api.get(owner, DEMANDS + "?sort=summary")).hasStatus(HttpStatus.BAD_REQUEST);
        assertThat(api.get(owner, DEMANDS + "?status=HALF_OPEN")).hasStatus(HttpStatus.BAD_REQUEST);

        var file = api.get(owner, DEMANDS + "?q=" + tag + "&format=xlsx");
        assertThat(file).hasStatusOk().hasContentType(SpreadsheetFormat.XLSX_MEDIA_TYPE);
        assertThat(file.getResponse().getHeader("Content-Disposition")).contains("demands.xlsx");
    }

    @Test
    void anEnterpriseEditsAndClosesOnlyItsOwnDemandsAndOthersGet404() {
        long id = api.created(owner, DEMANDS, demand("芯片封装良率提升", "ELECTRONIC_INFORMATION", "寻求合作" + tag));
        String other = fixtures.enterpriseBearer(fixtures.enterprise(JIANGHAI));
        String pengjiang = fixtures.officialBearer("440703");
        String jianghai = fixtures.officialBearer(JIANGHAI);

        assertThat(api.get(other, DEMANDS + "/" + id)).hasStatus(HttpStatus.NOT_FOUND);
        assertThat(api.put(other, DEMANDS + "/" + id, demand("改", "NEW_ENERGY", "改")))
                .hasStatus(HttpStatus.NOT_FOUND);
        assertThat(api.post(other, DEMANDS + "/" + id + "/close", null)).hasStatus(HttpStatus.NOT_FOUND);
        assertThat(api.titles(other, DEMANDS + "?q=" + tag)).isEmpty();
        assertThat(api.get(pengjiang, DEMANDS + "/" + id)).hasStatus(HttpStatus.NOT_FOUND);
        assertThat(api.titles(jianghai, DEMANDS + "?q=芯片 " + tag)).containsExactly("芯片封装良率提升");
        assertThat(api.put(jianghai, DEMANDS + "/" + id, demand("改", "NEW_ENERGY", "改")))
                .hasStatus(HttpStatus.FORBIDDEN);

        assertThat(api.put(owner, DEMANDS + "/" + id, demand("芯片封装良率与可靠性提升", "ELECTRONIC_INFORMATION",
                "寻求合作" + tag))).hasStatusOk().bodyJson()
                .hasPathSatisfying("$.title", v -> v.assertThat().isEqualTo("芯片封装良率与可靠性提升"));
        assertThat(api.post(owner, DEMANDS + "/" + id + "/close", null)).hasStatusOk().bodyJson()
                .hasPathSatisfying("$.status", v -> v.assertThat().isEqualTo("CLOSED"))
                .hasPathSatisfying("$.editable", v -> v.assertThat().isEqualTo(false));
        assertThat(api.put(owner, DEMANDS + "/" + id, demand("再改", "NEW_ENERGY", "再改")))
                .hasStatus(HttpStatus.CONFLICT).bodyJson()
                .hasPathSatisfying("$.code", v -> v.assertThat().isEqualTo("error.demand.closed"));
        assertThat(api.titles(jianghai, DEMANDS + "?q=" + tag + "&status=OPEN")).isEmpty();
    }

    @Test
    void aDemandsHistoryShowsEachChangeToItsEnterpriseAndItsRegionsOfficialsOnly() {
        long id = api.created(owner, DEMANDS, demand("储能电池热管理" + tag, "NEW_ENERGY", "说明"));
        api.put(owner, DEMANDS + "/" + id, demand("储能电池热管理与回收" + tag, "NEW_ENERGY", "说明"));
        api.post(owner, DEMANDS + "/" + id + "/close", null);

        JsonNode history = api.read(owner, DEMANDS + "/" + id + "/history");
        assertThat(history).hasSize(3);
        assertThat(history.get(0).get("action").asString()).isEqualTo("demand.create");
        JsonNode update = history.get(1);
        assertThat(update.get("action").asString()).isEqualTo("demand.update");
        assertThat(update.get("changes")).hasSize(1);
        assertThat(update.get("changes").get(0).get("field").asString()).isEqualTo("title");
        assertThat(update.get("changes").get(0).get("after").asString()).isEqualTo("储能电池热管理与回收" + tag);
        JsonNode close = history.get(2).get("changes").get(0);
        assertThat(close.get("field").asString()).isEqualTo("status");
        assertThat(close.get("before").asString() + ">" + close.get("after").asString()).isEqualTo("OPEN>CLOSED");

        assertThat(api.get(fixtures.officialBearer(JIANGHAI), DEMANDS + "/" + id + "/history")).hasStatusOk();
        assertThat(api.get(fixtures.quickBearer(cn.kjj.platform.identity.Role.ANALYST),
                DEMANDS + "/" + id + "/history")).hasStatus(HttpStatus.FORBIDDEN);
        assertThat(api.get(fixtures.officialBearer("440703"), DEMANDS + "/" + id + "/history"))
                .hasStatus(HttpStatus.NOT_FOUND);
        assertThat(api.get(fixtures.enterpriseBearer(fixtures.enterprise(JIANGHAI)), DEMANDS + "/" + id + "/history"))
                .hasStatus(HttpStatus.NOT_FOUND);
    }

    @Test
    void aDemandWithADeadlineInThePastOrANegativeBudgetIsRefusedAndNothingIsKept() {
        var body = demand("过期需求", "NEW_ENERGY", "说明" + tag);
        body.put("deadline", ContractApi.today().minusDays(1).toString());
        assertThat(api.post(owner, DEMANDS, body)).hasStatus(HttpStatus.BAD_REQUEST).bodyJson()
                .hasPathSatisfying("$.errors[*].field", v -> v.assertThat().asList().contains("deadline"));
        body.put("deadline", null);
        body.put("budget", "-1");
        assertThat(api.post(owner, DEMANDS, body)).hasStatus(HttpStatus.BAD_REQUEST).bodyJson()
                .hasPathSatisfying("$.errors[*].field", v -> v.assertThat().asList().contains("budget"));
        assertThat(api.titles(owner, DEMANDS + "?q=" + tag)).isEmpty();
    }

    @Test
    void theMatchesOfADemandRankTheSameFieldAndSharedWordsFirstAndSayWhy() {
        // a field no other test uses, so that only this test's achievements share it
        String official = fixtures.officialBearer(JIANGHAI);
        long best = api.created(official, "/api/v1/achievements", achievement("一种半导体芯片的封装工艺" + tag,
                "AEROSPACE", "晶圆级封装，提高良率。", JIANGHAI));
        long wordsOnly = api.created(official, "/api/v1/achievements", achievement("芯片封装用导热胶" + tag,
                "MODERN_TRANSPORT", "导热。", JIANGHAI));
        long demand = api.created(owner, DEMANDS, demand("芯片封装良率提升" + tag, "AEROSPACE",
                "提高封装良率"));

        JsonNode matches = api.read(owner, DEMANDS + "/" + demand + "/matches");
        assertThat(matches.get(0).get("achievement").get("id").asLong()).isEqualTo(best);
        assertThat(matches.get(0).get("reasons").get(0).get("kind").asString()).isEqualTo("SAME_FIELD");
        assertThat(matches.get(0).get("reasons").get(1).get("words").toString()).contains("芯片", "封装", "提高");
        assertThat(matches.get(1).get("achievement").get("id").asLong()).isEqualTo(wordsOnly);
        assertThat(matches.get(0).get("score").decimalValue())
                .isGreaterThan(matches.get(1).get("score").decimalValue());

        JsonNode served = api.read(official, "/api/v1/achievements/" + best + "/matches");
        assertThat(served.get(0).get("demand").get("id").asLong()).isEqualTo(demand);
    }
}
