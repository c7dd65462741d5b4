package cn.kjj.platform.browser;

import static org.junit.jupiter.api.Assumptions.assumeTrue;

import java.io.File;
import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.nio.file.StandardCopyOption;
import java.time.Duration;
import java.util.Comparator;
import java.util.stream.Stream;
import org.openqa.selenium.By;
import org.openqa.selenium.Dimension;
import org.openqa.selenium.OutputType;
import org.openqa.selenium.WebElement;
import org.openqa.selenium.chrome.ChromeDriver;
import org.openqa.selenium.chrome.ChromeDriverService;
import org.openqa.selenium.chrome.ChromeOptions;
import org.openqa.selenium.support.ui.ExpectedConditions;
import org.openqa.selenium.support.ui.WebDriverWait;

/**
 * The headless Chromium of the browser tests (the flags of docs: /usr/bin/chromium with its
 * chromedriver, a fresh profile), with the portal's login and full-page screenshots. The test is
 * skipped (JUnit assumption) where no Chromium is installed.
 */
final class HeadlessChromium implements AutoCloseable {

    private static final Path CHROMIUM = Path.of("/usr/bin/chromium");
    private static final Path CHROMEDRIVER = Path.of("/usr/bin/chromedriver");

    private final ChromeDriver driver;
    private final Path profile;
    private final Path screenshots;

    private HeadlessChromium(ChromeDriver driver, Path profile, Path screenshots) {
        this.driver = driver;
        this.profile = profile;
        this.screenshots = screenshots;
    }

    /** A browser whose screenshots go to {@code screenshots}; skips the test without Chromium. */
    static HeadlessChromium start(Path screenshots) throws IOException {
        assumeTrue(Files.isExecutable(CHROMIUM), "browser test skipped: no Chromium at " + CHROMIUM);
        assumeTrue(Files.isExecutable(CHROMEDRIVER), "browser test skipped: no chromedriver at " + CHROMEDRIVER);
        Path profile = Files.createTempDirectory("chromium-profile");
        ChromeOptions options = new ChromeOptions();
        options.setBinary(CHROMIUM.toString());
        options.addArguments("--headless=new", "--no-sandbox", "--disable-gpu", "--disable-dev-shm-usage",
                "--disable-background-networking", "--disable-component-update", "--disable-sync",
                "--no-first-run", "--window-size=1280,900", "--lang=zh-CN", "--user-data-dir=" + profile);
        ChromeDriverService service = new ChromeDriverService.Builder()
                .usingDriverExecutable(new File(CHROMEDRIVER.toString())).usingAnyFreePort().build();
        Files.createDirectories(screenshots);
        return new HeadlessChromium(new ChromeDriver(service, options), profile, screenshots);
    }

    ChromeDriver driver() {
        return driver;
    }

    WebDriverWait waiting(int seconds) {
        return new WebDriverWait(driver, Duration.ofSeconds(seconds));
    }

    /** Logs in through the portal's form and waits for the page after it. */
    void login(String base, String username, String password) {
        driver.get(base + "/login");
        driver.findElement(By.id("username")).sendKeys(username);
        driver.findElement(By.id("password")).sendKeys(password);
        WebElement page = driver.findElement(By.tagName("html"));
        driver.findElement(By.cssSelector("form.form button[type=submit]")).click();
        waiting(20).until(ExpectedConditions.stalenessOf(page));
    }

    /** The whole page (the window grown to its height for the shot) as {@code name} in the screenshots folder. */
    void screenshot(String name) throws IOException {
        Dimension window = driver.manage().window().getSize();
        Number height = (Number) driver.executeScript(
                "return Math.max(document.body.scrollHeight, document.documentElement.scrollHeight);");
        driver.manage().window().setSize(new Dimension(window.getWidth(), Math.max(900, height.intValue() + 120)));
        File png = driver.getScreenshotAs(OutputType.FILE);
        Files.copy(png.toPath(), screenshots.resolve(name), StandardCopyOption.REPLACE_EXISTING);
        driver.manage().window().setSize(window);
    }

    @Override
    public void close() throws IOException {
        driver.quit();
        if (Files.exists(profile)) {
            try (Stream<Path> files = Files.walk(profile)) {
                files.sorted(Comparator.reverseOrder()).map(Path::toFile).forEach(File::delete);
            }
        }
    }
}
