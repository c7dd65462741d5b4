package cn.kjj.platform.browser;

import static org.assertj.core.api.Assertions.assertThat;
import static org.junit.jupiter.api.Assumptions.assumeTrue;

import cn.kjj.platform.PortalTest;
import java.io.File;
import java.io.IOException;
import java.math.BigDecimal;
import java.net.URI;
import java.net.http.HttpClient;
import java.net.http.HttpRequest;
import java.net.http.HttpResponse;
import java.nio.file.Files;
import java.nio.file.Path;
import java.nio.file.StandardCopyOption;
import java.time.Duration;
import java.time.LocalDate;
import java.time.ZoneId;
import java.util.Comparator;
import java.util.List;
import java.util.concurrent.ThreadLocalRandom;
import java.util.stream.Stream;
import org.apache.pdfbox.pdmodel.PDDocument;
import org.apache.pdfbox.pdmodel.PDPage;
import org.apache.pdfbox.pdmodel.PDPageContentStream;
import org.apache.pdfbox.pdmodel.font.PDType1Font;
import org.apache.pdfbox.pdmodel.font.Standard14Fonts;
import org.junit.jupiter.api.AfterAll;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.Test;
import org.openqa.selenium.By;
import org.openqa.selenium.Cookie;
import org.openqa.selenium.Dimension;
import org.openqa.selenium.OutputType;
import org.openqa.selenium.WebElement;
import org.openqa.selenium.chrome.ChromeDriver;
import org.openqa.selenium.chrome.ChromeDriverService;
import org.openqa.selenium.chrome.ChromeOptions;
import org.openqa.selenium.support.ui.ExpectedConditions;
import org.openqa.selenium.support.ui.Select;
import org.openqa.selenium.support.ui.WebDriverWait;
import org.springframework.boot.test.web.server.LocalServerPort;

/**
 * The whole registration story in a real browser (headless Chromium) against the running
 * portal: the enterprise files a contract with an attachment, an official returns it with a
 * reason, the enterprise corrects and resubmits it, the official registers it and the
 * enterprise downloads the certificate. A screenshot of each step goes to
 * {@code target/screenshots/contract-story/}. Skipped where no Chromium is installed.
 */
@PortalTest
class ContractStoryBrowserTest {

    private static final Path CHROMIUM = Path.of("/usr/bin/chromium");
    private static final Path CHROMEDRIVER = Path.of("/usr/bin/chromedriver");
    private static final Path SCREENSHOTS = Path.of("target/screenshots/contract-story");
    private static final Duration PATIENCE = Duration.ofSeconds(15);

    private static ChromeDriver browser;
    private static Path profile;
    private static Path attachment;

    @LocalServerPort
    int port;

    private WebDriverWait wait;
    private int step;

    @BeforeAll
    static void startBrowser() throws IOException {
        assumeTrue(Files.isExecutable(CHROMIUM), "browser test skipped: no Chromium at " + CHROMIUM
                + " (apt-get install chromium chromium-driver)");
        assumeTrue(Files.isExecutable(CHROMEDRIVER), "browser test skipped: no chromedriver at " + CHROMEDRIVER
                + " (apt-get install chromium-driver)");
        profile = Files.createTempDirectory("contract-story-profile");
        ChromeOptions options = new ChromeOptions();
        options.setBinary(CHROMIUM.toString());
        options.addArguments("--headless=new", "--no-sandbox", "--disable-gpu", "--disable-dev-shm-usage",
                "--disable-background-networking", "--disable-component-update", "--disable-sync",
                "--no-first-run", "--window-size=1280,900", "--lang=zh-CN", "--user-data-dir=" + profile);
        ChromeDriverService service = new ChromeDriverService.Builder()
                .usingDriverExecutable(new File(CHROMEDRIVER.toString()))
                .usingAnyFreePort()
                .build();
        browser = new ChromeDriver(service, options);
        attachment = writeSmallPdf();
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
        for (Path dir : new Path[] {profile, attachment == null ? null : attachment.getParent()}) {
            if (dir != null && Files.exists(dir)) {
                try (Stream<Path> files = Files.walk(dir)) {
                    files.sorted(Comparator.reverseOrder()).map(Path::toFile).forEach(File::delete);
                }
            }
        }
    }

    @Test
    void anEnterpriseFilesAContractTheOfficialReturnsItAndRegistersTheCorrectionAndTheEnterpriseGetsTheCertificate()
            throws Exception {
        wait = new WebDriverWait(browser, PATIENCE);
        String title = "浏览器故事合同-" + System.currentTimeMillis();

        // the enterprise files a draft through the form, attaches the signed contract and submits
        logIn("enterprise.demo");
        open("/contracts/new");
        clickAndLoad(By.id("submit-contract"));
        assertThat(text(By.id("title-error"))).isEqualTo("必填");
        assertThat(text(By.id("contractAmount-error"))).isEqualTo("必填");
        assertThat(browser.findElement(By.id("title")).getAttribute("aria-invalid")).isEqualTo("true");
        shot("form-with-errors");
        fillForm(title);
        shot("contract-form");
        clickAndLoad(By.id("save-draft"));
        assertThat(flash()).startsWith("草稿已保存");
        String contractUrl = browser.getCurrentUrl();
        browser.findElement(By.id("file")).sendKeys(attachment.toString());
        clickAndLoad(By.id("upload-button"));
        assertThat(flash()).isEqualTo("已上传附件 技术合同文本.pdf。");
        clickAndLoad(By.id("submit-action"));
        assertThat(flash()).startsWith("已提交登记申请，办理期限至");
        shot("submitted-with-attachment");
        logOut();

        // the official finds it in the queue and returns it for correction with a reason
        logIn("official.jianghai");
        open("/review");
        WebElement link = wait.until(ExpectedConditions.elementToBeClickable(By.linkText(title)));
        shot("review-queue");
        WebElement queuePage = browser.findElement(By.tagName("html"));
        link.click();
        wait.until(ExpectedConditions.stalenessOf(queuePage));
        wait.until(ExpectedConditions.urlToBe(contractUrl));
        assertThat(browser.findElements(By.cssSelector(".attachment__link"))).extracting(WebElement::getText)
                .containsExactly("技术合同文本.pdf");
        click(By.cssSelector("#decision-return > summary"));
        browser.findElement(By.id("reason-return")).sendKeys("技术交易额未扣除设备费用，请更正后重新提交。");
        shot("return-with-reason");
        clickAndLoad(By.id("confirm-return"));
        assertThat(flash()).isEqualTo("已退回补正，企业修改后可重新提交。");
        logOut();

        // the enterprise reads the reason, corrects the amounts and resubmits
        logIn("enterprise.demo");
        open("/contracts?q=" + java.net.URLEncoder.encode(title, java.nio.charset.StandardCharsets.UTF_8));
        assertThat(text(By.cssSelector(".row-reason"))).contains("技术交易额未扣除设备费用");
        shot("enterprise-sees-reason");
        clickAndLoad(By.linkText(title));
        clickAndLoad(By.id("edit-contract"));
        WebElement tech = wait.until(ExpectedConditions.visibilityOfElementLocated(By.id("techTransactionAmount")));
        tech.clear();
        tech.sendKeys("800000.00");
        shot("correction");
        clickAndLoad(By.id("submit-contract"));
        assertThat(flash()).startsWith("已保存修改并重新提交");
        assertThat(text(By.cssSelector(".contract-status"))).isEqualTo("已提交");
        logOut();

        // the official registers it, after the confirmation step
        logIn("official.jianghai");
        open(contractUrl.substring(contractUrl.indexOf("/contracts/")));
        click(By.cssSelector("#decision-register > summary"));
        wait.until(ExpectedConditions.visibilityOfElementLocated(By.id("confirm-register")));
        shot("register-confirmation");
        clickAndLoad(By.id("confirm-register"));
        assertThat(flash()).matches("已登记，登记编号 \\d{4}440704\\d{6}");
        String registrationNo = text(By.cssSelector(".registration-no"));
        shot("registered");
        logOut();

        // the enterprise downloads the registration certificate
        logIn("enterprise.demo");
        open(contractUrl.substring(contractUrl.indexOf("/contracts/")));
        WebElement certificate = wait.until(ExpectedConditions.visibilityOfElementLocated(By.id("certificate-link")));
        shot("certificate-link");
        HttpResponse<byte[]> pdf = fetchWithBrowserSession(certificate.getAttribute("href"));
        assertThat(pdf.statusCode()).isEqualTo(200);
        assertThat(pdf.headers().firstValue("Content-Type")).hasValue("application/pdf");
        assertThat(pdf.headers().firstValue("Content-Disposition")).hasValueSatisfying(d -> assertThat(d)
                .startsWith("attachment;").endsWith(registrationNo + ".pdf"));
        assertThat(new String(pdf.body(), 0, 5, java.nio.charset.StandardCharsets.US_ASCII)).isEqualTo("%PDF-");
    }

    private void fillForm(String title) {
        LocalDate signed = LocalDate.now(ZoneId.of("Asia/Shanghai")).minusDays(7);
        BigDecimal amount = BigDecimal.valueOf(ThreadLocalRandom.current().nextLong(100_000_000L, 400_000_000L), 2);
        browser.findElement(By.id("title")).sendKeys(title);
        new Select(browser.findElement(By.id("type"))).selectByValue("TECHNOLOGY_TRANSFER");
        // the subtypes follow the type (contract-form.js)
        List<String> subtypes = new Select(browser.findElement(By.id("subtype"))).getOptions().stream()
                .map(o -> o.getAttribute("value")).toList();
        assertThat(subtypes).contains("PATENT", "SOFTWARE_COPYRIGHT").doesNotContain("COMMISSIONED", "GENERAL");
        new Select(browser.findElement(By.id("subtype"))).selectByValue("PATENT");
        new Select(browser.findElement(By.id("technologyField"))).selectByValue("ADVANCED_MANUFACTURING");
        browser.findElement(By.id("buyerName")).sendKeys("深圳市示例买方有限公司");
        WebElement code = browser.findElement(By.id("buyerCreditCode"));
        // the credit code is checked as it is typed
        code.sendKeys("91440300708461136X");
        wait.until(ExpectedConditions.textToBe(By.id("buyerCreditCode-hint"), "第 18 位校验码不正确，请核对"));
        code.sendKeys("\b");
        code.sendKeys("T");
        wait.until(ExpectedConditions.textToBe(By.id("buyerCreditCode-hint"), "✓ 格式和校验码正确"));
        browser.findElement(By.id("buyerRegionCode")).sendKeys("440300");
        setDate("signedOn", signed);
        setDate("validFrom", signed);
        setDate("validTo", signed.plusYears(2));
        browser.findElement(By.id("contractAmount")).sendKeys(amount.toPlainString());
        browser.findElement(By.id("techTransactionAmount")).sendKeys(amount.toPlainString());
    }

    /** A date input's keyboard format follows the browser's locale; its value is always ISO. */
    private void setDate(String id, LocalDate date) {
        browser.executeScript("arguments[0].value = arguments[1];", browser.findElement(By.id(id)), date.toString());
    }

    private void logIn(String username) {
        open("/login");
        browser.findElement(By.id("username")).sendKeys(username);
        browser.findElement(By.id("password")).sendKeys("demo");
        clickAndLoad(By.cssSelector("form.form button[type=submit]"));
        wait.until(ExpectedConditions.presenceOfElementLocated(By.cssSelector(".user-menu__name")));
    }

    private void logOut() {
        clickAndLoad(By.cssSelector(".user-menu__logout button"));
        wait.until(ExpectedConditions.urlContains("/login?logout"));
    }

    private void open(String path) {
        browser.get("http://localhost:" + port + path);
    }

    private void click(By by) {
        wait.until(ExpectedConditions.elementToBeClickable(by)).click();
    }

    /** Clicks something that loads another page, and waits until the old one is gone. */
    private void clickAndLoad(By by) {
        WebElement page = browser.findElement(By.tagName("html"));
        click(by);
        wait.until(ExpectedConditions.stalenessOf(page));
    }

    private String text(By by) {
        return wait.until(ExpectedConditions.visibilityOfElementLocated(by)).getText().strip();
    }

    /** The flash message of the page an action redirected to; the error one fails the step. */
    private String flash() {
        WebElement message = wait.until(ExpectedConditions.visibilityOfElementLocated(
                By.cssSelector(".flash-notice, .flash-error, .error-summary")));
        assertThat(message.getAttribute("class")).as(message.getText()).contains("flash-notice");
        return message.getText().strip();
    }

    private HttpResponse<byte[]> fetchWithBrowserSession(String url) throws IOException, InterruptedException {
        Cookie session = browser.manage().getCookieNamed("SESSION");
        assertThat(session).as("the browser's session cookie").isNotNull();
        HttpRequest request = HttpRequest.newBuilder(URI.create(url))
                .header("Cookie", "SESSION=" + session.getValue()).GET().build();
        return HttpClient.newHttpClient().send(request, HttpResponse.BodyHandlers.ofByteArray());
    }

    /** The whole page, not just the window: the window grows to the page's height for the shot. */
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

    private static Path writeSmallPdf() throws IOException {
        Path dir = Files.createTempDirectory("contract-story-files");
        Path file = dir.resolve("技术合同文本.pdf");
        try (PDDocument document = new PDDocument()) {
            PDPage page = new PDPage();
            document.addPage(page);
            try (PDPageContentStream content = new PDPageContentStream(document, page)) {
                content.beginText();
                content.setFont(new PDType1Font(Standard14Fonts.FontName.HELVETICA), 14);
                content.newLineAtOffset(72, 720);
                content.showText("Technology contract (signed copy) - browser story test");
                content.endText();
            }
            document.save(file.toFile());
        }
        return file;
    }
}
