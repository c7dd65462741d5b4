package cn.kjj.platform.browser;

import static org.assertj.core.api.Assertions.assertThat;

import cn.kjj.platform.PortalTest;
import java.io.IOException;
import java.math.BigDecimal;
import java.net.URLEncoder;
import java.nio.charset.StandardCharsets;
import java.nio.file.Path;
import java.time.Duration;
import java.time.LocalDate;
import java.time.ZoneId;
import org.apache.pdfbox.pdmodel.PDDocument;
import org.apache.pdfbox.pdmodel.PDPage;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.extension.RegisterExtension;
import org.openqa.selenium.By;
import org.openqa.selenium.WebElement;
import org.openqa.selenium.chrome.ChromeDriver;
import org.openqa.selenium.support.ui.Select;

/**
 * A program's money in a real browser (headless Chromium) against the running portal (issue 15): the
 * demo enterprise applies to Jianghai's open call (a missing amount first comes back beside its field) and attaches the
 * required documents; an official passes the formal check, assigns an expert and records the score,
 * approves (an amount above the one requested comes back beside the field), pays two tranches around the
 * mid-term check and accepts the project. A second application is approved, paid and terminated with a
 * recovery, and the program-funding indicator of Jianghai shows the recovered money and the net paid
 * grow by exactly what this story booked. Screenshots go to {@code target/screenshots/program-story/}.
 * Skipped where no Chromium is installed.
 */
@PortalTest
class ProgramStoryBrowserTest {

    @RegisterExtension
    static final PortalBrowser browser = PortalBrowser.named("program-story", Duration.ofSeconds(15));

    private static final String JIANGHAI = "440704";
    private static Path document;

    @BeforeAll
    static void writeDocument() throws IOException {
        document = browser.workDir().resolve("项目申报书.pdf");
        try (PDDocument pdf = new PDDocument()) {
            pdf.addPage(new PDPage());
            pdf.save(document.toFile());
        }
    }

    @Test
    void oneApplicationGoesFromSubmissionToAcceptanceAndAnotherToTerminationWithARecoveryTheIndicatorCounts() {
        int year = LocalDate.now(ZoneId.of("Asia/Shanghai")).getYear();
        logIn("official.jianghai");
        Funding before = funding(year);
        logOut();

        // the enterprise applies: first with nothing typed, then properly, and attaches both documents
        logIn("enterprise.demo");
        String accepted = apply(year, "浏览器故事-伺服驱动器-" + System.nanoTime(), "300000.00", true);
        String terminated = apply(year, "浏览器故事-节能电机-" + System.nanoTime(), "200000.00", false);
        logOut();

        // the official: formal check, an expert and the score, approval, tranches, mid-term, acceptance
        logIn("official.jianghai");
        open(accepted);
        step("accept");
        assertThat(text(By.cssSelector(".status-badge"))).isEqualTo("专家评审中");
        new Select(driver().findElement(By.id("review-expert"))).selectByIndex(1);
        browser.clickAndLoad(By.cssSelector("form.review-assign button[type=submit]"));
        assertThat(flash()).isEqualTo("已办理。");
        driver().findElement(By.cssSelector("form.review-score input[name=score]")).sendKeys("88");
        driver().findElement(By.cssSelector("form.review-score input[name=comment]")).sendKeys("技术路线清晰，指标可考核");
        browser.clickAndLoad(By.cssSelector("form.review-score button[type=submit]"));
        assertThat(text(By.cssSelector(".reviews-table tbody"))).contains("88", "技术路线清晰");
        shot("expert-scored");

        browser.click(By.cssSelector("#step-approve > summary"));
        driver().findElement(By.id("approve-amount")).sendKeys("300000.01");
        browser.clickAndLoad(By.cssSelector("#step-approve button[type=submit]"));
        assertThat(text(By.id("approve-amount-error"))).isEqualTo("立项金额不能超过申请金额");
        shot("approval-above-requested");
        WebElement amount = driver().findElement(By.id("approve-amount"));
        amount.clear();
        amount.sendKeys("280000.00");
        browser.clickAndLoad(By.cssSelector("#step-approve button[type=submit]"));
        assertThat(text(By.cssSelector(".status-badge"))).isEqualTo("已立项");

        pay("140000.00", LocalDate.of(year, 1, 15));
        browser.click(By.cssSelector("#step-midterm > summary"));
        new Select(driver().findElement(By.id("midterm-passed"))).selectByValue("true");
        driver().findElement(By.id("midterm-note")).sendKeys("进度符合计划");
        browser.clickAndLoad(By.cssSelector("#step-midterm button[type=submit]"));
        assertThat(text(By.cssSelector(".status-badge"))).isEqualTo("中期检查通过");
        pay("140000.00", LocalDate.of(year, 1, 20));
        browser.click(By.cssSelector("#step-complete > summary"));
        new Select(driver().findElement(By.id("complete-result"))).selectByValue("PASSED");
        browser.clickAndLoad(By.cssSelector("#step-complete button[type=submit]"));
        assertThat(text(By.cssSelector(".status-badge"))).isEqualTo("验收通过");
        assertThat(text(By.cssSelector(".application-paid"))).contains("280,000.00");
        assertThat(text(By.cssSelector(".application-history"))).contains("形式审查通过", "立项", "拨付", "中期检查", "验收");
        shot("accepted");

        // the second: approved, one tranche, terminated with 60,000 yuan recovered
        open(terminated);
        step("accept");
        browser.click(By.cssSelector("#step-approve > summary"));
        driver().findElement(By.id("approve-amount")).sendKeys("200000.00");
        browser.clickAndLoad(By.cssSelector("#step-approve button[type=submit]"));
        pay("100000.00", LocalDate.of(year, 1, 15));
        browser.click(By.cssSelector("#step-terminate > summary"));
        driver().findElement(By.id("terminate-recovered")).sendKeys("100000.01");
        driver().findElement(By.id("terminate-reason")).sendKeys("承担单位停产，项目无法继续实施");
        browser.clickAndLoad(By.cssSelector("#step-terminate button[type=submit]"));
        assertThat(text(By.cssSelector(".flash-error"))).contains("超出已拨付的");
        assertThat(text(By.cssSelector(".status-badge"))).isEqualTo("已立项");
        assertThat(driver().findElement(By.id("terminate-reason")).getDomProperty("value"))
                .as("the reason typed is kept").isEqualTo("承担单位停产，项目无法继续实施");
        WebElement recovered = driver().findElement(By.id("terminate-recovered"));
        recovered.clear();
        recovered.sendKeys("60000.00");
        browser.clickAndLoad(By.cssSelector("#step-terminate button[type=submit]"));
        assertThat(text(By.cssSelector(".status-badge"))).isEqualTo("已终止");
        assertThat(text(By.cssSelector(".application-recovered"))).contains("60,000.00");
        shot("terminated-with-recovery");

        // the indicator of Jianghai's programs of the year: recovered and net moved by this story's money
        Funding after = funding(year);
        shot("funding-indicator");
        assertThat(after.recovered().subtract(before.recovered())).isEqualByComparingTo("60000.00");
        assertThat(after.disbursed().subtract(before.disbursed())).isEqualByComparingTo("380000.00");
        assertThat(after.net().subtract(before.net())).isEqualByComparingTo("320000.00");
    }

    /** Applies to Jianghai's open call of the year and attaches the two documents; answers the path. */
    private String apply(int year, String title, String requested, boolean showMistakes) {
        String program = year + "年江海区科技计划项目";
        open("/programs?q=" + URLEncoder.encode(program, StandardCharsets.UTF_8));
        browser.clickAndLoad(By.linkText(program));
        browser.clickAndLoad(By.linkText("在线申报"));
        if (showMistakes) {
            browser.clickAndLoad(By.cssSelector("form.form button[type=submit]"));
            assertThat(text(By.id("requestedAmount-error"))).isEqualTo("必填");
            shot("apply-mistakes");
        }
        WebElement titleField = driver().findElement(By.id("title"));
        titleField.clear();
        titleField.sendKeys(title);
        driver().findElement(By.id("requestedAmount")).sendKeys(requested);
        driver().findElement(By.id("summary")).sendKeys("攻克高精度控制算法，形成自主知识产权");
        browser.clickAndLoad(By.cssSelector("form.form button[type=submit]"));
        assertThat(flash()).startsWith("已提交申报");
        for (String name : new String[] {"项目申报书", "营业执照"}) {
            new Select(driver().findElement(By.id("document"))).selectByVisibleText(name);
            driver().findElement(By.id("file")).sendKeys(document.toString());
            browser.clickAndLoad(By.cssSelector("form.upload-form button[type=submit]"));
            assertThat(flash()).contains("项目申报书.pdf");
        }
        assertThat(text(By.cssSelector(".application-missing"))).isEqualTo("—");
        if (showMistakes) {
            shot("submitted-with-documents");
        }
        String url = driver().getCurrentUrl();
        return url.substring(url.indexOf("/program-applications/"));
    }

    private void step(String step) {
        browser.click(By.cssSelector("#step-" + step + " > summary"));
        browser.clickAndLoad(By.cssSelector("#step-" + step + " button[type=submit]"));
        assertThat(flash()).isEqualTo("已办理。");
    }

    private void pay(String amount, LocalDate paidOn) {
        browser.click(By.cssSelector("#step-disburse > summary"));
        driver().findElement(By.id("disburse-amount")).sendKeys(amount);
        driver().executeScript("arguments[0].value = arguments[1];", driver().findElement(By.id("disburse-paidOn")),
                paidOn.toString());
        browser.clickAndLoad(By.cssSelector("#step-disburse button[type=submit]"));
        assertThat(flash()).isEqualTo("已办理。");
    }

    /** Jianghai's programs of kind OTHER in the year, as the indicators page shows them. */
    private Funding funding(int year) {
        open("/indicators?region=" + JIANGHAI + "&from=" + year + "&to=" + year);
        String row = "#table-funding tr[data-period='" + year + "'][data-kind='OTHER'] ";
        return new Funding(money(row + ".funding-disbursed"), money(row + ".funding-recovered"),
                money(row + ".funding-net"));
    }

    private BigDecimal money(String css) {
        return new BigDecimal(text(By.cssSelector(css)).replaceAll("[^0-9.\\-]", ""));
    }

    private record Funding(BigDecimal disbursed, BigDecimal recovered, BigDecimal net) {
    }

    private ChromeDriver driver() {
        return browser.driver();
    }

    private void logIn(String username) {
        browser.logIn(username, PortalBrowser.DEMO_PASSWORD);
    }

    private void logOut() {
        browser.logOut();
    }

    private void open(String path) {
        browser.open(path);
    }

    private String text(By by) {
        return browser.text(by);
    }

    private String flash() {
        return browser.flash();
    }

    private void shot(String name) {
        browser.shot(name);
    }
}
