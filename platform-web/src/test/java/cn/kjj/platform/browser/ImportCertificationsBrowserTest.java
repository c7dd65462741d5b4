package cn.kjj.platform.browser;

import static org.assertj.core.api.Assertions.assertThat;

import cn.kjj.platform.PortalTest;
import cn.kjj.platform.common.ClockConfiguration;
import cn.kjj.platform.enterprise.CreditCode;
import java.io.IOException;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.time.Duration;
import java.time.LocalDate;
import java.util.ArrayList;
import java.util.List;
import java.util.concurrent.ThreadLocalRandom;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.extension.RegisterExtension;
import org.openqa.selenium.By;
import org.openqa.selenium.WebElement;
import org.openqa.selenium.support.ui.ExpectedConditions;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.jdbc.core.simple.JdbcClient;

/**
 * An official imports a file of high-tech certificates in a real browser (headless Chromium),
 * follows the job to its end, and then finds the certificates that expire within 180 days in
 * the renewal pipeline, and not the others. Screenshots go to {@code target/screenshots/import/}.
 * Skipped where no Chromium is installed.
 */
@PortalTest
class ImportCertificationsBrowserTest {

    private static final String JIANGHAI = "440704";

    @RegisterExtension
    static final PortalBrowser browser = PortalBrowser.named("import", Duration.ofSeconds(20));

    @Autowired
    JdbcClient jdbc;

    /** An enterprise of the test with the certificate the file gives it. */
    private record Firm(String name, String creditCode, String certificateNo, LocalDate expiresOn) {
    }

    @Test
    void anOfficialImportsACertificationsFileAndFindsTheExpiringOnesInTheRenewalPipeline() throws Exception {
        LocalDate today = LocalDate.now(ClockConfiguration.BUREAU_ZONE);
        List<Firm> expiring = List.of(firm("浏览器导入即将到期甲", today.plusDays(9)),
                firm("浏览器导入即将到期乙", today.plusDays(12)));
        List<Firm> later = List.of(firm("浏览器导入远期丙", today.plusDays(500)),
                firm("浏览器导入远期丁", today.plusDays(800)));
        List<Firm> all = new ArrayList<>(expiring);
        all.addAll(later);
        Path file = certificationsFile(all);

        browser.logIn("official.jianghai", PortalBrowser.DEMO_PASSWORD);
        browser.openMenu("系统管理");
        browser.click(By.linkText("导入数据"));
        browser.waiting().until(ExpectedConditions.urlContains("/imports"));
        browser.clickAndLoad(By.linkText("高新技术企业认定"));
        assertThat(browser.driver().findElement(By.tagName("h1")).getText()).isEqualTo("导入：高新技术企业认定");
        browser.driver().findElement(By.id("file")).sendKeys(file.toString());
        browser.shot("certifications-import-page");
        browser.clickAndLoad(By.cssSelector("form.import-upload button[type=submit]"));

        WebElement done = browser.waiting().until(
                ExpectedConditions.visibilityOfElementLocated(By.cssSelector(".import-done")));
        assertThat(done.getText()).isEqualTo("已导入全部 4 行：新建 4 条，修订 0 条。");
        assertThat(browser.driver().findElement(By.id("import-status")).getText()).isEqualTo("已导入");
        browser.shot("job-done");

        browser.clickAndLoad(By.linkText("查看即将到期的认定（复审跟踪）"));
        assertThat(browser.driver().getCurrentUrl()).contains("/certifications/expiring");
        String pipeline = browser.driver().findElement(By.tagName("main")).getText();
        for (Firm firm : expiring) {
            assertThat(pipeline).contains(firm.name(), firm.certificateNo());
        }
        for (Firm firm : later) {
            assertThat(pipeline).doesNotContain(firm.name());
        }
        browser.shot("renewal-pipeline");
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
        Path file = browser.workDir().resolve("高企认定名单.csv");
        Files.writeString(file, csv, StandardCharsets.UTF_8);
        return file;
    }
}
