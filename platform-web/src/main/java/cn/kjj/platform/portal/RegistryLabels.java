package cn.kjj.platform.portal;

import cn.kjj.platform.common.Named;
import cn.kjj.platform.region.RegionDirectory;
import cn.kjj.platform.region.RegionView;
import java.math.BigDecimal;
import java.math.RoundingMode;
import java.text.DecimalFormat;
import java.text.DecimalFormatSymbols;
import java.time.Instant;
import java.time.ZoneId;
import java.time.format.DateTimeFormatter;
import java.util.Locale;
import org.springframework.context.annotation.Primary;
import org.springframework.stereotype.Component;

/**
 * Names and formats the registry pages show, in the page's language. Templates call it as
 * {@code ${@registryLabels.of(incubator.kind, #locale)}}.
 */
@Component("registryLabels")
@Primary
public class RegistryLabels {

    private static final ZoneId BUREAU = ZoneId.of("Asia/Shanghai");
    private static final DateTimeFormatter MINUTES = DateTimeFormatter.ofPattern("yyyy-MM-dd HH:mm").withZone(BUREAU);

    private final RegionDirectory regions;

    protected RegistryLabels(RegionDirectory regions) {
        this.regions = regions;
    }

    public static boolean isEnglish(Locale locale) {
        return locale != null && "en".equals(locale.getLanguage());
    }

    /** The name of a kind or a recognition level in the page's language; "" for null. */
    public String of(Object value, Locale locale) {
        if (value instanceof Named named) {
            return named.displayName(locale);
        }
        return value == null ? "" : value.toString();
    }

    /** A region's name in the page's language, or its code when unknown. */
    public String region(String code, Locale locale) {
        if (code == null) {
            return "";
        }
        return regions.find(code).map(r -> r.displayName(locale)).orElse(code);
    }

    /** "江海区 (440704)" for a known region, the bare code otherwise. */
    public String regionAndCode(String code, Locale locale) {
        if (code == null || code.isBlank()) {
            return "";
        }
        return regions.find(code).map(r -> r.displayName(locale) + " (" + code + ")").orElse(code);
    }

    public String region(RegionView region, Locale locale) {
        return region == null ? "" : region.displayName(locale);
    }

    /** A quantity with thousands separators and up to two decimals: 120,000.5. */
    public String number(BigDecimal value) {
        return value == null ? "" : format("#,##0.##", value);
    }

    /** A percentage that already has its two decimals, e.g. 5.71 %. */
    public String percent(BigDecimal percent) {
        return percent == null ? "" : percent.toPlainString() + " %";
    }

    /** A plain fraction as a percentage with one decimal: 0.1534 → 15.3 %. */
    public String fraction(BigDecimal fraction) {
        return fraction == null ? ""
                : fraction.movePointRight(2).setScale(1, RoundingMode.HALF_UP).toPlainString() + " %";
    }

    /** The badge's modifier class of a status, e.g. {@code badge--expiring_soon}. */
    public String badge(Enum<?> status) {
        return status == null ? "" : "badge--" + status.name().toLowerCase(Locale.ROOT);
    }

    /** An instant as the bureau's local time, to the minute. */
    public String time(Instant instant) {
        return instant == null ? "" : MINUTES.format(instant);
    }

    private static String format(String pattern, BigDecimal value) {
        DecimalFormat format = new DecimalFormat(pattern, DecimalFormatSymbols.getInstance(Locale.ROOT));
        return format.format(value);
    }
}
