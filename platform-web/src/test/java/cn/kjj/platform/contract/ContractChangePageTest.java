package cn.kjj.platform.contract;

import static org.assertj.core.api.Assertions.assertThat;
import static org.springframework.security.test.web.servlet.request.SecurityMockMvcRequestPostProcessors.csrf;
import static org.springframework.security.test.web.servlet.request.SecurityMockMvcRequestPostProcessors.user;
import static org.springframework.test.web.servlet.request.MockMvcRequestBuilders.get;
import static org.springframework.test.web.servlet.request.MockMvcRequestBuilders.post;

import cn.kjj.platform.PortalTest;
import cn.kjj.platform.identity.AccountPrincipal;
import java.math.BigDecimal;
import java.nio.charset.StandardCharsets;
import org.junit.jupiter.api.Test;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.context.ApplicationContext;
import org.springframework.jdbc.core.simple.JdbcClient;
import org.springframework.mock.web.MockHttpServletResponse;
import org.springframework.test.web.servlet.MockMvc;

/**
 * Change, cancellation and objection in the portal (decision 0034): the application form answers bad
 * input beside the field and stores nothing, the registering office approves a cancellation on the
 * contract's page and the public verification page then says the registration is cancelled; the
 * queue lists what waits; an objection of another office reaches it.
 */
@PortalTest
class ContractChangePageTest {

    @Autowired
    MockMvc mvc;
    @Autowired
    ApplicationContext context;
    @Autowired
    ContractService contracts;
    @Autowired
    JdbcClient jdbc;

    private AccountPrincipal me(String username) {
        return new ContractPageFixtures(context).principal(username);
    }

    private long registered() {
        ContractView filed = contracts.create(me(ContractPageFixtures.ENTERPRISE), new NewContract(
                ContractPageFixtures.terms(ContractPageFixtures.unique("变更页测试"), ContractPageFixtures.randomAmount()),
                null, true));
        return contracts.register(me(ContractPageFixtures.OFFICIAL), filed.id(), null).id();
    }

    /** An official of another office (Pengjiang), as an account row of its own. */
    private AccountPrincipal pengjiangOfficial() {
        String username = ContractPageFixtures.unique("pengjiang.");
        long id = jdbc.sql("""
                        insert into account (username, password_hash, display_name, roles, region_code)
                        values (?, 'x', '蓬江区科技局审核员', array['OFFICIAL']::varchar(20)[], ?) returning id""")
                .params(username, ContractPageFixtures.PENGJIANG).query(Long.class).single();
        return new AccountPrincipal(id, username, "蓬江区科技局审核员", java.util.Set.of(cn.kjj.platform.identity.Role.OFFICIAL),
                ContractPageFixtures.PENGJIANG, null, true, null);
    }

    private static String text(MockHttpServletResponse response) throws Exception {
        return response.getContentAsString(StandardCharsets.UTF_8);
    }

    @Test
    void aChangeWithATextAmountIsAnsweredBesideTheFieldAndStoresNothing() throws Exception {
        long id = registered();
        long before = jdbc.sql("select count(*) from contract_change").query(Long.class).single();

        MockHttpServletResponse response = mvc.perform(post("/contracts/{id}/changes", id)
                .with(user(me(ContractPageFixtures.ENTERPRISE))).with(csrf())
                .param("kind", "CHANGE").param("reason", "补充协议").param("contractAmount", "四百万"))
                .andReturn().getResponse();

        assertThat(response.getStatus()).isEqualTo(400);
        assertThat(text(response)).contains("id=\"contractAmount-error\"").contains("value=\"四百万\"")
                .contains("补充协议");
        assertThat(jdbc.sql("select count(*) from contract_change").query(Long.class).single()).isEqualTo(before);
    }

    @Test
    void anApprovedCancellationIsShownOnThePublicVerificationPage() throws Exception {
        long id = registered();
        mvc.perform(post("/contracts/{id}/changes", id).with(user(me(ContractPageFixtures.ENTERPRISE))).with(csrf())
                .param("kind", "CANCEL").param("reason", "合同已协议解除"));
        long change = jdbc.sql("select id from contract_change where contract_id = ? and status = 'PENDING'")
                .param(id).query(Long.class).single();
        String queue = text(mvc.perform(get("/review/requests").with(user(me(ContractPageFixtures.OFFICIAL))))
                .andReturn().getResponse());
        assertThat(queue).contains("合同已协议解除");

        MockHttpServletResponse approved = mvc.perform(post("/contracts/{id}/changes/{cid}/approve", id, change)
                .with(user(me(ContractPageFixtures.OFFICIAL))).with(csrf()).param("reason", "终止协议已核验"))
                .andReturn().getResponse();

        assertThat(approved.getRedirectedUrl()).isEqualTo("/contracts/" + id);
        String detail = text(mvc.perform(get("/contracts/{id}", id).with(user(me(ContractPageFixtures.ENTERPRISE))))
                .andReturn().getResponse());
        assertThat(detail).contains("已注销").contains("终止协议已核验");
        String token = jdbc.sql("select verification_token from technology_contract where id = ?").param(id)
                .query(String.class).single();
        String page = text(mvc.perform(get("/verify/{token}", token)).andReturn().getResponse());
        assertThat(page).contains("已注销").contains("登记证明不再有效");
    }

    @Test
    void anApprovedChangeIsShownAsChangedOnTheVerificationPageWithTheNewAmount() throws Exception {
        long id = registered();
        mvc.perform(post("/contracts/{id}/changes", id).with(user(me(ContractPageFixtures.ENTERPRISE))).with(csrf())
                .param("kind", "CHANGE").param("reason", "补充协议").param("contractAmount", "98765432.10"));
        long change = jdbc.sql("select id from contract_change where contract_id = ? and status = 'PENDING'")
                .param(id).query(Long.class).single();
        mvc.perform(post("/contracts/{id}/changes/{cid}/approve", id, change)
                .with(user(me(ContractPageFixtures.OFFICIAL))).with(csrf()));

        String token = jdbc.sql("select verification_token from technology_contract where id = ?").param(id)
                .query(String.class).single();
        String page = text(mvc.perform(get("/verify/{token}", token)).andReturn().getResponse());
        assertThat(page).contains("办理变更登记").contains("已变更").contains("98,765,432.10");
    }

    @Test
    void anObjectionOfAnotherOfficeIsRecordedAndWaitsInTheRegisteringOfficesQueue() throws Exception {
        long id = registered();
        String number = jdbc.sql("select registration_no from technology_contract where id = ?").param(id)
                .query(String.class).single();
        AccountPrincipal other = pengjiangOfficial();

        MockHttpServletResponse raised = mvc.perform(post("/contracts/objections").with(user(other)).with(csrf())
                .param("registrationNo", number).param("reason", "税务核查：技术交易额含设备款")).andReturn().getResponse();
        MockHttpServletResponse unknown = mvc.perform(post("/contracts/objections").with(user(other)).with(csrf())
                .param("registrationNo", "2099440704999999").param("reason", "不存在")).andReturn().getResponse();

        assertThat(raised.getRedirectedUrl()).isEqualTo("/contracts/objections/new");
        assertThat(unknown.getStatus()).isEqualTo(404);
        String queue = text(mvc.perform(get("/review/requests").with(user(me(ContractPageFixtures.OFFICIAL))))
                .andReturn().getResponse());
        assertThat(queue).contains("税务核查：技术交易额含设备款").contains(number);
    }
}
