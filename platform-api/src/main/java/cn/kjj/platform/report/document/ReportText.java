package cn.kjj.platform.report.document;

import cn.kjj.platform.report.AnnualReport;
import cn.kjj.platform.report.ReportSentence;
import cn.kjj.platform.report.ReportValue;
import java.math.BigDecimal;
import java.math.RoundingMode;
import java.text.DecimalFormat;
import java.text.DecimalFormatSymbols;
import java.time.LocalDate;
import java.time.format.DateTimeFormatter;
import java.time.format.FormatStyle;
import java.util.List;
import java.util.Locale;
import org.springframework.context.MessageSource;
import org.springframework.stereotype.Component;

/**
 * The annual report's sentences and numbers in the reader's language (messages/reports*.properties),
 * the same for the report page, its PDF and the API: counts with separators, money in 万/亿 (Chinese)
 * or millions and billions (English), ratios and changes as percentages.
 */
@Component
public record ReportText(MessageSource messages) {

    private static final BigDecimal TEN_THOUSAND = new BigDecimal("10000");
    private static final BigDecimal HUNDRED_MILLION = new BigDecimal("100000000");
    private static final BigDecimal MILLION = new BigDecimal("1000000");
    private static final BigDecimal BILLION = new BigDecimal("1000000000");

    public List<String> sentences(AnnualReport report, Locale locale) {
        return report.sentences().stream().map(s -> sentence(s, locale)).toList();
    }

    public String sentence(ReportSentence sentence, Locale locale) {
        Object[] args = sentence.args().stream().map(v -> format(v, locale)).toArray();
        return messages.getMessage(sentence.key(), args, locale);
    }

    /** A label of the report (report.*). */
    public String label(String key, Locale locale, Object... args) {
        return messages.getMessage(key, args, locale);
    }

    public String format(ReportValue v, Locale locale) {
        BigDecimal n = v.value();
        if (n == null) {
            return "—";
        }
        return switch (v.kind()) {
            case YEAR -> n.toPlainString();
            case COUNT -> pattern("#,##0", n);
            case MONEY -> money(n, locale);
            case RATIO -> pattern("0.00", n.movePointRight(2)) + " %";
            case CHANGE -> signed(pattern("0.0", n.movePointRight(2).setScale(1, RoundingMode.HALF_UP))) + " %";
            case CHANGE_SIZE -> pattern("0.0", n.movePointRight(2).setScale(1, RoundingMode.HALF_UP)) + " %";
            case POINTS -> signed(pattern("0.00", n.movePointRight(2).setScale(2, RoundingMode.HALF_UP)));
            case POINTS_SIZE -> pattern("0.00", n.movePointRight(2).setScale(2, RoundingMode.HALF_UP));
        };
    }

    /** A date as the reader's language writes it in full: 2026年11月22日 / November 22, 2026. */
    public static String date(LocalDate date, Locale locale) {
        return DateTimeFormatter.ofLocalizedDate(FormatStyle.LONG).withLocale(locale).format(date);
    }

    /** Yuan in the units readers count in: 3.60 亿元 / 9,368.00 万元 / ¥360.00 million. */
    public static String money(BigDecimal yuan, Locale locale) {
        BigDecimal size = yuan.abs();
        if (locale != null && "en".equals(locale.getLanguage())) {
            if (size.compareTo(BILLION) >= 0) {
                return "¥" + scaled(yuan, BILLION) + " billion";
            }
            return size.compareTo(MILLION) >= 0 ? "¥" + scaled(yuan, MILLION) + " million" : "¥" + pattern("#,##0.00", yuan);
        }
        if (size.compareTo(HUNDRED_MILLION) >= 0) {
            return scaled(yuan, HUNDRED_MILLION) + " 亿元";
        }
        return size.compareTo(TEN_THOUSAND) >= 0 ? scaled(yuan, TEN_THOUSAND) + " 万元" : pattern("#,##0.00", yuan) + " 元";
    }

    private static String scaled(BigDecimal yuan, BigDecimal unit) {
        return pattern("#,##0.00", yuan.divide(unit, 2, RoundingMode.HALF_UP));
    }

    private static String signed(String number) {
        return number.startsWith("-") ? number : "+" + number;
    }

    static String pattern(String pattern, BigDecimal value) {
        DecimalFormat format = new DecimalFormat(pattern, DecimalFormatSymbols.getInstance(Locale.ROOT));
        format.setRoundingMode(RoundingMode.HALF_UP);
        return format.format(value);
    }
}
