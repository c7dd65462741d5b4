package cn.kjj.platform.indicator;

import cn.kjj.platform.common.Named;
import cn.kjj.platform.contract.ContractType;
import cn.kjj.platform.incubator.IncubatorKind;
import cn.kjj.platform.lab.LabKind;
import cn.kjj.platform.program.ProgramKind;
import cn.kjj.platform.region.RecognitionLevel;
import java.math.BigDecimal;
import java.math.RoundingMode;
import java.text.DecimalFormat;
import java.text.DecimalFormatSymbols;
import java.util.List;
import java.util.Locale;
import org.springframework.stereotype.Component;

/**
 * Formats the indicators' exact values for the page ({@code @indicatorLabels} in the template):
 * fractions as percentages with two decimals, money and counts with thousands separators, and the
 * kinds and levels the series name by their enum constant in the page's language.
 */
@Component("indicatorLabels")
public class IndicatorLabels {

    private static final BigDecimal HUNDRED = BigDecimal.valueOf(100);
    private static final List<Class<? extends Enum<?>>> NAMED = List.of(IncubatorKind.class, LabKind.class,
            ProgramKind.class, RecognitionLevel.class, ContractType.class);

    /** A plain fraction (0.0571) as a percentage with two decimals (5.71 %); "" for null. */
    public String percent(Object fraction, Locale locale) {
        BigDecimal value = decimal(fraction);
        return value == null ? "" : format("#,##0.00", value.multiply(HUNDRED).setScale(2, RoundingMode.HALF_EVEN),
                locale) + " %";
    }

    /** Yuan (or square metres) with thousands separators and two decimals: 1,250,000.00. */
    public String money(Object amount, Locale locale) {
        BigDecimal value = decimal(amount);
        return value == null ? "" : format("#,##0.00", value, locale);
    }

    /** A count with thousands separators. */
    public String count(Object number, Locale locale) {
        BigDecimal value = decimal(number);
        return value == null ? "" : format("#,##0", value, locale);
    }

    /** The exact value for a data-* attribute: plain digits, "" for null. */
    public String exact(Object value) {
        BigDecimal decimal = decimal(value);
        return decimal == null ? "" : decimal.toPlainString();
    }

    /** A kind or level named by its constant (INCUBATOR, NATIONAL ...) in the page's language. */
    public String name(Object constant, Locale locale) {
        if (constant == null) {
            return "";
        }
        String text = constant.toString();
        for (Class<? extends Enum<?>> type : NAMED) {
            for (Enum<?> value : type.getEnumConstants()) {
                if (value.name().equals(text) && value instanceof Named named) {
                    return named.displayName(locale);
                }
            }
        }
        return text;
    }

    private static BigDecimal decimal(Object value) {
        if (value instanceof BigDecimal d) {
            return d;
        }
        if (value instanceof Number n) {
            return new BigDecimal(n.toString());
        }
        return null;
    }

    private static String format(String pattern, BigDecimal value, Locale locale) {
        DecimalFormat format = new DecimalFormat(pattern, DecimalFormatSymbols.getInstance(
                locale == null ? Locale.ROOT : locale));
        format.setRoundingMode(RoundingMode.HALF_EVEN);
        format.setParseBigDecimal(true);
        return format.format(value);
    }
}
