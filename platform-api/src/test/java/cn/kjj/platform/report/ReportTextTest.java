package cn.kjj.platform.report;

import static org.assertj.core.api.Assertions.assertThat;

import cn.kjj.platform.report.document.ReportText;
import cn.kjj.platform.report.ReportValue.Kind;
import java.math.BigDecimal;
import java.util.Locale;
import org.junit.jupiter.api.Test;
import org.springframework.context.support.ResourceBundleMessageSource;

/** The generated sentences as readers see them, from messages/reports*.properties. */
class ReportTextTest {

    static final Locale ZH = Locale.SIMPLIFIED_CHINESE;

    private final ReportText text = new ReportText(messages());

    private static ResourceBundleMessageSource messages() {
        ResourceBundleMessageSource source = new ResourceBundleMessageSource();
        source.setBasename("messages/reports");
        source.setDefaultEncoding("UTF-8");
        source.setFallbackToSystemLocale(false);
        return source;
    }

    private static ReportSentence growth(long from, long to) {
        return AnnualReportSentences.relative("highTech", 2022, Kind.COUNT, BigDecimal.valueOf(from),
                BigDecimal.valueOf(to));
    }

    @Test
    void anIncreaseReadsAsTheBureausWriteIt() {
        assertThat(text.sentence(growth(407, 672), ZH)).isEqualTo("2022 年，高新技术企业从 407 家增至 672 家，增长 65.1 %。");
        assertThat(text.sentence(growth(407, 672), Locale.ENGLISH))
                .isEqualTo("In 2022, high-tech enterprises grew from 407 to 672, +65.1 %.");
    }

    @Test
    void aDecreaseSaysFellWithTheSizeInChineseAndTheSignInEnglish() {
        assertThat(text.sentence(growth(1600, 1400), ZH)).isEqualTo("2022 年，高新技术企业从 1,600 家减至 1,400 家，下降 12.5 %。");
        assertThat(text.sentence(growth(1600, 1400), Locale.ENGLISH))
                .isEqualTo("In 2022, high-tech enterprises fell from 1,600 to 1,400, -12.5 %.");
    }

    @Test
    void missingAndFirstYearsSaySoInsteadOfAChange() {
        assertThat(text.sentence(growth(0, 0), ZH)).isEqualTo("2022 年末没有有效的高新技术企业证书。");
        assertThat(text.sentence(growth(0, 12), Locale.ENGLISH))
                .isEqualTo("At the end of 2022 there were 12 high-tech enterprises; there is no figure for the year before.");
    }

    @Test
    void moneyIsWrittenInTenThousandsAndHundredMillionsOrMillionsAndRatiosAsPercentages() {
        ReportSentence turnover = AnnualReportSentences.relative("output", 2022, Kind.MONEY,
                new BigDecimal("230000000.00"), new BigDecimal("360000000.00"));
        assertThat(text.sentence(turnover, ZH)).isEqualTo("2022 年，技术合同成交额（技术输出）从 2.30 亿元 增至 3.60 亿元，增长 56.5 %。");
        assertThat(text.sentence(turnover, Locale.ENGLISH))
                .isEqualTo("In 2022, technology contract turnover (output) grew from ¥230.00 million to ¥360.00 million, +56.5 %.");
        assertThat(text.format(ReportValue.of(Kind.MONEY, new BigDecimal("93680000.00")), ZH)).isEqualTo("9,368.00 万元");
        ReportSentence rd = AnnualReportSentences.points("rd", 2022, new BigDecimal("0.0520"), new BigDecimal("0.0571"));
        assertThat(text.sentence(rd, ZH)).isEqualTo("2022 年，研发经费投入强度从 5.20 % 提高到 5.71 %，上升 0.51 个百分点。");
        assertThat(text.sentence(rd, Locale.ENGLISH))
                .isEqualTo("In 2022, R&D intensity rose from 5.20 % to 5.71 % (+0.51 percentage points).");
    }
}
