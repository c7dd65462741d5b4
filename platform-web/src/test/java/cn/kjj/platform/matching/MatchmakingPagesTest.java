package cn.kjj.platform.matching;

import static cn.kjj.platform.portal.RegistryPageFixtures.ADMIN;
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
import cn.kjj.platform.contract.Buyer;
import cn.kjj.platform.contract.ContractService;
import cn.kjj.platform.contract.ContractSubtype;
import cn.kjj.platform.contract.ContractTerms;
import cn.kjj.platform.contract.ContractType;
import cn.kjj.platform.contract.ContractView;
import cn.kjj.platform.contract.IpType;
import cn.kjj.platform.enterprise.OrganisationNature;
import cn.kjj.platform.contract.NewContract;
import cn.kjj.platform.contract.TechnologyField;
import java.math.BigDecimal;
import java.nio.charset.StandardCharsets;
import java.time.LocalDate;
import java.util.List;
import org.junit.jupiter.api.Test;
import org.springframework.test.web.servlet.MvcResult;

/** Brokered meetings in the portal: recorded from a demand, moved on to a contract, the chain to the turnover shown. */
@PortalTest
class MatchmakingPagesTest extends MatchingPages {

    @Test
    void anOfficialRecordsAMeetingThenAContractOutcomeAndTheChainLeadsToTheTurnover() throws Exception {
        String tag = unique("");
        long demand = demand("数控机床振动抑制" + tag);
        long achievement = achievement("机床振动主动抑制方法" + tag);

        String form = html(mvc.perform(get("/matchmakings/new").param("demandId", String.valueOf(demand))
                .param("achievementId", String.valueOf(achievement)).with(user(official)))
                .andExpect(status().isOk()).andReturn());
        assertThat(form).contains("数控机床振动抑制" + tag).contains("机床振动主动抑制方法" + tag);

        MvcResult recorded = mvc.perform(post("/matchmakings").with(user(official)).with(csrf())
                        .param("demandId", String.valueOf(demand)).param("achievementId", String.valueOf(achievement))
                        .param("meetingOn", LocalDate.now().minusDays(3).toString()).param("outcome", "MEETING"))
                .andExpect(status().is3xxRedirection()).andExpect(redirectedUrlPattern("/matchmakings/*"))
                .andReturn();
        String meeting = recorded.getResponse().getRedirectedUrl();
        long id = Long.parseLong(meeting.substring(meeting.lastIndexOf('/') + 1));
        String version = String.valueOf(context.getBean(MatchmakingQueries.class).get(official, id).version());
        assertThat(html(mvc.perform(get("/demands/{id}", demand).with(user(official))).andReturn()))
                .contains("href=\"/matchmakings/" + id + "\"").contains("已对接洽谈");

        // a contract outcome without the contract, or with a number nobody registered: said beside the field, nothing changed
        MvcResult refused = mvc.perform(post("/matchmakings/{id}/edit", id).with(user(official)).with(csrf())
                        .param("meetingOn", LocalDate.now().minusDays(3).toString()).param("outcome", "CONTRACT")
                        .param("version", version))
                .andExpect(status().isBadRequest()).andReturn();
        assertThat(html(refused)).contains("id=\"registrationNo-error\">签订合同的对接须指明已登记的技术合同</p>");
        mvc.perform(post("/matchmakings/{id}/edit", id).with(user(official)).with(csrf())
                        .param("meetingOn", LocalDate.now().minusDays(3).toString()).param("outcome", "CONTRACT")
                        .param("registrationNo", "NO-SUCH-NUMBER").param("version", version))
                .andExpect(status().isBadRequest());
        assertThat(context.getBean(MatchmakingQueries.class).get(official, id).outcome()).isEqualTo(MatchOutcome.MEETING);

        ContractView contract = registeredContract("机床振动抑制技术开发合同" + tag);
        mvc.perform(post("/matchmakings/{id}/edit", id).with(user(official)).with(csrf())
                        .param("meetingOn", LocalDate.now().minusDays(3).toString()).param("outcome", "CONTRACT")
                        .param("registrationNo", contract.registrationNo()).param("note", "双方签约")
                        .param("version", version))
                .andExpect(status().is3xxRedirection());

        String chain = html(mvc.perform(get("/matchmakings/{id}", id).with(user(official)))
                .andExpect(status().isOk()).andReturn());
        assertThat(chain).contains("签订合同")
                .contains("href=\"/demands/" + demand + "\"").contains("数控机床振动抑制" + tag)
                .contains("href=\"/achievements/" + achievement + "\"").contains("机床振动主动抑制方法" + tag)
                .contains("href=\"/contracts/" + contract.id() + "\"").contains(contract.registrationNo())
                .contains("class=\"turnover\">¥1,234,567.89</strong>");
        String list = html(mvc.perform(get("/matchmakings").with(user(official))).andExpect(status().isOk())
                .andReturn());
        assertThat(list).contains(contract.registrationNo()).contains("href=\"/api/v1/matchmakings?format=csv\"");
    }

    @Test
    void aStaleOutcomeFormIsRefusedAndEnterprisesHaveNoMeetingPages() throws Exception {
        String tag = unique("");
        long demand = demand("注塑件缺陷检测" + tag);
        long achievement = achievement("注塑件视觉缺陷检测系统" + tag);
        MatchmakingView made = context.getBean(MatchmakingService.class).record(official, new MatchmakingDetails(
                demand, achievement, LocalDate.now().minusDays(1), MatchOutcome.MEETING, null, null));
        context.getBean(MatchmakingService.class).update(official, made.id(), new MatchmakingDetails(demand,
                achievement, LocalDate.now().minusDays(1), MatchOutcome.INTENTION, null, "有意向"), null);

        MvcResult stale = mvc.perform(post("/matchmakings/{id}/edit", made.id()).with(user(official)).with(csrf())
                        .param("meetingOn", LocalDate.now().minusDays(1).toString()).param("outcome", "NO_DEAL")
                        .param("version", String.valueOf(made.version())))
                .andExpect(status().isConflict()).andReturn();
        assertThat(html(stale)).contains("value=\"NO_DEAL\" selected");
        assertThat(context.getBean(MatchmakingQueries.class).get(official, made.id()).outcome())
                .isEqualTo(MatchOutcome.INTENTION);

        mvc.perform(get("/matchmakings").with(user(enterprise))).andExpect(status().isForbidden());
        mvc.perform(get("/matchmakings/{id}", made.id()).with(user(enterprise))).andExpect(status().isForbidden());
        mvc.perform(get("/matchmakings/new").param("demandId", String.valueOf(demand))
                .param("achievementId", String.valueOf(achievement)).with(user(enterprise)))
                .andExpect(status().isForbidden());
    }

    @Test
    void theListIsFilteredByOutcomeAndItsExportLinkKeepsTheFilter() throws Exception {
        String tag = unique("");
        long achievement = achievement("焊缝视觉检测" + tag);
        MatchmakingService meetings = context.getBean(MatchmakingService.class);
        meetings.record(official, new MatchmakingDetails(demand("焊缝检测甲" + tag), achievement,
                LocalDate.now().minusDays(1), MatchOutcome.NO_DEAL, null, null));
        meetings.record(official, new MatchmakingDetails(demand("焊缝检测乙" + tag), achievement,
                LocalDate.now().minusDays(1), MatchOutcome.MEETING, null, null));

        String noDeal = html(mvc.perform(get("/matchmakings").param("outcome", "NO_DEAL").with(user(official)))
                .andExpect(status().isOk()).andReturn());
        assertThat(noDeal).contains("焊缝检测甲" + tag).doesNotContain("焊缝检测乙" + tag)
                .contains("value=\"NO_DEAL\" selected")
                .contains("href=\"/api/v1/matchmakings?outcome=NO_DEAL&amp;format=csv\"");
        assertThat(html(mvc.perform(get("/matchmakings").with(user(official))).andReturn()))
                .contains("焊缝检测甲" + tag).contains("焊缝检测乙" + tag);
        // an outcome that is none of them (an edited address) filters nothing
        assertThat(html(mvc.perform(get("/matchmakings").param("outcome", "SIGNED").with(user(official)))
                .andExpect(status().isOk()).andReturn())).contains("焊缝检测乙" + tag);
    }

    @Test
    void aDemandsPageShowsItsChangesToItsEnterpriseAndItsOfficialsButNotToAnalysts() throws Exception {
        String tag = unique("");
        long demand = demand("伺服电机选型" + tag);
        DemandService demands = context.getBean(DemandService.class);
        demands.update(enterprise, demand, new DemandDetails("伺服电机选型与调试" + tag,
                TechnologyField.ADVANCED_MANUFACTURING, "说明", null, null), null);
        demands.close(enterprise, demand);

        for (var reader : List.of(enterprise, official)) {
            String page = html(mvc.perform(get("/demands/{id}", demand).with(user(reader)))
                    .andExpect(status().isOk()).andReturn());
            assertThat(page).contains("id=\"history-heading\"").contains("发布技术需求").contains("修改技术需求")
                    .contains("关闭技术需求").contains("伺服电机选型与调试" + tag).contains("已关闭");
        }
        assertThat(html(mvc.perform(get("/demands/{id}", demand).with(user(fixtures.principal(
                cn.kjj.platform.portal.RegistryPageFixtures.ANALYST)))).andExpect(status().isOk()).andReturn()))
                .doesNotContain("id=\"history-heading\"");
    }

    @Test
    void theMeetingsExportAsCsvForTheRegion() throws Exception {
        MvcResult file = mvc.perform(get("/api/v1/matchmakings").param("region", "440704").param("format", "csv")
                .with(user(official))).andExpect(status().isOk()).andReturn();

        String csv = new String(file.getResponse().getContentAsByteArray(), StandardCharsets.UTF_8);
        assertThat(file.getResponse().getContentType()).startsWith("text/csv");
        List<String> lines = csv.lines().toList();
        assertThat(lines.get(0)).isEqualTo("\uFEFFid,regionCode,meetingOn,outcome,note,demandId,demandTitle,"
                + "enterpriseId,enterpriseName,achievementId,achievementTitle,holder,contractId,contractTitle,"
                + "registrationNo,contractStatus,registeredOn,contractAmount,techTransactionAmount");
        // the demo data's meetings of Jianghai, more than 15
        assertThat(lines).hasSizeGreaterThan(15);
        assertThat(lines.subList(1, lines.size())).allSatisfy(line -> assertThat(line).contains(",440704,"));
    }

    private long demand(String title) {
        return context.getBean(DemandService.class).publish(enterprise, new DemandDetails(title,
                TechnologyField.ADVANCED_MANUFACTURING, title + "，提高加工精度", null, null)).id();
    }

    private long achievement(String title) {
        return context.getBean(AchievementService.class).create(fixtures.principal(ADMIN), new AchievementDetails(
                title, "对接测试研究院", OrganisationNature.RESEARCH_INSTITUTE, TechnologyField.ADVANCED_MANUFACTURING,
                IpType.PATENT, Maturity.PILOT, List.of(TransferMode.LICENSING), null, title + "。", null, "440704")).id();
    }

    private ContractView registeredContract(String title) {
        LocalDate signed = LocalDate.now().minusDays(2);
        BigDecimal amount = new BigDecimal("1234567.89");
        ContractService contracts = context.getBean(ContractService.class);
        ContractView filed = contracts.create(enterprise, new NewContract(new ContractTerms(title,
                ContractType.TECHNOLOGY_DEVELOPMENT, ContractSubtype.COMMISSIONED, TechnologyField.ADVANCED_MANUFACTURING,
                new Buyer("深圳市示例买方有限公司", "91440300708461136T", "440300", "CN"), signed, signed,
                signed.plusYears(1), amount, amount), null, true));
        return contracts.register(official, filed.id(), null);
    }
}
