package cn.kjj.platform.browser;

import static org.assertj.core.api.Assertions.assertThat;

import cn.kjj.platform.PortalTest;
import java.time.Duration;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.extension.RegisterExtension;
import org.openqa.selenium.By;
import org.openqa.selenium.chrome.ChromeDriver;
import org.openqa.selenium.support.ui.ExpectedConditions;

/**
 * The official's dashboard in a real browser (headless Chromium): Jianghai's official logs in and
 * lands on it in Chinese, switches to English (screenshots {@code target/screenshots/dashboard/
 * 01-dashboard-zh.png} and {@code 02-dashboard-en.png}), follows the high-tech tile to its list and
 * opens the annual report ({@code 03-annual-report-en.png}). Skipped where no Chromium is installed.
 */
@PortalTest
class DashboardBrowserTest {

    @RegisterExtension
    static final PortalBrowser browser = PortalBrowser.named("dashboard", Duration.ofSeconds(20));

    @Test
    void jianghaisOfficialLandsOnTheDashboardReadsItInBothLanguagesFollowsATileAndOpensTheAnnualReport() {
        ChromeDriver driver = browser.driver();
        browser.logIn("official.jianghai", PortalBrowser.DEMO_PASSWORD);

        browser.waiting().until(ExpectedConditions.presenceOfElementLocated(By.cssSelector("#chart-high-tech canvas")));
        assertThat(driver.findElement(By.tagName("h1")).getText()).startsWith("江海区 · ");
        assertThat(driver.findElement(By.id("tile-high-tech")).getText()).contains("高新技术企业");
        browser.shot("dashboard-zh");

        browser.clickAndLoad(By.cssSelector(".lang-switch a[hreflang=en]"));
        browser.waiting().until(ExpectedConditions.presenceOfElementLocated(By.cssSelector("#chart-turnover canvas")));
        assertThat(driver.findElement(By.tagName("html")).getAttribute("lang")).isEqualTo("en");
        assertThat(driver.findElement(By.id("tile-high-tech")).getText()).contains("High-tech enterprises");
        browser.shot("dashboard-en");

        browser.clickAndLoad(By.id("tile-high-tech"));
        assertThat(driver.getCurrentUrl()).contains("/enterprises?region=440704").contains("highTech=true");

        browser.open("/dashboard");
        browser.clickAndLoad(By.id("dashboard-report"));
        assertThat(driver.getCurrentUrl()).contains("/reports/annual?region=440704");
        browser.waiting().until(ExpectedConditions.presenceOfElementLocated(
                By.cssSelector("#chart-report-high-tech canvas")));
        assertThat(driver.findElement(By.tagName("h1")).getText())
                .startsWith("Jianghai annual science and technology report");
        assertThat(driver.findElements(By.cssSelector(".report__sentences li"))).isNotEmpty();
        assertThat(driver.findElement(By.id("report-pdf")).getAttribute("href"))
                .contains("/reports/annual.pdf?region=440704");
        browser.shot("annual-report-en");
    }
}
