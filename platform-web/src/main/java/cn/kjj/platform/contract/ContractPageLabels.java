package cn.kjj.platform.contract;

import cn.kjj.platform.common.Named;
import cn.kjj.platform.region.RegionDirectory;
import java.time.Instant;
import java.time.format.DateTimeFormatter;
import java.util.Locale;
import org.springframework.stereotype.Component;

/**
 * Names and formats the contract pages show, in the page's language. Templates call it as
 * {@code ${@contractLabels.of(contract.status, #locale)}}.
 */
@Component("contractLabels")
public class ContractPageLabels {

    private static final DateTimeFormatter MINUTES = DateTimeFormatter.ofPattern("yyyy-MM-dd HH:mm")
            .withZone(ReviewClock.ZONE);

    private final RegionDirectory regions;

    ContractPageLabels(RegionDirectory regions) {
        this.regions = regions;
    }

    /** The name of a status, type, subtype or technology field in the page's language; "" for null. */
    public String of(Object value, Locale locale) {
        if (value instanceof Named named) {
            return named.displayName(locale);
        }
        return value == null ? "" : value.toString();
    }

    /** An instant as the bureau's local time, to the minute. */
    public String time(Instant instant) {
        return instant == null ? "" : MINUTES.format(instant);
    }

    /** "江海区 (440704)" for a known region, the bare code otherwise. */
    public String region(String code, Locale locale) {
        if (code == null || code.isBlank()) {
            return "";
        }
        return regions.find(code).map(r -> r.displayName(locale) + " (" + code + ")").orElse(code);
    }
}
