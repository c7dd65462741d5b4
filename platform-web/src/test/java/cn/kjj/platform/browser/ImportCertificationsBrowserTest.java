package cn.kjj.platform.browser;

import static org.assertj.core.api.Assertions.assertThat;
import static org.junit.jupiter.api.Assumptions.assumeTrue;

import cn.kjj.platform.PortalTest;
import cn.kjj.platform.common.ClockConfiguration;
import cn.kjj.platform.enterprise.CreditCode;
import java.io.File;
import java.io.IOException;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.nio.file.StandardCopyOption;
import java.time.Duration;
import java.time.LocalDate;
import java.util.ArrayList;
import java.util.Comparator;
import java.util.List;
import java.util.concurrent.ThreadLocalRandom;
import java.util.stream.Stream;
import org.junit.jupiter.api.AfterAll;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.Test;
import org.openqa.selenium.By;
import org.openqa.selenium.Dimension;
import org.openqa.selenium.OutputType;
import org.openqa.selenium.WebElement;
import org.openqa.selenium.chrome.ChromeDriver;
import org.openqa.selenium.chrome.ChromeDriverService;
import org.openqa.selenium.chrome.ChromeOptions;
import org.openqa.selenium.support.ui.ExpectedConditions;
import org.openqa.selenium.support.ui.WebDriverWait;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.boot.test.web.server.LocalServerPort;
import org.springframework.jdbc.core.simple.JdbcClient;

/**
 * An official imports a file of high-tech certificates in a real browser (headless Chromium),
 * follows the job to its end, and then finds the certificates that expire within 180 days in
 * the renewal pipeline, and not the others. Screenshots go to {@code target/screenshots/import/}.
 * Skipped where no Chromium is installed.
 */
@PortalTest
class ImportCertificationsBrowserTest {

    private static final Path CHROMIUM = Path.of("/usr/bin/chromium");
    private static final Path CHROMEDRIVER = Path.of("/usr/bin/chromedriver");
    private static final Path SCREENSHOTS = Path.of("target/screenshots/import");
    private static final Duration PATIENCE = Duration.ofSeconds(20);
    private static final String JIANGHAI = "440704";

    private static ChromeDriver browser;
    private static Path workDir;

    @LocalServerPort
    int port;

    @Autowired
    JdbcClient jdbc;

    private WebDriverWait wait;
    private int step;

    /** An enterprise of the test with the certificate the file gives it. */
    private record Firm(String name, String creditCode, String certificateNo, LocalDate expiresOn) {
    }

    @BeforeAll
    static void startBrowser() throws IOException {
        assumeTrue(Files.isExecutable(CHROMIUM), "browser test skipped: no Chromium at " + CHROMIUM
                + " (apt-get install chromium chromium-driver)");
        assumeTrue(Files.isExecutable(CHROMEDRIVER), "browser test skipped: no chromedriver at " + CHROMEDRIVER
                + " (apt-get install chromium-driver)");
        workDir = Files.createTempDirectory("import-browser");
        ChromeOptions options = new ChromeOptions();
        options.setBinary(CHROMIUM.toString());
        options.addArguments("--headless=new", "--no-sandbox", "--disable-gpu", "--disable-dev-shm-usage",
                "--disable-background-networking", "--disable-component-update", "--disable-sync",
                "--no-first-run", "--window-size=1280,900", "--lang=zh-CN",
                "--user-data-dir=" + workDir.resolve("profile"));
        ChromeDriverService service = new ChromeDriverService.Builder()
                .usingDriverExecutable(new File(CHROMEDRIVER.toString()))
                .usingAnyFreePort()
                .build();
        browser = new ChromeDriver(service, options);
        Files.createDirectories(SCREENSHOTS);
        try (Stream<Path> old = Files.list(SCREENSHOTS)) {
            for (Path png : old.filter(p -> p.toString().endsWith(".png")).toList()) {
                Files.delete(png);
            }
        }
    }

    @AfterAll
    static void quitBrowser() throws IOException {
        if (browser != null) {
            browser.quit();
        }
        if (workDir != null && Files.exists(workDir)) {
            try (Stream<Path> files = Files.walk(workDir)) {
                files.sorted(Comparator.reverseOrder()).map(Path::toFile).forEach(File::delete);
            }
        }
    }

    @Test
    void anOfficialImportsACertificationsFileAndFindsTheExpiringOnesInTheRenewalPipeline() throws Exception {
        wait = new WebDriverWait(browser, PATIENCE);
        LocalDate today = LocalDate.now(ClockConfiguration.BUREAU_ZONE);
        List<Firm> expiring = List.of(firm("浏览器导入即将到期甲", today.plusDays(9)),
                firm("浏览器导入即将到期乙", today.plusDays(12)));
        List<Firm> later = List.of(firm("浏览器导入远期丙", today.plusDays(500)),
                firm("浏览器导入远期丁", today.plusDays(800)));
        List<Firm> all = new ArrayList<>(expiring);
        all.addAll(later);
        Path file = certificationsFile(all);

        logIn("official.jianghai");
        click(By.linkText("导入数据"));
        wait.until(ExpectedConditions.urlContains("/imports"));
        clickAndLoad(By.linkText("高新技术企业认定"));
        assertThat(browser.findElement(By.tagName("h1")).getText()).isEqualTo("导入：高新技术企业认定");
        browser.findElement(By.id("file")).sendKeys(file.toString());
        shot("certifications-import-page");
        clickAndLoad(By.cssSelector("form.import-upload button[type=submit]"));

        WebElement done = wait.until(ExpectedConditions.visibilityOfElementLocated(By.cssSelector(".import-done")));
        assertThat(done.getText()).isEqualTo("已导入全部 4 行：新建 4 条，修订 0 条。");
        assertThat(browser.findElement(By.id("import-status")).getText()).isEqualTo("已导入");
        shot("job-done");

        clickAndLoad(By.linkText("查看即将到期的认定（复审跟踪）"));
        assertThat(browser.getCurrentUrl()).contains("/certifications/expiring");
        String pipeline = browser.findElement(By.tagName("main")).getText();
        for (Firm firm : expiring) {
            assertThat(pipeline).contains(firm.name(), firm.certificateNo());
        }
        for (Firm firm : later) {
            assertThat(pipeline).doesNotContain(firm.name());
        }
        shot("renewal-pipeline");
    }

    private Firm firm(String prefix, LocalDate expiresOn) {
        String organisation = String.format("%08d", ThreadLocalRandom.current().nextInt(100_000_000));
        String name = prefix + organisation;
        String code = CreditCode.withCheckCharacters("91" + JIANGHAI + organisation).value();
        jdbc.sql("insert into enterprise (name, credit_code, region_code) values (?, ?, ?)")
                .params(name, code, JIANGHAI).update();
        String number = "GR8" + String.format("%011d", ThreadLocalRandom.current().nextLong(100_000_000_000L));
        return new Firm(name, code, number, expiresOn);
    }

    /** The file as an official would save it from a spreadsheet: CSV UTF-8 with a BOM, the template's header. */
    private static Path certificationsFile(List<Firm> firms) throws IOException {
        StringBuilder csv = new StringBuilder("\uFEFF统一社会信用代码,证书编号,认定类型,发证日期,到期日期\r\n");
        for (Firm firm : firms) {
            LocalDate issuedOn = firm.expiresOn().minusYears(3).plusDays(1);
            csv.append(firm.creditCode()).append(',').append(firm.certificateNo()).append(",首次认定,")
                    .append(issuedOn).append(',').append(firm.expiresOn()).append("\r\n");
        }
        Path file = workDir.resolve("高企认定名单.csv");
        Files.writeString(file, csv, StandardCharsets.UTF_8);
        return file;
    }

    private void logIn(String username) {
        browser.get("http://localhost:" + port + "/login");
        browser.findElement(By.id("username")).sendKeys(username);
        browser.findElement(By.id("password")).sendKeys("demo");
        clickAndLoad(By.cssSelector("form.form button[type=submit]"));
        wait.until(ExpectedConditions.presenceOfElementLocated(By.cssSelector(".user-menu__name")));
    }

    private void click(By by) {
        wait.until(ExpectedConditions.elementToBeClickable(by)).click();
    }

    private void clickAndLoad(By by) {
        WebElement page = browser.findElement(By.tagName("html"));
        click(by);
        wait.until(ExpectedConditions.stalenessOf(page));
    }

    private void shot(String name) throws IOException {
        Dimension window = browser.manage().window().getSize();
        Number height = (Number) browser.executeScript(
                "return Math.max(document.body.scrollHeight, document.documentElement.scrollHeight);");
        browser.manage().window().setSize(new Dimension(window.getWidth(), Math.max(900, height.intValue() + 120)));
        browser.executeScript("window.scrollTo(0, 0);");
        File png = browser.getScreenshotAs(OutputType.FILE);
        step++;
        Files.copy(png.toPath(), SCREENSHOTS.resolve(String.format("%02d-%s.png", step, name)),
                StandardCopyOption.REPLACE_EXISTING);
        browser.manage().window().setSize(window);
    }
}
