package cn.kjj.platform.browser;

import static org.assertj.core.api.Assertions.assertThat;
import static org.junit.jupiter.api.Assumptions.assumeTrue;

import cn.kjj.platform.PortalTest;
import java.io.File;
import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.nio.file.StandardCopyOption;
import java.time.Duration;
import java.util.Comparator;
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
import org.springframework.boot.test.web.server.LocalServerPort;

/**
 * The official's dashboard in a real browser (headless Chromium): Jianghai's official opens it in
 * Chinese and in English (screenshots {@code target/screenshots/dashboard/dashboard-zh.png} and
 * {@code dashboard-en.png}), follows the high-tech tile to its list and opens the annual report.
 * Skipped where no Chromium is installed.
 */
@PortalTest
class DashboardBrowserTest {

    private static final Path CHROMIUM = Path.of("/usr/bin/chromium");
    private static final Path CHROMEDRIVER = Path.of("/usr/bin/chromedriver");
    private static final Path SCREENSHOTS = Path.of("target/screenshots/dashboard");

    private static ChromeDriver browser;
    private static Path profile;

    @LocalServerPort
    int port;

    @BeforeAll
    static void startBrowser() throws IOException {
        assumeTrue(Files.isExecutable(CHROMIUM), "browser test skipped: no Chromium at " + CHROMIUM);
        assumeTrue(Files.isExecutable(CHROMEDRIVER), "browser test skipped: no chromedriver at " + CHROMEDRIVER);
        profile = Files.createTempDirectory("dashboard-profile");
        ChromeOptions options = new ChromeOptions();
        options.setBinary(CHROMIUM.toString());
        options.addArguments("--headless=new", "--no-sandbox", "--disable-gpu", "--disable-dev-shm-usage",
                "--disable-background-networking", "--disable-component-update", "--disable-sync",
                "--no-first-run", "--window-size=1280,900", "--lang=zh-CN", "--user-data-dir=" + profile);
        ChromeDriverService service = new ChromeDriverService.Builder()
                .usingDriverExecutable(new File(CHROMEDRIVER.toString())).usingAnyFreePort().build();
        browser = new ChromeDriver(service, options);
        Files.createDirectories(SCREENSHOTS);
    }

    @AfterAll
    static void quitBrowser() throws IOException {
        if (browser != null) {
            browser.quit();
        }
        if (profile != null && Files.exists(profile)) {
            try (Stream<Path> files = Files.walk(profile)) {
                files.sorted(Comparator.reverseOrder()).map(Path::toFile).forEach(File::delete);
            }
        }
    }

    @Test
    void jianghaisOfficialReadsTheDashboardInBothLanguagesFollowsATileAndOpensTheAnnualReport() throws Exception {
        WebDriverWait wait = new WebDriverWait(browser, Duration.ofSeconds(20));
        browser.get(url("/login"));
        browser.findElement(By.id("username")).sendKeys("official.jianghai");
        browser.findElement(By.id("password")).sendKeys("demo");
        WebElement login = browser.findElement(By.tagName("html"));
        browser.findElement(By.cssSelector("form.form button[type=submit]")).click();
        wait.until(ExpectedConditions.stalenessOf(login));

        browser.get(url("/dashboard?lang=zh-CN"));
        wait.until(ExpectedConditions.presenceOfElementLocated(By.cssSelector("#chart-high-tech canvas")));
        assertThat(browser.findElement(By.tagName("h1")).getText()).startsWith("江海区 · ");
        assertThat(browser.findElement(By.id("tile-high-tech")).getText()).contains("高新技术企业");
        screenshot("dashboard-zh.png");

        WebElement chinese = browser.findElement(By.tagName("html"));
        browser.findElement(By.cssSelector(".lang-switch a[hreflang=en]")).click();
        wait.until(ExpectedConditions.stalenessOf(chinese));
        wait.until(ExpectedConditions.presenceOfElementLocated(By.cssSelector("#chart-turnover canvas")));
        assertThat(browser.findElement(By.tagName("html")).getAttribute("lang")).isEqualTo("en");
        assertThat(browser.findElement(By.id("tile-high-tech")).getText()).contains("High-tech enterprises");
        screenshot("dashboard-en.png");

        browser.findElement(By.id("tile-high-tech")).click();
        wait.until(ExpectedConditions.urlContains("/enterprises?region=440704"));
        assertThat(browser.getCurrentUrl()).contains("highTech=true");

        browser.get(url("/dashboard"));
        browser.findElement(By.id("dashboard-report")).click();
        wait.until(ExpectedConditions.urlContains("/reports/annual?region=440704"));
        wait.until(ExpectedConditions.presenceOfElementLocated(By.cssSelector("#chart-report-high-tech canvas")));
        assertThat(browser.findElement(By.tagName("h1")).getText()).startsWith("Jianghai annual science and technology report");
        assertThat(browser.findElements(By.cssSelector(".report__sentences li"))).isNotEmpty();
        assertThat(browser.findElement(By.id("report-pdf")).getAttribute("href")).contains("/reports/annual.pdf?region=440704");
        screenshot("annual-report-en.png");
    }

    private String url(String path) {
        return "http://localhost:" + port + path;
    }

    private static void screenshot(String name) throws IOException {
        Dimension window = browser.manage().window().getSize();
        Number height = (Number) browser.executeScript(
                "return Math.max(document.body.scrollHeight, document.documentElement.scrollHeight);");
        browser.manage().window().setSize(new Dimension(window.getWidth(), Math.max(900, height.intValue() + 120)));
        File png = browser.getScreenshotAs(OutputType.FILE);
        Files.copy(png.toPath(), SCREENSHOTS.resolve(name), StandardCopyOption.REPLACE_EXISTING);
        browser.manage().window().setSize(window);
    }
}
