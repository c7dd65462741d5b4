package cn.kjj.platform.matching;

import static cn.kjj.platform.matching.MatchingApi.achievement;
import static org.assertj.core.api.Assertions.assertThat;

import cn.kjj.platform.ApiFixtures;
import cn.kjj.platform.ApiTest;
import cn.kjj.platform.identity.Role;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.http.HttpStatus;

/** Searching achievements by Chinese words: segmented, ranked, filtered (decision 0040). */
@ApiTest
class WordSearchApiTest {

    static final String JIANGHAI = ApiFixtures.JIANGHAI;
    static final String PENGJIANG = "440703";
    static final String LIST = "/api/v1/achievements";

    @Autowired
    MatchingApi api;

    @Autowired
    ApiFixtures fixtures;

    String official;
    String tag;

    @BeforeEach
    void setUp() {
        official = fixtures.officialBearer(JIANGHAI);
        tag = MatchingApi.tag();
    }

    @Test
    void chipPackagingFindsTheChipsPackagingCraftThoughTheWordsAreNotAdjacent() {
        api.created(official, LIST, achievement("一种半导体芯片的封装工艺", "ELECTRONIC_INFORMATION",
                "晶圆级封装，降低成本。" + tag, JIANGHAI));

        assertThat(api.titles(official, LIST + "?q=芯片封装 " + tag)).containsExactly("一种半导体芯片的封装工艺");
        // a raw substring search would not have found it: 芯片封装 is not in the text
        assertThat(api.titles(official, LIST + "?q=" + tag + "&size=5")).hasSize(1);
    }

    @Test
    void matchesInTheTitleRankAboveMatchesInTheSummaryAndEveryWordMustOccur() {
        api.created(official, LIST, achievement("芯片测试设备", "ELECTRONIC_INFORMATION",
                "可用于封装后的检测。" + tag, JIANGHAI));
        api.created(official, LIST, achievement("芯片封装用导热胶", "NEW_MATERIALS",
                "导热系数高。" + tag, JIANGHAI));
        api.created(official, LIST, achievement("封装材料回收方法", "ENVIRONMENTAL_PROTECTION",
                "不涉及半导体。" + tag, JIANGHAI));

        assertThat(api.titles(official, LIST + "?q=芯片 封装 " + tag))
                .containsExactly("芯片封装用导热胶", "芯片测试设备");
    }

    @Test
    void aTermThatOnlyOccursInsideAnotherWordIsNoHitWhereTheSegmenterSplitsOtherwise() {
        // smartcn reads 研究生命起源 as 研究 | 生命 | 起源: 研究生 (graduate student) is not in it
        api.created(official, LIST, achievement("研究生命起源的新方法", "BIOMEDICINE", "实验方法。" + tag, JIANGHAI));

        assertThat(api.titles(official, LIST + "?q=研究生 " + tag)).isEmpty();
        assertThat(api.titles(official, LIST + "?q=生命 " + tag)).containsExactly("研究生命起源的新方法");
    }

    @Test
    void theSearchFiltersByFieldAndRegionAndKeepsAnOfficialToItsRegion() {
        String admin = fixtures.quickBearer(Role.ADMIN);
        api.created(admin, LIST, achievement("锂电池管理系统", "NEW_ENERGY", "电池" + tag, JIANGHAI));
        api.created(admin, LIST, achievement("锂电池回收", "ENVIRONMENTAL_PROTECTION", "电池" + tag, JIANGHAI));
        api.created(admin, LIST, achievement("蓬江锂电池检测", "NEW_ENERGY", "电池" + tag, PENGJIANG));

        assertThat(api.titles(admin, LIST + "?q=电池 " + tag + "&field=NEW_ENERGY"))
                .containsExactlyInAnyOrder("锂电池管理系统", "蓬江锂电池检测");
        assertThat(api.titles(admin, LIST + "?q=电池 " + tag + "&region=" + PENGJIANG))
                .containsExactly("蓬江锂电池检测");
        assertThat(api.titles(official, LIST + "?q=电池 " + tag + "&field=NEW_ENERGY"))
                .containsExactly("锂电池管理系统");
        // every signed-in role reads the catalogue: an enterprise, every region's
        String enterprise = fixtures.enterpriseBearer(fixtures.enterprise(JIANGHAI));
        assertThat(api.titles(enterprise, LIST + "?q=电池 " + tag)).hasSize(3);
        assertThat(api.post(enterprise, LIST, achievement("企业不能发布", "NEW_ENERGY", "x", JIANGHAI)))
                .hasStatus(HttpStatus.FORBIDDEN);
    }

    @Test
    void anAchievementWithoutTransferModesOrSummaryIsRefusedFieldByField() {
        var body = achievement(" ", "NEW_ENERGY", " ", JIANGHAI);
        body.put("transferModes", java.util.List.of());
        assertThat(api.post(official, LIST, body)).hasStatus(HttpStatus.BAD_REQUEST).bodyJson()
                .hasPathSatisfying("$.errors[*].field", v -> v.assertThat().asList()
                        .contains("title", "summary", "transferModes"));
    }
}
