package cn.kjj.platform.portal;

import java.math.BigDecimal;
import java.math.RoundingMode;
import java.text.DecimalFormat;
import java.text.DecimalFormatSymbols;
import java.time.LocalDate;
import java.time.format.DateTimeFormatter;
import java.util.Locale;
import org.springframework.stereotype.Component;

/**
 * Money, numbers and dates as readers of the page's language expect them. Templates call it
 * as {@code ${@formats.money(amount, #locale)}}; every amount is a {@link BigDecimal} and is
 * only rounded for display, never in arithmetic.
 *
 * <ul>
 *   <li>{@link #money}: the exact amount, {@code ¥1,250,000.00} in both languages;</li>
 *   <li>{@link #compactMoney}: large amounts for tiles and sentences, in Chinese with 万 and 亿
 *       ({@code 3.60 亿元}, {@code 9,368.00 万元}), in English in millions and billions
 *       ({@code ¥360.00 million});</li>
 *   <li>{@link #date}: {@code 2026年11月22日} or {@code 22 Nov 2026}.</li>
 * </ul>
 */
@Component("formats")
public class PortalFormats {

    private static final BigDecimal TEN_THOUSAND = new BigDecimal("10000");
    private static final BigDecimal HUNDRED_MILLION = new BigDecimal("100000000");
    private static final BigDecimal MILLION = new BigDecimal("1000000");
    private static final BigDecimal BILLION = new BigDecimal("1000000000");
    private static final DateTimeFormatter DATE_ZH = DateTimeFormatter.ofPattern("yyyy年M月d日", Locale.CHINA);
    private static final DateTimeFormatter DATE_EN = DateTimeFormatter.ofPattern("d MMM yyyy", Locale.ENGLISH);

    /** The exact amount in yuan with thousands separators and two decimals: ¥1,250,000.00. */
    public String money(BigDecimal yuan, Locale locale) {
        if (yuan == null) {
            return "";
        }
        return (yuan.signum() < 0 ? "-¥" : "¥") + plain("#,##0.00", yuan.abs());
    }

    /**
     * A large amount in the units its readers count in, rounded half up to two decimals:
     * 3.60 亿元 / ¥360.00 million. Amounts under 10,000 yuan (Chinese) or a million yuan
     * (English) are shown exactly.
     */
    public String compactMoney(BigDecimal yuan, Locale locale) {
        if (yuan == null) {
            return "";
        }
        BigDecimal size = yuan.abs();
        if (RegistryLabels.isEnglish(locale)) {
            if (size.compareTo(BILLION) >= 0) {
                return scaled(yuan, BILLION, "¥", " billion");
            }
            if (size.compareTo(MILLION) >= 0) {
                return scaled(yuan, MILLION, "¥", " million");
            }
            return money(yuan, locale);
        }
        if (size.compareTo(HUNDRED_MILLION) >= 0) {
            return scaled(yuan, HUNDRED_MILLION, "", " 亿元");
        }
        if (size.compareTo(TEN_THOUSAND) >= 0) {
            return scaled(yuan, TEN_THOUSAND, "", " 万元");
        }
        return plain("#,##0.00", yuan) + " 元";
    }

    /** A count with thousands separators: 1,845. */
    public String count(long value) {
        return plain("#,##0", BigDecimal.valueOf(value));
    }

    /** A plain fraction as a percentage with the given decimals: 0.0571 → 5.71 %. */
    public String percent(BigDecimal fraction, int decimals) {
        if (fraction == null) {
            return "";
        }
        BigDecimal percent = fraction.movePointRight(2).setScale(decimals, RoundingMode.HALF_UP);
        return percent.toPlainString() + " %";
    }

    /** A signed change as a percentage, with its sign always shown: +65.1 % / -3.0 %. */
    public String change(BigDecimal fraction, int decimals) {
        if (fraction == null) {
            return "";
        }
        String percent = percent(fraction, decimals);
        return fraction.signum() >= 0 && !percent.startsWith("-") ? "+" + percent : percent;
    }

    /** A date as the page's language writes it: 2026年11月22日 / 22 Nov 2026. */
    public String date(LocalDate date, Locale locale) {
        if (date == null) {
            return "";
        }
        return RegistryLabels.isEnglish(locale) ? DATE_EN.format(date) : DATE_ZH.format(date);
    }

    private static String scaled(BigDecimal yuan, BigDecimal unit, String prefix, String suffix) {
        BigDecimal value = yuan.divide(unit, 2, RoundingMode.HALF_UP);
        String sign = value.signum() < 0 ? "-" : "";
        return sign + prefix + plain("#,##0.00", value.abs()) + suffix;
    }

    private static String plain(String pattern, BigDecimal value) {
        return new DecimalFormat(pattern, DecimalFormatSymbols.getInstance(Locale.ROOT)).format(value);
    }
}
