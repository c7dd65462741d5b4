package cn.kjj.platform.browser;

import static org.assertj.core.api.Assertions.assertThat;

import cn.kjj.platform.PortalTest;
import java.io.IOException;
import java.math.BigDecimal;
import java.net.http.HttpResponse;
import java.nio.file.Path;
import java.time.Duration;
import java.time.LocalDate;
import java.time.ZoneId;
import java.util.List;
import java.util.concurrent.ThreadLocalRandom;
import org.apache.pdfbox.pdmodel.PDDocument;
import org.apache.pdfbox.pdmodel.PDPage;
import org.apache.pdfbox.pdmodel.PDPageContentStream;
import org.apache.pdfbox.pdmodel.font.PDType1Font;
import org.apache.pdfbox.pdmodel.font.Standard14Fonts;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.extension.RegisterExtension;
import org.openqa.selenium.By;
import org.openqa.selenium.WebElement;
import org.openqa.selenium.chrome.ChromeDriver;
import org.openqa.selenium.support.ui.ExpectedConditions;
import org.openqa.selenium.support.ui.Select;

/**
 * The whole registration story in a real browser (headless Chromium) against the running
 * portal: the enterprise's home points it to filing a contract, it files one with an attachment
 * and sees it awaiting review on its home, an official returns it with a reason, the enterprise
 * corrects and resubmits it, the official registers it with a 核定 amount below the declared one
 * (after a message beside the amount for one above the contract amount) and refuses a second
 * contract on a ground, and the enterprise downloads the certificate with the 核定 amount. A screenshot of each step goes to {@code target/screenshots/contract-story/}.
 * Skipped where no Chromium is installed.
 */
@PortalTest
class ContractStoryBrowserTest {

    @RegisterExtension
    static final PortalBrowser browser = PortalBrowser.named("contract-story", Duration.ofSeconds(15));

    private static Path attachment;

    @BeforeAll
    static void writeAttachment() throws IOException {
        attachment = writeSmallPdf();
    }

    @Test
    void anEnterpriseFilesAContractTheOfficialReturnsItAndRegistersTheCorrectionAndTheEnterpriseGetsTheCertificate()
            throws Exception {
        String title = "浏览器故事合同-" + System.currentTimeMillis();

        // the enterprise's home says what to do next; filing a contract is one of the steps
        logIn("enterprise.demo");
        assertThat(text(By.cssSelector(".next-step--file a"))).isEqualTo("填报一份新的技术合同");
        shot("enterprise-home");
        clickAndLoad(By.cssSelector(".next-step--file a"));
        assertThat(text(By.cssSelector(".breadcrumbs"))).contains("首页", "技术合同", "填报技术合同");

        // it files a draft through the form, attaches the signed contract and submits
        clickAndLoad(By.id("submit-contract"));
        assertThat(text(By.id("title-error"))).isEqualTo("必填");
        assertThat(text(By.id("contractAmount-error"))).isEqualTo("必填");
        assertThat(driver().findElement(By.id("title")).getAttribute("aria-invalid")).isEqualTo("true");
        shot("form-with-errors");
        fillForm(title);
        shot("contract-form");
        clickAndLoad(By.id("save-draft"));
        assertThat(flash()).startsWith("草稿已保存");
        String contractUrl = driver().getCurrentUrl();
        driver().findElement(By.id("file")).sendKeys(attachment.toString());
        clickAndLoad(By.id("upload-button"));
        assertThat(flash()).isEqualTo("已上传附件 技术合同文本.pdf。");
        clickAndLoad(By.id("submit-action"));
        assertThat(flash()).startsWith("已提交登记申请，办理期限至");
        shot("submitted-with-attachment");

        // a second contract, which the official will refuse
        String refusedTitle = "浏览器故事不予登记-" + System.currentTimeMillis();
        open("/contracts/new");
        fillForm(refusedTitle);
        clickAndLoad(By.id("submit-contract"));
        assertThat(flash()).startsWith("已提交登记申请");
        String refusedUrl = driver().getCurrentUrl();

        // back home, the contract waits for review with its due date
        open("/");
        WebElement awaiting = driver().findElement(By.cssSelector("[data-group=awaiting]"));
        assertThat(awaiting.getText()).contains(title, "办理期限");
        shot("enterprise-home-awaiting-review");
        logOut();

        // the official finds it in the queue and returns it for correction with a reason
        logIn("official.jianghai");
        open("/review");
        WebElement link = browser.waiting().until(ExpectedConditions.elementToBeClickable(By.linkText(title)));
        shot("review-queue");
        WebElement queuePage = driver().findElement(By.tagName("html"));
        link.click();
        browser.waiting().until(ExpectedConditions.stalenessOf(queuePage));
        browser.waiting().until(ExpectedConditions.urlToBe(contractUrl));
        assertThat(driver().findElements(By.cssSelector(".attachment__link"))).extracting(WebElement::getText)
                .containsExactly("技术合同文本.pdf");
        click(By.cssSelector("#decision-return > summary"));
        driver().findElement(By.id("reason-return")).sendKeys("技术交易额未扣除设备费用，请更正后重新提交。");
        shot("return-with-reason");
        clickAndLoad(By.id("confirm-return"));
        assertThat(flash()).isEqualTo("已退回补正，企业修改后可重新提交。");

        // the second contract is refused on a ground, which the page then names
        open(refusedUrl.substring(refusedUrl.indexOf("/contracts/")));
        click(By.cssSelector("#decision-reject > summary"));
        new Select(driver().findElement(By.id("reason-code-reject"))).selectByValue("DISGUISED_PURCHASE");
        shot("reject-on-a-ground");
        clickAndLoad(By.id("confirm-reject"));
        assertThat(flash()).isEqualTo("已决定不予登记。");
        assertThat(text(By.cssSelector(".reason-ground"))).isEqualTo("以技术合同名义购销货物或设备");
        logOut();

        // the enterprise reads the reason, corrects the amounts and resubmits
        logIn("enterprise.demo");
        open("/contracts?q=" + java.net.URLEncoder.encode(title, java.nio.charset.StandardCharsets.UTF_8));
        assertThat(text(By.cssSelector(".row-reason"))).contains("技术交易额未扣除设备费用");
        shot("enterprise-sees-reason");
        clickAndLoad(By.linkText(title));
        clickAndLoad(By.id("edit-contract"));
        WebElement tech = browser.waiting().until(ExpectedConditions.visibilityOfElementLocated(By.id("techTransactionAmount")));
        tech.clear();
        tech.sendKeys("800000.00");
        shot("correction");
        clickAndLoad(By.id("submit-contract"));
        assertThat(flash()).startsWith("已保存修改并重新提交");
        assertThat(text(By.cssSelector(".contract-status"))).isEqualTo("已提交");
        logOut();

        // the official registers it with a 核定 amount below the declared one (认定), after the confirmation
        // step; an amount above the contract amount comes back with a message beside the field
        logIn("official.jianghai");
        open(contractUrl.substring(contractUrl.indexOf("/contracts/")));
        click(By.cssSelector("#decision-register > summary"));
        browser.waiting().until(ExpectedConditions.visibilityOfElementLocated(By.id("confirm-register")));
        assertThat(new Select(driver().findElement(By.id("decision-type"))).getFirstSelectedOption()
                .getAttribute("value")).isEqualTo("TECHNOLOGY_TRANSFER");
        WebElement decided = driver().findElement(By.id("decision-amount"));
        assertThat(decided.getAttribute("value")).isEqualTo("800000.00");
        decided.clear();
        decided.sendKeys("99999999999.00");
        clickAndLoad(By.id("confirm-register"));
        assertThat(text(By.id("decision-amount-error"))).isEqualTo("技术交易额不能超过合同成交额");
        decided = browser.waiting().until(ExpectedConditions.visibilityOfElementLocated(By.id("decision-amount")));
        decided.clear();
        decided.sendKeys("750000.00");
        shot("register-confirmation");
        clickAndLoad(By.id("confirm-register"));
        assertThat(flash()).matches("已登记，登记编号 \\d{4}440704\\d{6}");
        assertThat(text(By.cssSelector(".tech-amount"))).contains("750,000.00");
        assertThat(text(By.cssSelector(".declared-amount"))).contains("800,000.00");
        String registrationNo = text(By.cssSelector(".registration-no"));
        shot("registered");
        logOut();

        // the enterprise downloads the registration certificate
        logIn("enterprise.demo");
        open(contractUrl.substring(contractUrl.indexOf("/contracts/")));
        WebElement certificate = browser.waiting().until(ExpectedConditions.visibilityOfElementLocated(By.id("certificate-link")));
        shot("certificate-link");
        HttpResponse<byte[]> pdf = browser.fetchWithSession(certificate.getAttribute("href"));
        assertThat(pdf.statusCode()).isEqualTo(200);
        assertThat(pdf.headers().firstValue("Content-Type")).hasValue("application/pdf");
        assertThat(pdf.headers().firstValue("Content-Disposition")).hasValueSatisfying(d -> assertThat(d)
                .startsWith("attachment;").endsWith(registrationNo + ".pdf"));
        assertThat(new String(pdf.body(), 0, 5, java.nio.charset.StandardCharsets.US_ASCII)).isEqualTo("%PDF-");
        try (PDDocument document = org.apache.pdfbox.Loader.loadPDF(pdf.body())) {
            assertThat(new org.apache.pdfbox.text.PDFTextStripper().getText(document)).contains("750,000.00");
        }
    }

    private void fillForm(String title) {
        LocalDate signed = LocalDate.now(ZoneId.of("Asia/Shanghai")).minusDays(7);
        BigDecimal amount = BigDecimal.valueOf(ThreadLocalRandom.current().nextLong(100_000_000L, 400_000_000L), 2);
        driver().findElement(By.id("title")).sendKeys(title);
        new Select(driver().findElement(By.id("type"))).selectByValue("TECHNOLOGY_TRANSFER");
        // the subtypes follow the type (contract-form.js)
        List<String> subtypes = new Select(driver().findElement(By.id("subtype"))).getOptions().stream()
                .map(o -> o.getAttribute("value")).toList();
        assertThat(subtypes).contains("PATENT", "SOFTWARE_COPYRIGHT").doesNotContain("COMMISSIONED", "GENERAL");
        new Select(driver().findElement(By.id("subtype"))).selectByValue("PATENT");
        new Select(driver().findElement(By.id("technologyField"))).selectByValue("ADVANCED_MANUFACTURING");
        driver().findElement(By.id("buyerName")).sendKeys("深圳市示例买方有限公司");
        WebElement code = driver().findElement(By.id("buyerCreditCode"));
        // the credit code is checked as it is typed
        code.sendKeys("91440300708461136X");
        browser.waiting().until(ExpectedConditions.textToBe(By.id("buyerCreditCode-hint"), "第 18 位校验码不正确，请核对"));
        code.sendKeys("\b");
        code.sendKeys("T");
        browser.waiting().until(ExpectedConditions.textToBe(By.id("buyerCreditCode-hint"), "✓ 格式和校验码正确"));
        // the buyer's district is left to its credit code (440300); the registration form's fields
        new Select(driver().findElement(By.id("ipType"))).selectByValue("PATENT");
        new Select(driver().findElement(By.id("planSource"))).selectByValue("MUNICIPAL");
        setDate("signedOn", signed);
        setDate("validFrom", signed);
        setDate("validTo", signed.plusYears(2));
        driver().findElement(By.id("contractAmount")).sendKeys(amount.toPlainString());
        driver().findElement(By.id("techTransactionAmount")).sendKeys(amount.toPlainString());
    }

    /** A date input's keyboard format follows the browser's locale; its value is always ISO. */
    private void setDate(String id, LocalDate date) {
        driver().executeScript("arguments[0].value = arguments[1];", driver().findElement(By.id(id)), date.toString());
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

    private void click(By by) {
        browser.click(by);
    }

    private void clickAndLoad(By by) {
        browser.clickAndLoad(by);
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

    private static Path writeSmallPdf() throws IOException {
        Path dir = browser.workDir();
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
