package cn.kjj.platform.browser;

import static org.assertj.core.api.Assertions.assertThat;

import cn.kjj.platform.PortalTest;
import java.net.http.HttpResponse;
import java.nio.charset.StandardCharsets;
import java.time.Duration;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.extension.RegisterExtension;
import org.openqa.selenium.By;
import org.openqa.selenium.Dimension;
import org.openqa.selenium.Keys;
import org.openqa.selenium.WebElement;
import org.openqa.selenium.interactions.Actions;
import org.openqa.selenium.support.ui.ExpectedConditions;

/**
 * The main journey of the analyst and of the administrator in a real browser (headless
 * Chromium), plus the portal on a phone's width and in English. The enterprise's and the
 * official's journey is {@link ContractStoryBrowserTest}. Screenshots go to
 * {@code target/screenshots/journeys/}. Skipped where no Chromium is installed.
 */
@PortalTest
class RoleJourneysBrowserTest {

    @RegisterExtension
    static final PortalBrowser browser = PortalBrowser.named("journeys", Duration.ofSeconds(15));

    @AfterEach
    void logOut() {
        browser.open("/?lang=zh-CN");
        browser.logOut();
    }

    @Test
    void anAnalystOpensTheIndicatorsFromHomeSeesTheChartsAndDownloadsTheFiguresAsCsvAndTheirLineageAsJson()
            throws Exception {
        browser.logIn("analyst", PortalBrowser.DEMO_PASSWORD);
        browser.clickAndLoad(By.cssSelector(".home-links a[href='/indicators']"));
        browser.open("/indicators?region=440704&from=2020&to=2026&period=HALF_YEAR");
        for (String chart : new String[] {"chart-rd", "chart-turnover", "chart-hightech"}) {
            browser.waiting().until(
                    ExpectedConditions.presenceOfElementLocated(By.cssSelector("#" + chart + " canvas")));
        }
        assertThat(browser.driver().findElement(By.id("chart-rd")).getSize().getHeight()).isGreaterThan(100);
        assertThat(browser.text(By.id("table-rd"))).contains("5.71 %");
        browser.shot("analyst-indicators");

        WebElement csvLink = browser.driver().findElement(By.cssSelector(".indicator__download a"));
        HttpResponse<byte[]> csv = browser.fetchWithSession(csvLink.getAttribute("href"));
        assertThat(csv.statusCode()).isEqualTo(200);
        assertThat(csv.headers().firstValue("Content-Type"))
                .hasValueSatisfying(type -> assertThat(type).startsWith("text/csv"));
        assertThat(new String(csv.body(), StandardCharsets.UTF_8)).contains("440704");

        WebElement lineage = browser.driver().findElement(By.cssSelector("a[href*='/lineage']"));
        HttpResponse<byte[]> json = browser.fetchWithSession(lineage.getAttribute("href"));
        assertThat(json.statusCode()).isEqualTo(200);
        assertThat(new String(json.body(), StandardCharsets.UTF_8)).startsWith("{");
    }

    @Test
    void anAdministratorCreatesAnAccountAndFindsItInTheList() {
        String username = "0browser." + System.currentTimeMillis() % 1_000_000_000L;
        browser.logIn("admin", PortalBrowser.DEMO_PASSWORD);
        browser.openMenu("系统管理");
        browser.clickAndLoad(By.cssSelector(".main-nav a[href='/admin/users']"));
        browser.clickAndLoad(By.linkText("新建账户"));
        browser.driver().findElement(By.id("username")).sendKeys(username);
        browser.driver().findElement(By.id("password")).sendKeys("browser-journey-1");
        browser.driver().findElement(By.id("displayName")).sendKeys("浏览器分析员");
        browser.click(By.id("role-ANALYST"));
        browser.shot("admin-new-account");
        browser.clickAndLoad(By.cssSelector("form.registry-form button[type=submit]"));

        assertThat(browser.flash()).isEqualTo("已创建账户 " + username + "。");
        assertThat(browser.text(By.cssSelector(".account-table"))).contains(username, "浏览器分析员", "数据分析员");
        assertThat(browser.text(By.cssSelector(".breadcrumbs"))).contains("首页", "账户管理");
        browser.shot("admin-account-listed");
    }

    @Test
    void anOfficialOpensAMenuGroupWithTheKeyboardFollowsALinkAndEscapeClosesTheGroup() {
        browser.logIn("official.jianghai", PortalBrowser.DEMO_PASSWORD);
        browser.open("/contracts");
        WebElement registries = browser.driver().findElement(PortalBrowser.menuGroup("名录与统计"));
        WebElement group = registries.findElement(By.xpath(".."));
        WebElement labs = group.findElement(By.cssSelector("a[href='/labs']"));
        assertThat(labs.isDisplayed()).as("a link of a closed group").isFalse();
        WebElement cultivation = browser.driver().findElement(PortalBrowser.menuGroup("企业培育")).findElement(By.xpath(".."));
        assertThat(cultivation.findElement(By.cssSelector("a[href='/tech-smes']")).isDisplayed())
                .as("the technology SMEs in the closed cultivation group").isFalse();

        registries.sendKeys(Keys.SPACE);
        browser.waiting().until(ExpectedConditions.visibilityOf(labs));
        assertThat(group.getDomAttribute("open")).isNotNull();
        browser.shot("menu-group-open");
        new Actions(browser.driver()).sendKeys(Keys.ESCAPE).perform();
        browser.waiting().until(ExpectedConditions.invisibilityOf(labs));
        assertThat(browser.driver().switchTo().activeElement()).as("the focus back on the group's name")
                .isEqualTo(registries);

        registries.sendKeys(Keys.ENTER);
        WebElement indicators = browser.driver().findElement(PortalBrowser.menuGroup("指标与报告"));
        indicators.sendKeys(Keys.ENTER);
        assertThat(group.getDomAttribute("open")).as("one group open at a time").isNull();
        browser.openMenu("名录与统计");
        labs.sendKeys(Keys.ENTER);
        browser.waiting().until(ExpectedConditions.urlContains("/labs"));
        assertThat(browser.text(By.tagName("h1"))).isEqualTo("研发平台");
        assertThat(browser.driver().findElement(By.cssSelector(".main-nav a[href='/labs']")).getDomAttribute(
                "aria-current")).isEqualTo("page");
        assertThat(browser.driver().findElement(By.cssSelector(".main-nav__summary--current")).getText())
                .isEqualTo("名录与统计");
    }

    @Test
    void onAPhoneTheNavigationFoldsBehindTheMenuButtonAndTheEnglishPagesSpeakEnglish() {
        browser.logIn("official.jianghai", PortalBrowser.DEMO_PASSWORD);
        browser.open("/contracts");
        browser.driver().manage().window().setSize(new Dimension(390, 844));
        WebElement toggle = browser.waiting().until(ExpectedConditions.visibilityOfElementLocated(
                By.cssSelector(".main-nav__toggle")));
        assertThat(browser.driver().findElement(By.cssSelector(".main-nav__list")).isDisplayed()).isFalse();
        toggle.click();
        assertThat(toggle.getAttribute("aria-expanded")).isEqualTo("true");
        assertThat(browser.driver().findElement(By.cssSelector(".main-nav__list")).isDisplayed()).isTrue();
        browser.openMenu("名录与统计");
        assertThat(browser.driver().findElement(By.cssSelector(".main-nav a[href='/labs']")).isDisplayed()).isTrue();
        browser.shot("phone-contracts-menu-open", 390);
        browser.driver().manage().window().setSize(new Dimension(1280, 900));

        browser.open("/contracts?lang=en");
        assertThat(browser.text(By.tagName("h1"))).isEqualTo("Technology contracts");
        assertThat(browser.text(By.cssSelector(".breadcrumbs"))).contains("Home");
        assertThat(browser.driver().findElement(By.tagName("html")).getAttribute("lang")).isEqualTo("en");
        browser.shot("english-contracts");
    }
}
