package cn.kjj.platform.browser;

import static org.assertj.core.api.Assertions.assertThat;

import cn.kjj.platform.PortalTest;
import java.io.IOException;
import java.nio.file.Path;
import org.junit.jupiter.api.AfterAll;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.Test;
import org.openqa.selenium.By;
import org.openqa.selenium.WebElement;
import org.openqa.selenium.chrome.ChromeDriver;
import org.openqa.selenium.support.ui.ExpectedConditions;
import org.openqa.selenium.support.ui.WebDriverWait;
import org.springframework.boot.test.web.server.LocalServerPort;

/**
 * The official's dashboard in a real browser (headless Chromium): Jianghai's official opens it in
 * Chinese and in English (screenshots {@code target/screenshots/dashboard/dashboard-zh.png} and
 * {@code dashboard-en.png}), follows the high-tech tile to its list and opens the annual report
 * ({@code annual-report-en.png}). Skipped where no Chromium is installed.
 */
@PortalTest
class DashboardBrowserTest {

    private static HeadlessChromium chromium;

    @LocalServerPort
    int port;

    @BeforeAll
    static void startBrowser() throws IOException {
        chromium = HeadlessChromium.start(Path.of("target/screenshots/dashboard"));
    }

    @AfterAll
    static void quitBrowser() throws IOException {
        if (chromium != null) {
            chromium.close();
        }
    }

    @Test
    void jianghaisOfficialReadsTheDashboardInBothLanguagesFollowsATileAndOpensTheAnnualReport() throws Exception {
        ChromeDriver browser = chromium.driver();
        WebDriverWait wait = chromium.waiting(20);
        chromium.login(url(""), "official.jianghai", "demo");

        browser.get(url("/dashboard?lang=zh-CN"));
        wait.until(ExpectedConditions.presenceOfElementLocated(By.cssSelector("#chart-high-tech canvas")));
        assertThat(browser.findElement(By.tagName("h1")).getText()).startsWith("江海区 · ");
        assertThat(browser.findElement(By.id("tile-high-tech")).getText()).contains("高新技术企业");
        chromium.screenshot("dashboard-zh.png");

        WebElement chinese = browser.findElement(By.tagName("html"));
        browser.findElement(By.cssSelector(".lang-switch a[hreflang=en]")).click();
        wait.until(ExpectedConditions.stalenessOf(chinese));
        wait.until(ExpectedConditions.presenceOfElementLocated(By.cssSelector("#chart-turnover canvas")));
        assertThat(browser.findElement(By.tagName("html")).getAttribute("lang")).isEqualTo("en");
        assertThat(browser.findElement(By.id("tile-high-tech")).getText()).contains("High-tech enterprises");
        chromium.screenshot("dashboard-en.png");

        browser.findElement(By.id("tile-high-tech")).click();
        wait.until(ExpectedConditions.urlContains("/enterprises?region=440704"));
        assertThat(browser.getCurrentUrl()).contains("highTech=true");

        browser.get(url("/dashboard"));
        browser.findElement(By.id("dashboard-report")).click();
        wait.until(ExpectedConditions.urlContains("/reports/annual?region=440704"));
        wait.until(ExpectedConditions.presenceOfElementLocated(By.cssSelector("#chart-report-high-tech canvas")));
        assertThat(browser.findElement(By.tagName("h1")).getText())
                .startsWith("Jianghai annual science and technology report");
        assertThat(browser.findElements(By.cssSelector(".report__sentences li"))).isNotEmpty();
        assertThat(browser.findElement(By.id("report-pdf")).getAttribute("href"))
                .contains("/reports/annual.pdf?region=440704");
        chromium.screenshot("annual-report-en.png");
    }

    private String url(String path) {
        return "http://localhost:" + port + path;
    }
}
