package cn.kjj.platform.portal;

import static org.assertj.core.api.Assertions.assertThat;

import java.math.BigDecimal;
import java.time.LocalDate;
import java.util.Locale;
import org.junit.jupiter.api.Test;

class PortalFormatsTest {

    private static final Locale ZH = Locale.forLanguageTag("zh-CN");
    private final PortalFormats formats = new PortalFormats();

    @Test
    void exactAmountsCarryTheYuanSignAndTwoDecimals() {
        assertThat(formats.money(new BigDecimal("1250000"), ZH)).isEqualTo("¥1,250,000.00");
        assertThat(formats.money(new BigDecimal("-0.5"), Locale.ENGLISH)).isEqualTo("-¥0.50");
        assertThat(formats.money(null, ZH)).isEmpty();
    }

    @Test
    void chineseReadersSeeLargeAmountsInWanAndYi() {
        assertThat(formats.compactMoney(new BigDecimal("360000000"), ZH)).isEqualTo("3.60 亿元");
        assertThat(formats.compactMoney(new BigDecimal("93680000"), ZH)).isEqualTo("9,368.00 万元");
        assertThat(formats.compactMoney(new BigDecimal("9999.99"), ZH)).isEqualTo("9,999.99 元");
        assertThat(formats.compactMoney(new BigDecimal("1234567890123.45"), ZH)).isEqualTo("12,345.68 亿元");
    }

    @Test
    void englishReadersSeeMillionsAndBillions() {
        assertThat(formats.compactMoney(new BigDecimal("360000000"), Locale.ENGLISH)).isEqualTo("¥360.00 million");
        assertThat(formats.compactMoney(new BigDecimal("2300000000"), Locale.ENGLISH)).isEqualTo("¥2.30 billion");
        assertThat(formats.compactMoney(new BigDecimal("999999.99"), Locale.ENGLISH)).isEqualTo("¥999,999.99");
    }

    @Test
    void percentagesAndChangesAreRoundedHalfUpForDisplayOnly() {
        assertThat(formats.percent(new BigDecimal("0.0571"), 2)).isEqualTo("5.71 %");
        assertThat(formats.change(new BigDecimal("0.65110"), 1)).isEqualTo("+65.1 %");
        assertThat(formats.change(new BigDecimal("-0.03"), 1)).isEqualTo("-3.0 %");
        assertThat(formats.change(BigDecimal.ZERO, 1)).isEqualTo("+0.0 %");
    }

    @Test
    void datesFollowThePageLanguage() {
        LocalDate date = LocalDate.of(2026, 11, 22);
        assertThat(formats.date(date, ZH)).isEqualTo("2026年11月22日");
        assertThat(formats.date(date, Locale.ENGLISH)).isEqualTo("22 Nov 2026");
        assertThat(formats.count(1845)).isEqualTo("1,845");
    }
}
