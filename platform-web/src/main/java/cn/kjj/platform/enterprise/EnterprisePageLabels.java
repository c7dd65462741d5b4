package cn.kjj.platform.enterprise;

import cn.kjj.platform.common.ClockConfiguration;
import cn.kjj.platform.common.Named;
import cn.kjj.platform.region.RegionDirectory;
import java.math.BigDecimal;
import java.math.RoundingMode;
import java.time.Instant;
import java.time.format.DateTimeFormatter;
import java.util.Locale;
import org.springframework.stereotype.Component;

/**
 * Names and formats the enterprise pages show, in the page's language. Templates call it as
 * {@code ${@enterpriseLabels.of(certification.status, #locale)}}.
 */
@Component("enterpriseLabels")
public class EnterprisePageLabels {

    private static final DateTimeFormatter MINUTES = DateTimeFormatter.ofPattern("yyyy-MM-dd HH:mm")
            .withZone(ClockConfiguration.BUREAU_ZONE);

    private final RegionDirectory regions;

    EnterprisePageLabels(RegionDirectory regions) {
        this.regions = regions;
    }

    /**
     * The name of a kind, status or level in the page's language (a certificate's, or a hosted
     * platform's or an award's, which other features add to the page); "" for null.
     */
    public String of(Object value, Locale locale) {
        if (value instanceof Named named) {
            return named.displayName(locale);
        }
        return value == null ? "" : value.toString();
    }

    /** The badge's modifier class of a certification status, e.g. {@code badge--expiring_soon}. */
    public String badge(CertificationStatus status) {
        return status == null ? "" : "badge--" + status.name().toLowerCase(Locale.ROOT);
    }

    /** "江海区 (440704)" for a known region, the bare code otherwise. */
    public String region(String code, Locale locale) {
        if (code == null || code.isBlank()) {
            return "";
        }
        return regions.find(code).map(r -> r.displayName(locale) + " (" + code + ")").orElse(code);
    }

    /** The region's name alone, for narrow table columns. */
    public String regionName(String code, Locale locale) {
        return code == null ? "" : regions.find(code).map(r -> r.displayName(locale)).orElse(code);
    }

    /** A plain fraction as a percentage with one decimal: 0.1534 → 15.3 %. */
    public String percent(BigDecimal fraction) {
        if (fraction == null) {
            return "";
        }
        return fraction.movePointRight(2).setScale(1, RoundingMode.HALF_UP).toPlainString() + " %";
    }

    /** An instant as the bureau's local time, to the minute. */
    public String time(Instant instant) {
        return instant == null ? "" : MINUTES.format(instant);
    }
}
