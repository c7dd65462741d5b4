package cn.kjj.platform.browser;

import static org.assertj.core.api.Assertions.assertThat;

import cn.kjj.platform.PortalTest;
import cn.kjj.platform.common.ClockConfiguration;
import cn.kjj.platform.enterprise.CreditCode;
import cn.kjj.platform.identity.AccountPrincipal;
import cn.kjj.platform.program.NewApplication;
import cn.kjj.platform.program.ProgramApplicationService;
import cn.kjj.platform.program.ProgramCallService;
import java.math.BigDecimal;
import java.net.URLEncoder;
import java.nio.charset.StandardCharsets;
import java.time.Duration;
import java.time.LocalDate;
import java.util.List;
import java.util.regex.Matcher;
import java.util.regex.Pattern;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.extension.RegisterExtension;
import org.openqa.selenium.By;
import org.openqa.selenium.WebElement;
import org.openqa.selenium.support.ui.Select;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.context.ApplicationContext;
import org.springframework.jdbc.core.simple.JdbcClient;
import org.springframework.security.core.userdetails.UserDetailsService;

/**
 * The expert's and the voucher's journeys in a real browser (issue 15, decisions 0042 and 0043): an official
 * assigns the demo expert (黄伟, {@code expert.demo}) to an application under review; the expert signs in, sees
 * his own assignments only (another expert's review is not found), and scores it; the official sees it ranked
 * by that score on the call's ranking. An official issues a voucher to the demo enterprise, the enterprise
 * redeems it at a service provider, the official pays it, and the program's page counts it as issued, redeemed
 * and paid. Screenshots go to {@code target/screenshots/expert-voucher/}. Skipped where no Chromium is installed.
 */
@PortalTest
class ExpertAndVoucherBrowserTest {

    @RegisterExtension
    static final PortalBrowser browser = PortalBrowser.named("expert-voucher", Duration.ofSeconds(15));

    private static final Pattern FIGURE = Pattern.compile("(\\d+) 张，¥([0-9,]+\\.\\d{2})");

    @Autowired
    ApplicationContext context;

    @Autowired
    JdbcClient jdbc;

    @Test
    void anAssignedExpertSeesOnlyHisReviewsScoresOneAndTheOfficialSeesItRanked() {
        LocalDate today = LocalDate.now(ClockConfiguration.BUREAU_ZONE);
        String program = today.getYear() + "年江海区科技计划项目";
        long call = jdbc.sql("""
                select c.id from program_call c join program p on p.id = c.program_id
                where p.name = ? and c.opens_on <= ? and c.closes_on >= ? order by c.id limit 1""")
                .params(program, today, today).query(Long.class).single();
        String title = "浏览器专家评审-" + System.nanoTime();
        long application = underReview(program, call, title);

        // the official assigns 黄伟, expert.demo's expert, to the application
        browser.logIn("official.jianghai", PortalBrowser.DEMO_PASSWORD);
        browser.open("/program-applications/" + application);
        Select experts = new Select(browser.driver().findElement(By.id("review-expert")));
        WebElement huang = experts.getOptions().stream().filter(o -> o.getText().startsWith("黄伟"))
                .findFirst().orElseThrow();
        experts.selectByValue(huang.getDomProperty("value"));
        browser.clickAndLoad(By.cssSelector("form.review-assign button[type=submit]"));
        assertThat(browser.flash()).isEqualTo("已办理。");
        browser.logOut();

        // the expert sees his assignments, this one among them, and no one else's
        browser.logIn("expert.demo", PortalBrowser.DEMO_PASSWORD);
        browser.open("/expert-reviews");
        List<String> listed = browser.driver().findElements(By.cssSelector(".expert-reviews-table tbody tr a"))
                .stream().map(WebElement::getText).toList();
        assertThat(listed).contains(title).hasSize(count("""
                select count(*) from program_review r join account a on a.expert_id = r.expert_id
                where a.username = 'expert.demo'"""));
        long others = jdbc.sql("""
                select min(r.id) from program_review r where r.expert_id <> (select expert_id from account
                where username = 'expert.demo')""").query(Long.class).single();
        browser.open("/expert-reviews/" + others);
        assertThat(browser.text(By.tagName("body"))).contains("状态码 404").doesNotContain("提交评分");
        browser.shot("expert-list");

        browser.open("/expert-reviews");
        browser.clickAndLoad(By.linkText(title));
        browser.driver().findElement(By.id("score")).sendKeys("97");
        browser.driver().findElement(By.id("comment")).sendKeys("技术路线清晰，指标先进");
        browser.clickAndLoad(By.cssSelector("form.form button[type=submit]"));
        assertThat(browser.flash()).isEqualTo("评分已提交。");
        browser.shot("expert-scored");
        browser.logOut();

        // the official sees the application ranked by its mean score
        browser.logIn("official.jianghai", PortalBrowser.DEMO_PASSWORD);
        browser.open("/program-calls/" + call + "/ranking");
        WebElement row = browser.driver().findElements(By.cssSelector(".ranking-table tbody tr")).stream()
                .filter(r -> r.getText().contains(title)).findFirst().orElseThrow();
        assertThat(row.getText()).contains("97");
        browser.shot("ranking");
        browser.logOut();
    }

    @Test
    void aVoucherIssuedByAnOfficialIsRedeemedByTheEnterprisePaidAndCountedOnTheProgramPage() {
        String program = LocalDate.now(ClockConfiguration.BUREAU_ZONE).getYear() + "年江海区科技创新券";
        String enterpriseCode = jdbc.sql("""
                select e.credit_code from enterprise e join account a on a.enterprise_id = e.id
                where a.username = 'enterprise.demo'""").query(String.class).single();

        browser.logIn("official.jianghai", PortalBrowser.DEMO_PASSWORD);
        browser.open("/programs?q=" + URLEncoder.encode(program, StandardCharsets.UTF_8));
        browser.clickAndLoad(By.linkText(program));
        String programPage = browser.driver().getCurrentUrl();
        Figure issuedBefore = figure("issued");
        Figure paidBefore = figure("paid");
        browser.driver().findElement(By.id("voucher-enterpriseCreditCode")).sendKeys(enterpriseCode);
        browser.driver().findElement(By.id("voucher-amount")).sendKeys("12000");
        browser.clickAndLoad(By.cssSelector("form.voucher-issue-form button[type=submit]"));
        Matcher issued = Pattern.compile("No\\. (\\d+)").matcher(browser.flash());
        assertThat(issued.find()).as(browser.flash()).isTrue();
        String voucher = "/vouchers/" + issued.group(1);
        browser.logOut();

        // the holder redeems it at a provider for less than its face value
        browser.logIn("enterprise.demo", PortalBrowser.DEMO_PASSWORD);
        browser.open(voucher);
        browser.click(By.cssSelector("#step-redeem > summary"));
        browser.driver().findElement(By.id("redeem-providerName")).sendKeys("江门市检验检测认证研究院");
        browser.driver().findElement(By.id("redeem-providerCreditCode"))
                .sendKeys(CreditCode.withCheckCharacters("12440700MB2C0000").value());
        browser.driver().findElement(By.id("redeem-amount")).sendKeys("9500.50");
        browser.clickAndLoad(By.cssSelector("#step-redeem button[type=submit]"));
        assertThat(browser.text(By.cssSelector(".voucher-redeemed"))).contains("9,500.50");
        browser.logOut();

        // the office pays it; the program counts it issued and paid
        browser.logIn("official.jianghai", PortalBrowser.DEMO_PASSWORD);
        browser.open(voucher);
        browser.click(By.cssSelector("#step-pay > summary"));
        browser.clickAndLoad(By.cssSelector("#step-pay button[type=submit]"));
        assertThat(browser.text(By.cssSelector(".voucher-paid"))).contains("9,500.50");
        browser.shot("voucher-paid");
        browser.driver().get(programPage);
        Figure issuedAfter = figure("issued");
        Figure paidAfter = figure("paid");
        assertThat(issuedAfter.count() - issuedBefore.count()).isEqualTo(1);
        assertThat(issuedAfter.amount().subtract(issuedBefore.amount())).isEqualByComparingTo("12000.00");
        assertThat(paidAfter.count() - paidBefore.count()).isEqualTo(1);
        assertThat(paidAfter.amount().subtract(paidBefore.amount())).isEqualByComparingTo("9500.50");
        browser.shot("program-figures");
        browser.logOut();
    }

    /** A new application of the demo enterprise to the call, with its documents, passed by the formal check. */
    private long underReview(String program, long call, String title) {
        AccountPrincipal enterprise = principal("enterprise.demo");
        ProgramApplicationService applications = context.getBean(ProgramApplicationService.class);
        long programId = jdbc.sql("select program_id from program_call where id = ?").param(call)
                .query(Long.class).single();
        long id = applications.apply(enterprise, programId, new NewApplication(call, title,
                new BigDecimal("150000.00"), "浏览器测试")).id();
        for (String document : context.getBean(ProgramCallService.class).call(enterprise, call).requiredDocuments()) {
            applications.attach(enterprise, id, document, "申报材料.pdf",
                    "%PDF-1.4\n%browser\n".getBytes(StandardCharsets.US_ASCII));
        }
        applications.accept(principal("official.jianghai"), id, null);
        return id;
    }

    private AccountPrincipal principal(String username) {
        return ((AccountPrincipal) context.getBean(UserDetailsService.class).loadUserByUsername(username))
                .withoutPassword();
    }

    private int count(String sql) {
        return jdbc.sql(sql).query(Integer.class).single();
    }

    /** One of the program page's voucher figures ("3 张，¥60,000.00"). */
    private Figure figure(String which) {
        Matcher m = FIGURE.matcher(browser.text(By.cssSelector(".voucher-figures__" + which)));
        assertThat(m.find()).as(which).isTrue();
        return new Figure(Integer.parseInt(m.group(1)), new BigDecimal(m.group(2).replace(",", "")));
    }

    private record Figure(int count, BigDecimal amount) {
    }
}
