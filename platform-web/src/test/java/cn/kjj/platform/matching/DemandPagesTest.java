package cn.kjj.platform.matching;

import static cn.kjj.platform.portal.RegistryPageFixtures.CITY_OFFICIAL;
import static cn.kjj.platform.portal.RegistryPageFixtures.html;
import static cn.kjj.platform.portal.RegistryPageFixtures.unique;
import static org.assertj.core.api.Assertions.assertThat;
import static org.springframework.security.test.web.servlet.request.SecurityMockMvcRequestPostProcessors.csrf;
import static org.springframework.security.test.web.servlet.request.SecurityMockMvcRequestPostProcessors.user;
import static org.springframework.test.web.servlet.request.MockMvcRequestBuilders.get;
import static org.springframework.test.web.servlet.request.MockMvcRequestBuilders.post;
import static org.springframework.test.web.servlet.result.MockMvcResultMatchers.redirectedUrlPattern;
import static org.springframework.test.web.servlet.result.MockMvcResultMatchers.status;

import cn.kjj.platform.PortalTest;
import cn.kjj.platform.contract.TechnologyField;
import java.math.BigDecimal;
import java.nio.charset.StandardCharsets;
import java.time.LocalDate;
import org.junit.jupiter.api.Test;
import org.springframework.data.domain.PageRequest;
import org.springframework.test.web.servlet.MvcResult;

/** The demand pages: an enterprise keeps its own needs, officials see their region's with the matches. */
@PortalTest
class DemandPagesTest extends MatchingPages {

    @Test
    void aFormWithMistakesSaysSoBesideTheFieldsAndStoresNothingThenACorrectOneIsPublished() throws Exception {
        String title = unique("芯片封装良率提升");
        MvcResult refused = mvc.perform(post("/demands").with(user(enterprise)).with(csrf())
                        .param("title", title).param("field", "ELECTRONIC_INFORMATION").param("budget", "五十万")
                        .param("deadline", "2026-13-40").param("summary", ""))
                .andExpect(status().isBadRequest()).andReturn();
        assertThat(html(refused))
                .contains("id=\"budget-error\">")
                .contains("id=\"deadline-error\">")
                .contains("id=\"summary-error\">必填</p>")
                .contains("value=\"" + title + "\"");
        assertThat(own(title)).isZero();

        mvc.perform(post("/demands").with(user(enterprise)).with(csrf())
                        .param("title", title).param("field", "ELECTRONIC_INFORMATION").param("budget", "500000")
                        .param("deadline", LocalDate.now().plusMonths(6).toString())
                        .param("summary", "提升芯片封装工艺的良率"))
                .andExpect(status().is3xxRedirection()).andExpect(redirectedUrlPattern("/demands/*"));
        assertThat(own(title)).isOne();
        String list = html(mvc.perform(get("/demands").param("q", title).with(user(enterprise)))
                .andExpect(status().isOk()).andReturn());
        assertThat(list).contains(title).contains("<td class=\"num\">500,000</td>").contains("发布技术需求");
    }

    @Test
    void anEnterpriseSeesOnlyItsOwnDemandsAndAnotherEnterprisesIsNotFound() throws Exception {
        DemandView others = othersDemand();

        String list = html(mvc.perform(get("/demands").with(user(enterprise))).andExpect(status().isOk()).andReturn());
        assertThat(list).doesNotContain(others.title()).doesNotContain(others.enterpriseName());
        mvc.perform(get("/demands/{id}", others.id()).with(user(enterprise))).andExpect(status().isNotFound());
        mvc.perform(get("/demands/{id}/edit", others.id()).with(user(enterprise))).andExpect(status().isNotFound());
        mvc.perform(post("/demands/{id}/close", others.id()).with(user(enterprise)).with(csrf()))
                .andExpect(status().isNotFound());
        mvc.perform(get("/demands/new").with(user(official))).andExpect(status().isForbidden());
    }

    @Test
    void anOfficialSearchesTheRegionsDemandsByWordsAndSeesADemandsRankedAchievementsWithReasons() throws Exception {
        String title = unique("伺服电机控制算法");
        DemandView demand = publish(title, TechnologyField.ADVANCED_MANUFACTURING, "提高伺服电机控制精度");

        String list = html(mvc.perform(get("/demands").param("q", "伺服电机").param("field", "ADVANCED_MANUFACTURING")
                .param("sort", "budget,desc").with(user(official))).andExpect(status().isOk()).andReturn());
        assertThat(list).contains(title).contains(demand.enterpriseName())
                .contains("href=\"/api/v1/demands?q=%E4%BC%BA%E6%9C%8D%E7%94%B5%E6%9C%BA&amp;field=ADVANCED_MANUFACTURING"
                        + "&amp;format=csv\"")
                .contains("aria-sort=\"descending\"");
        String elsewhere = html(mvc.perform(get("/demands").param("q", title).param("field", "NEW_MATERIALS")
                .with(user(official))).andExpect(status().isOk()).andReturn());
        assertThat(elsewhere).doesNotContain("href=\"/demands/" + demand.id() + "\"");

        String page = html(mvc.perform(get("/demands/{id}", demand.id()).with(user(official)))
                .andExpect(status().isOk()).andReturn());
        assertThat(page).contains(title).contains("id=\"matches\"").contains("同属先进制造领域")
                .contains("/matchmakings/new?demandId=" + demand.id() + "&amp;achievementId=")
                .contains("这项需求尚未组织对接。");
        // the enterprise sees the matches of its own demand, but neither meetings nor the broker's button
        String own = html(mvc.perform(get("/demands/{id}", demand.id()).with(user(enterprise)))
                .andExpect(status().isOk()).andReturn());
        assertThat(own).contains("id=\"matches\"").doesNotContain("/matchmakings/new").contains("关闭需求");
    }

    @Test
    void aSortAskedForOrdersDemandsThatTheWordsRankAlike() throws Exception {
        String tag = unique("冷链");
        DemandService service = context.getBean(DemandService.class);
        for (String budget : new String[] {"200000.00", "900000.00", "500000.00"}) {
            service.publish(enterprise, new DemandDetails(tag + " 温控 " + budget, TechnologyField.NEW_ENERGY,
                    "冷链物流温控", new BigDecimal(budget), null));
        }

        String page = html(mvc.perform(get("/demands").param("q", tag).param("sort", "budget,desc")
                .with(user(official))).andExpect(status().isOk()).andReturn());

        assertThat(page.indexOf(tag + " 温控 900000.00")).isPositive()
                .isLessThan(page.indexOf(tag + " 温控 500000.00"));
        assertThat(page.indexOf(tag + " 温控 500000.00")).isLessThan(page.indexOf(tag + " 温控 200000.00"));
    }

    @Test
    void theEnterpriseClosesItsDemandAndCanNoLongerEditIt() throws Exception {
        DemandView demand = publish(unique("导热材料"), TechnologyField.NEW_MATERIALS, "高导热胶");

        mvc.perform(post("/demands/{id}/close", demand.id()).with(user(enterprise)).with(csrf()))
                .andExpect(status().is3xxRedirection());
        String page = html(mvc.perform(get("/demands/{id}", demand.id()).with(user(enterprise)))
                .andExpect(status().isOk()).andReturn());
        assertThat(page).contains("已关闭").doesNotContain("/demands/" + demand.id() + "/edit");
        MvcResult refused = mvc.perform(post("/demands/{id}/edit", demand.id()).with(user(enterprise)).with(csrf())
                        .param("title", "改名").param("field", "NEW_MATERIALS").param("summary", "高导热胶"))
                .andExpect(status().isConflict()).andReturn();
        assertThat(html(refused)).contains("已关闭");
        assertThat(context.getBean(DemandQueries.class).get(enterprise, demand.id()).title())
                .isEqualTo(demand.title());
    }

    @Test
    void theListExportsAsCsvWithTheSameFiltersAndTheCityOfficialSeesTheDistrictsDemands() throws Exception {
        String title = unique("激光焊接");
        publish(title, TechnologyField.ADVANCED_MANUFACTURING, "激光焊接工艺");

        MvcResult file = mvc.perform(get("/api/v1/demands").param("q", title).param("format", "csv")
                .with(user(fixtures.principal(CITY_OFFICIAL)))).andExpect(status().isOk()).andReturn();
        String csv = new String(file.getResponse().getContentAsByteArray(), StandardCharsets.UTF_8);
        assertThat(file.getResponse().getContentType()).startsWith("text/csv");
        assertThat(csv).startsWith("\uFEFFid,enterpriseId,enterpriseName,regionCode,title,field")
                .contains(title).contains("ADVANCED_MANUFACTURING").contains("440704").doesNotContain("editable");
        assertThat(csv.lines().count()).isEqualTo(2);
    }

    private DemandView publish(String title, TechnologyField field, String summary) {
        return context.getBean(DemandService.class).publish(enterprise, new DemandDetails(title, field, summary,
                new BigDecimal("300000.00"), null));
    }

    /** Demands of the demo enterprise with this title. */
    private long own(String title) {
        return context.getBean(DemandQueries.class).search(enterprise, null, title, null, null, PageRequest.of(0, 5))
                .getContent().stream().filter(d -> d.title().equals(title)).count();
    }

    /** A demand of another Jianghai enterprise (the demo data's). */
    private DemandView othersDemand() {
        return context.getBean(DemandQueries.class).search(official, "440704", null, null, null, PageRequest.of(0, 50))
                .getContent().stream().filter(d -> !d.enterpriseId().equals(enterprise.enterpriseId()))
                .findFirst().orElseThrow();
    }
}
