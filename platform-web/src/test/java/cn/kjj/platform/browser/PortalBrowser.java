package cn.kjj.platform.browser;

import static org.assertj.core.api.Assertions.assertThat;
import static org.junit.jupiter.api.Assumptions.assumeTrue;

import java.io.File;
import java.io.IOException;
import java.io.UncheckedIOException;
import java.net.URI;
import java.net.http.HttpClient;
import java.net.http.HttpRequest;
import java.net.http.HttpResponse;
import java.nio.file.Files;
import java.nio.file.Path;
import java.nio.file.StandardCopyOption;
import java.time.Duration;
import java.util.Comparator;
import java.util.stream.Stream;
import org.junit.jupiter.api.extension.AfterAllCallback;
import org.junit.jupiter.api.extension.BeforeAllCallback;
import org.junit.jupiter.api.extension.ExtensionContext;
import org.openqa.selenium.By;
import org.openqa.selenium.Cookie;
import org.openqa.selenium.Dimension;
import org.openqa.selenium.Keys;
import org.openqa.selenium.OutputType;
import org.openqa.selenium.StaleElementReferenceException;
import org.openqa.selenium.WebDriverException;
import org.openqa.selenium.WebElement;
import org.openqa.selenium.chrome.ChromeDriver;
import org.openqa.selenium.chrome.ChromeDriverService;
import org.openqa.selenium.chrome.ChromeOptions;
import org.openqa.selenium.support.ui.ExpectedConditions;
import org.openqa.selenium.support.ui.WebDriverWait;
import org.springframework.test.context.junit.jupiter.SpringExtension;

/**
 * A headless Chromium driven against the running portal, for the browser tests of a
 * {@code @PortalTest} class:
 * <pre>{@code @RegisterExtension
 * static final PortalBrowser browser = PortalBrowser.named("journeys", Duration.ofSeconds(15));}</pre>
 * It starts before the class's {@code @BeforeAll} methods (the class is skipped where Debian's
 * chromium and chromium-driver are not installed), finds the server's port in the Spring
 * context, and quits after the class. Screenshots of the whole page go to
 * {@code target/screenshots/<name>/}, numbered in the order taken.
 */
final class PortalBrowser implements BeforeAllCallback, AfterAllCallback {

    static final String DEMO_PASSWORD = "demo";
    private static final Path CHROMIUM = Path.of("/usr/bin/chromium");
    private static final Path CHROMEDRIVER = Path.of("/usr/bin/chromedriver");
    private static final int WIDTH = 1280;

    private final String name;
    private final Duration patience;
    private ChromeDriver driver;
    private Path workDir;
    private Path screenshots;
    private WebDriverWait wait;
    private int port;
    private int step;

    private PortalBrowser(String name, Duration patience) {
        this.name = name;
        this.patience = patience;
    }

    static PortalBrowser named(String name, Duration patience) {
        return new PortalBrowser(name, patience);
    }

    /** Starts the browser, or skips the test class where no Chromium is installed. */
    @Override
    public void beforeAll(ExtensionContext context) throws IOException {
        assumeTrue(Files.isExecutable(CHROMIUM), "browser test skipped: no Chromium at " + CHROMIUM
                + " (apt-get install chromium chromium-driver)");
        assumeTrue(Files.isExecutable(CHROMEDRIVER), "browser test skipped: no chromedriver at " + CHROMEDRIVER
                + " (apt-get install chromium-driver)");
        port = SpringExtension.getApplicationContext(context).getEnvironment()
                .getRequiredProperty("local.server.port", Integer.class);
        workDir = Files.createTempDirectory(name + "-browser");
        ChromeOptions options = new ChromeOptions();
        options.setBinary(CHROMIUM.toString());
        options.addArguments("--headless=new", "--no-sandbox", "--disable-gpu", "--disable-dev-shm-usage",
                "--disable-background-networking", "--disable-component-update", "--disable-sync",
                "--no-first-run", "--window-size=" + WIDTH + ",900", "--lang=zh-CN",
                "--user-data-dir=" + workDir.resolve("profile"));
        ChromeDriverService service = new ChromeDriverService.Builder()
                .usingDriverExecutable(new File(CHROMEDRIVER.toString())).usingAnyFreePort().build();
        screenshots = Path.of("target/screenshots", name);
        Files.createDirectories(screenshots);
        try (Stream<Path> old = Files.list(screenshots)) {
            for (Path png : old.filter(p -> p.toString().endsWith(".png")).toList()) {
                Files.delete(png);
            }
        }
        driver = new ChromeDriver(service, options);
        wait = new WebDriverWait(driver, patience);
    }

    ChromeDriver driver() {
        return driver;
    }

    WebDriverWait waiting() {
        return wait;
    }

    /** A scratch directory deleted with the browser, for files to upload. */
    Path workDir() {
        return workDir;
    }

    void open(String path) {
        driver.get("http://localhost:" + port + path);
    }

    void logIn(String username, String password) {
        open("/login");
        driver.findElement(By.id("username")).sendKeys(username);
        driver.findElement(By.id("password")).sendKeys(password);
        clickAndLoad(By.cssSelector("form.form button[type=submit]"));
        wait.until(ExpectedConditions.presenceOfElementLocated(By.cssSelector(".user-menu__name")));
    }

    void logOut() {
        clickAndLoad(By.cssSelector(".user-menu__logout button"));
        wait.until(ExpectedConditions.urlContains("/login?logout"));
    }

    /** The name of a group of the main navigation (a {@code <summary>}), found by its text. */
    static By menuGroup(String name) {
        return By.xpath("//nav[contains(@class, 'main-nav')]//summary[normalize-space() = '" + name + "']");
    }

    /** Opens a group of the main navigation as a keyboard user does: Enter on its name. */
    void openMenu(String name) {
        WebElement group = wait.until(ExpectedConditions.elementToBeClickable(menuGroup(name)));
        group.sendKeys(Keys.ENTER);
        wait.until(d -> group.findElement(By.xpath("..")).getDomAttribute("open") != null);
    }

    void click(By by) {
        wait.until(ExpectedConditions.elementToBeClickable(by)).click();
    }

    /** Clicks something that loads another page, and waits until the old one is gone. */
    void clickAndLoad(By by) {
        WebElement page = driver.findElement(By.tagName("html"));
        click(by);
        wait.until(d -> gone(page));
    }

    /**
     * Whether an element's page has been replaced. Chrome sometimes answers a question about an element of a page
     * it is replacing with "Node with given id does not belong to the document" rather than as a stale element
     * (two browser tests failed on it in one CI run): that is gone too.
     */
    private static boolean gone(WebElement element) {
        try {
            element.isEnabled();
            return false;
        } catch (StaleElementReferenceException replaced) {
            return true;
        } catch (WebDriverException replacing) {
            if (String.valueOf(replacing.getMessage()).contains("does not belong to the document")) {
                return true;
            }
            throw replacing;
        }
    }

    String text(By by) {
        return wait.until(ExpectedConditions.visibilityOfElementLocated(by)).getText().strip();
    }

    /** The flash message of the page an action redirected to; the error one fails the step. */
    String flash() {
        WebElement message = wait.until(ExpectedConditions.visibilityOfElementLocated(
                By.cssSelector(".flash-notice, .flash-error, .error-summary")));
        assertThat(message.getAttribute("class")).as(message.getText()).contains("flash-notice");
        return message.getText().strip();
    }

    /** A GET with the browser's session, for downloads the browser would save rather than show. */
    HttpResponse<byte[]> fetchWithSession(String url) throws IOException, InterruptedException {
        Cookie session = driver.manage().getCookieNamed("SESSION");
        assertThat(session).as("the browser's session cookie").isNotNull();
        HttpRequest request = HttpRequest.newBuilder(URI.create(url))
                .header("Cookie", "SESSION=" + session.getValue()).GET().build();
        return HttpClient.newHttpClient().send(request, HttpResponse.BodyHandlers.ofByteArray());
    }

    /** The whole page, not just the window: the window grows to the page's height for the shot. */
    void shot(String name) {
        shot(name, WIDTH);
    }

    /** The whole page at another width, e.g. a phone's 390 CSS pixels; the width is restored after. */
    void shot(String name, int width) {
        Dimension window = driver.manage().window().getSize();
        driver.manage().window().setSize(new Dimension(width, window.getHeight()));
        Number height = (Number) driver.executeScript(
                "return Math.max(document.body.scrollHeight, document.documentElement.scrollHeight);");
        driver.manage().window().setSize(new Dimension(width, Math.max(900, height.intValue() + 120)));
        driver.executeScript("window.scrollTo(0, 0);");
        File png = driver.getScreenshotAs(OutputType.FILE);
        step++;
        try {
            Files.copy(png.toPath(), screenshots.resolve(String.format("%02d-%s.png", step, name)),
                    StandardCopyOption.REPLACE_EXISTING);
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        }
        driver.manage().window().setSize(window);
    }

    @Override
    public void afterAll(ExtensionContext context) throws IOException {
        if (driver != null) {
            driver.quit();
        }
        if (workDir != null && Files.exists(workDir)) {
            try (Stream<Path> files = Files.walk(workDir)) {
                files.sorted(Comparator.reverseOrder()).map(Path::toFile).forEach(File::delete);
            }
        }
    }
}
