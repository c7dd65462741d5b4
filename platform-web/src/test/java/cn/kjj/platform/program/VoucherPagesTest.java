package cn.kjj.platform.program;

import static cn.kjj.platform.portal.RegistryPageFixtures.ENTERPRISE;
import static cn.kjj.platform.portal.RegistryPageFixtures.OFFICIAL;
import static cn.kjj.platform.portal.RegistryPageFixtures.html;
import static org.assertj.core.api.Assertions.assertThat;
import static org.springframework.security.test.web.servlet.request.SecurityMockMvcRequestPostProcessors.csrf;
import static org.springframework.security.test.web.servlet.request.SecurityMockMvcRequestPostProcessors.user;
import static org.springframework.test.web.servlet.request.MockMvcRequestBuilders.get;
import static org.springframework.test.web.servlet.request.MockMvcRequestBuilders.post;
import static org.springframework.test.web.servlet.result.MockMvcResultMatchers.flash;
import static org.springframework.test.web.servlet.result.MockMvcResultMatchers.redirectedUrl;
import static org.springframework.test.web.servlet.result.MockMvcResultMatchers.status;

import cn.kjj.platform.PortalTest;
import cn.kjj.platform.enterprise.CreditCode;
import cn.kjj.platform.identity.AccountPrincipal;
import cn.kjj.platform.portal.RegistryPageFixtures;
import java.time.LocalDate;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.context.ApplicationContext;
import org.springframework.jdbc.core.simple.JdbcClient;
import org.springframework.test.web.servlet.MockMvc;

/** Vouchers and the one-step subsidy in the portal, on the demo data. */
@PortalTest
class VoucherPagesTest {

    @Autowired
    MockMvc mvc;

    @Autowired
    ApplicationContext context;

    @Autowired
    JdbcClient jdbc;

    AccountPrincipal official;
    AccountPrincipal clerk;

    @BeforeEach
    void setUp() {
        RegistryPageFixtures fixtures = new RegistryPageFixtures(context);
        official = fixtures.principal(OFFICIAL);
        clerk = fixtures.principal(ENTERPRISE);
    }

    @Test
    void theEnterpriseSeesItsVouchersOnItsHomeAndOnlyThoseInTheList() throws Exception {
        assertThat(page("/", clerk)).contains("我的创新券").contains("¥50,000.00").contains("已兑付");
        String list = page("/vouchers", clerk);
        assertThat(list).contains("¥50,000.00").doesNotContain("¥60,000.00");
    }

    @Test
    void theOfficialsListAndTheProgramPageShowEveryState() throws Exception {
        assertThat(page("/vouchers?status=EXPIRED", official)).contains("已过期").contains("¥25,000.00")
                .doesNotContain("¥60,000.00");
        long program = jdbc.sql("""
                select id from program where name = extract(year from current_date)::int || '年江海区科技创新券'
                order by id desc limit 1""").query(Long.class).single();
        assertThat(page("/programs/" + program, official)).contains("创新券")
                .contains("6 张，¥225,000.00").contains("2 张，¥48,000.00").contains("1 张，¥25,000.00")
                .contains("发放创新券")
                // the expired voucher's 25,000 went back to the budget (decision 0051): 200,000 hold it
                .containsPattern("到期释放</dt>\\s*<dd[^>]*>1 张，¥25,000.00")
                .containsPattern("占用预算</dt>\\s*<dd[^>]*>¥200,000.00");
    }

    @Test
    void aVoucherIsIssuedRedeemedAndPaidFromItsPagesAndARedemptionAboveItComesBack() throws Exception {
        long program = program("INNOVATION_VOUCHER", "100000.00");
        mvc.perform(post("/programs/" + program + "/vouchers").with(user(official)).with(csrf())
                        .param("enterpriseCreditCode", RegistryPageFixtures.DEMO_ENTERPRISE_CODE)
                        .param("amount", "8000").param("validTo", LocalDate.now().plusMonths(3).toString()))
                .andExpect(redirectedUrl("/programs/" + program)).andExpect(flash().attributeExists("notice"));
        long voucher = jdbc.sql("select id from innovation_voucher where program_id = ?").param(program)
                .query(Long.class).single();
        String detail = "/vouchers/" + voucher;
        String provider = CreditCode.withCheckCharacters("12440700MB2C0001").value();

        mvc.perform(post(detail + "/redeem").with(user(clerk)).with(csrf()).param("providerName", "检测院")
                        .param("providerCreditCode", provider).param("amount", "9000"))
                .andExpect(redirectedUrl(detail)).andExpect(flash().attribute("failedStep", "redeem"))
                .andExpect(flash().attribute("error", org.hamcrest.Matchers.containsString("超出创新券面额")));
        mvc.perform(post(detail + "/redeem").with(user(clerk)).with(csrf()).param("providerName", "检测院")
                        .param("providerCreditCode", provider).param("amount", "7500"))
                .andExpect(redirectedUrl(detail)).andExpect(flash().attribute("notice", "已登记使用。"));
        mvc.perform(post(detail + "/pay").with(user(clerk)).with(csrf())).andExpect(status().isForbidden());
        mvc.perform(post(detail + "/pay").with(user(official)).with(csrf()))
                .andExpect(redirectedUrl(detail)).andExpect(flash().attribute("notice", "已兑付。"));
        assertThat(page(detail, clerk)).contains("已兑付").contains("¥7,500.00").contains("检测院");
    }

    @Test
    void theSubsidyIsPreviewedThenAwardedOnceFromTheProgramPage() throws Exception {
        long program = program("SUBSIDY", "100000000.00");
        int year = jdbc.sql("""
                select extract(year from h.issued_on)::int from high_tech_certification h
                join enterprise e on e.id = h.enterprise_id
                where h.kind = 'INITIAL' and h.revoked_on is null and e.region_code = '440704'
                group by 1 order by count(*) desc limit 1""").query(Integer.class).single();
        String path = "/programs/" + program;
        mvc.perform(post(path + "/newly-certified-subsidy/preview").with(user(official)).with(csrf())
                        .param("year", String.valueOf(year)).param("amount", "1000"))
                .andExpect(redirectedUrl(path)).andExpect(flash().attributeExists("subsidyPlan"));
        mvc.perform(post(path + "/newly-certified-subsidy").with(user(official)).with(csrf())
                        .param("year", String.valueOf(year)).param("amount", "1000"))
                .andExpect(redirectedUrl(path))
                .andExpect(flash().attribute("notice", org.hamcrest.Matchers.containsString("跳过已补贴的 0 家")));
        long awards = jdbc.sql("select count(*) from program_award where program_id = ?").param(program)
                .query(Long.class).single();
        assertThat(awards).isPositive();
        mvc.perform(post(path + "/newly-certified-subsidy").with(user(official)).with(csrf())
                        .param("year", String.valueOf(year)).param("amount", "1000"))
                .andExpect(flash().attribute("notice", org.hamcrest.Matchers.startsWith("已为 0 家企业")));
        assertThat(jdbc.sql("select count(*) from program_award where program_id = ?").param(program)
                .query(Long.class).single()).isEqualTo(awards);
        assertThat(page(path, official)).contains("新认定高新技术企业一次性补贴");
        mvc.perform(post(path + "/newly-certified-subsidy").with(user(clerk)).with(csrf())
                        .param("year", String.valueOf(year)).param("amount", "1000"))
                .andExpect(status().isForbidden());
    }

    /** A program of Jianghai in a year no published figure counts. */
    private long program(String kind, String budget) {
        return jdbc.sql("""
                insert into program (name, kind, region_code, year, budget)
                values (?, ?, '440704', 2099, ?) returning id""")
                .params(RegistryPageFixtures.unique("门户测试计划"), kind, new java.math.BigDecimal(budget))
                .query(Long.class).single();
    }

    private String page(String uri, AccountPrincipal who) throws Exception {
        return html(mvc.perform(get(uri).with(user(who))).andExpect(status().isOk()).andReturn());
    }
}
