package cn.kjj.platform.browser;

import static org.assertj.core.api.Assertions.assertThat;

import cn.kjj.platform.PortalTest;
import cn.kjj.platform.TestAccounts;
import cn.kjj.platform.account.AccountService;
import cn.kjj.platform.account.NewAccount;
import cn.kjj.platform.common.ClockConfiguration;
import cn.kjj.platform.enterprise.AnnualFigures;
import cn.kjj.platform.enterprise.AnnualFiguresService;
import cn.kjj.platform.enterprise.CreditCode;
import cn.kjj.platform.enterprise.EnterpriseDetails;
import cn.kjj.platform.enterprise.EnterpriseService;
import cn.kjj.platform.enterprise.EnterpriseView;
import cn.kjj.platform.identity.AccountPrincipal;
import cn.kjj.platform.identity.Role;
import java.math.BigDecimal;
import java.time.Duration;
import java.time.LocalDate;
import java.util.Map;
import java.util.Set;
import java.util.concurrent.ThreadLocalRandom;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.extension.RegisterExtension;
import org.openqa.selenium.By;
import org.openqa.selenium.WebElement;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.context.ApplicationContext;
import org.springframework.security.core.userdetails.UserDetailsService;

/**
 * High-tech recognition in a real browser (headless Chromium): an enterprise enters the last
 * year's figures (after a mistake shown beside its field) and applies in this year's batch and
 * sees the application on its home; the district official finds it in the batch's list, reads
 * the conditions and recommends it; the city official records the pass with the certificate's
 * number; the certificate shows on the enterprise's ladder and the batch's pass rate counts it.
 * Screenshots go to {@code target/screenshots/high-tech-story/}. Skipped where no Chromium is installed.
 */
@PortalTest
class HighTechStoryBrowserTest {

    @RegisterExtension
    static final PortalBrowser browser = PortalBrowser.named("high-tech-story", Duration.ofSeconds(15));

    @Autowired
    ApplicationContext context;

    @Test
    void anEnterpriseAppliesTheDistrictRecommendsTheCityPassesAndTheCertificateAndPassRateAppear() {
        int batch = LocalDate.now(ClockConfiguration.BUREAU_ZONE).getYear();
        EnterpriseView enterprise = enterpriseWithTwoYearsOfFigures(batch);
        String username = "browser.hightech." + System.nanoTime() % 1_000_000_000L;
        context.getBean(AccountService.class).create(new NewAccount(username, TestAccounts.PASSWORD, "高企申报员",
                Set.of(Role.ENTERPRISE), null, enterprise.id()));

        // the enterprise enters last year's figures: a mistake first, shown beside its field
        browser.logIn(username, TestAccounts.PASSWORD);
        browser.open("/enterprises/" + enterprise.id() + "/high-tech?year=" + (batch - 1));
        fill(Map.of("revenue", "45000000", "salesRevenue", "44000000", "highTechIncome", "30000000",
                "rdExpense", "2300000", "rdExpenseDomestic", "2300000", "staff", "八十", "techStaff", "12",
                "inventionPatents", "2", "otherIp", "6", "profit", "300000"));
        fill(Map.of("taxPaid", "410000", "assets", "52000000"));
        browser.clickAndLoad(By.cssSelector(".figures-form button[type=submit]"));
        assertThat(browser.text(By.id("staff-error"))).isEqualTo("须为整数");
        browser.shot("figures-with-a-mistake");
        fill(Map.of("staff", "80"));
        browser.clickAndLoad(By.cssSelector(".figures-form button[type=submit]"));
        assertThat(browser.flash()).isEqualTo((batch - 1) + " 年度经营数据已保存。");
        WebElement rd = browser.driver().findElement(By.cssSelector("tr[data-code=RD_EXPENSE_SHARE]"));
        assertThat(rd.getText()).contains("符合");
        browser.shot("conditions-met");

        // it applies in this year's batch and its home says where the application stands
        browser.clickAndLoad(By.cssSelector(".apply-high-tech"));
        assertThat(browser.flash()).isEqualTo("已提交 " + batch + " 年度高新技术企业认定申请。");
        browser.open("/");
        assertThat(browser.text(By.cssSelector(".home-high-tech-application"))).contains(batch + " 年度认定申请", "已提交");
        browser.shot("enterprise-home");
        browser.logOut();

        // the district official finds it among the batch's applications, reads the conditions and recommends
        browser.logIn("official.jianghai", PortalBrowser.DEMO_PASSWORD);
        browser.open("/high-tech-applications?batchYear=" + batch + "&status=SUBMITTED");
        int passedBefore = Integer.parseInt(browser.text(By.cssSelector(".rate-passed")));
        browser.shot("district-list");
        browser.clickAndLoad(By.linkText(enterprise.name()));
        String applicationUrl = browser.driver().getCurrentUrl();
        assertThat(browser.driver().findElements(By.cssSelector(".criteria-table tbody tr"))).hasSize(9);
        assertThat(browser.text(By.cssSelector("tr[data-code=NO_MAJOR_ACCIDENT]"))).contains("无法判定");
        browser.click(By.cssSelector("#step-recommend > summary"));
        browser.driver().findElement(By.id("recommend-innovationScore")).sendKeys("80");
        browser.shot("district-recommends");
        browser.clickAndLoad(By.id("recommend-button"));
        assertThat(browser.flash()).isEqualTo("已推荐该企业参加 " + batch + " 年度认定。");
        assertThat(browser.text(By.cssSelector(".page-heading .application-status"))).isEqualTo("区科技局已推荐");
        browser.logOut();

        // the city official records the pass with the certificate's number
        String number = "GR" + batch + "44" + String.format("%06d", ThreadLocalRandom.current().nextInt(1_000_000));
        browser.logIn("official.city", PortalBrowser.DEMO_PASSWORD);
        browser.open(applicationUrl.substring(applicationUrl.indexOf("/high-tech-applications/")));
        browser.click(By.id("result-true"));
        browser.driver().findElement(By.id("result-certificateNo")).sendKeys(number);
        browser.shot("city-records-the-pass");
        browser.clickAndLoad(By.id("result-button"));
        assertThat(browser.flash()).isEqualTo("已录入认定结果。");
        assertThat(browser.text(By.cssSelector(".page-heading .application-status"))).isEqualTo("已通过认定");

        // the certificate is on the enterprise's ladder, and the batch's pass rate counts the pass
        browser.clickAndLoad(By.cssSelector(".application-certificate a"));
        assertThat(browser.text(By.cssSelector(".ladder-certificate"))).isEqualTo(number);
        assertThat(browser.text(By.cssSelector(".ladder-step--application"))).contains(batch + " 年度", "已通过认定");
        browser.shot("certificate-on-the-ladder");
        browser.open("/high-tech-applications?batchYear=" + batch + "&region=440704");
        assertThat(Integer.parseInt(browser.text(By.cssSelector(".rate-passed")))).isEqualTo(passedBefore + 1);
        assertThat(browser.text(By.cssSelector(".rate-value"))).endsWith("%");
        browser.shot("pass-rate");
        browser.logOut();
    }

    private void fill(Map<String, String> fields) {
        fields.forEach((id, value) -> {
            WebElement input = browser.driver().findElement(By.id(id));
            input.clear();
            input.sendKeys(value);
        });
    }

    /** A new Jianghai enterprise with good figures of the two years before last, entered by the administrator. */
    private EnterpriseView enterpriseWithTwoYearsOfFigures(int batch) {
        AccountPrincipal admin = ((AccountPrincipal) context.getBean(UserDetailsService.class)
                .loadUserByUsername("admin")).withoutPassword();
        StringBuilder digits = new StringBuilder();
        for (int i = 0; i < 8; i++) {
            digits.append(ThreadLocalRandom.current().nextInt(10));
        }
        EnterpriseView enterprise = context.getBean(EnterpriseService.class).create(admin, new EnterpriseDetails(
                "浏览器高企申报" + System.nanoTime() % 1_000_000_000L + "科技有限公司",
                CreditCode.withCheckCharacters("91440704" + digits).value(), "440704", "电子信息",
                LocalDate.of(2015, 6, 18), 80, 12, new BigDecimal("45000000.00"), new BigDecimal("2300000.00")));
        for (int year = batch - 3; year < batch - 1; year++) {
            context.getBean(AnnualFiguresService.class).record(admin, enterprise.id(), year, new AnnualFigures(
                    new BigDecimal("45000000"), new BigDecimal("44000000"), new BigDecimal("30000000"),
                    new BigDecimal("2300000"), new BigDecimal("2300000"), 80, 12, 2, 6, new BigDecimal("300000"),
                    new BigDecimal("410000"), new BigDecimal("52000000"), true), null);
        }
        return enterprise;
    }
}
