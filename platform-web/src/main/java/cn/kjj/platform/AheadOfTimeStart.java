package cn.kjj.platform;

import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Objects;
import org.apache.commons.logging.Log;
import org.springframework.aot.AotDetector;
import org.springframework.boot.EnvironmentPostProcessor;
import org.springframework.boot.SpringApplication;
import org.springframework.boot.logging.DeferredLogFactory;
import org.springframework.core.env.ConfigurableEnvironment;

/**
 * Chooses between the ahead-of-time context and the classic start (decision 0071). The build processes the
 * application ahead of time ({@code spring-boot-maven-plugin}'s {@code process-aot}) with every setting at its
 * default, and {@code bin/platform} starts from that processed context ({@code -Dspring.aot.enabled=true}): the
 * bean definitions are code, so the start neither scans classes nor evaluates conditions. That also fixes which
 * beans exist to the build's settings. A start whose settings would make another set (an external database, a
 * read replica, the caches off, a profile, the audit check) runs the classic way instead, decided here after the
 * settings are read and before the context is made, with a line in the log saying why.
 *
 * <p>Every setting that a condition of this platform reads is in {@link #DECIDING}; {@code AheadOfTimeStartTest}
 * fails when a condition reads one that is not.
 */
public class AheadOfTimeStart implements EnvironmentPostProcessor {

    /** Spring's switch ({@link AotDetector#AOT_ENABLED}), a JVM system property. */
    static final String SWITCH = AotDetector.AOT_ENABLED;

    /**
     * The settings that decide which beans exist, each with the value the build processed (empty: unset). A
     * start on which one has another value runs the classic way.
     */
    static final Map<String, String> DECIDING = deciding();

    private static Map<String, String> deciding() {
        Map<String, String> settings = new LinkedHashMap<>();
        settings.put("spring.datasource.url", "");                  // set: the external database, no embedded one
        settings.put("platform.embedded-db.enabled", "true");
        settings.put("platform.datasource.replica.url", "");        // set: the replica's routing, caches off
        settings.put("platform.indicators.cache.enabled", "true");
        settings.put("platform.search.cache.enabled", "true");
        settings.put("platform.audit.verify", "false");             // the audit chain check instead of serving
        settings.put("spring.profiles.active", "");
        settings.put("spring.profiles.include", "");
        return Map.copyOf(settings);
    }

    private final Log log;

    public AheadOfTimeStart(DeferredLogFactory logs) {
        this.log = logs.getLog(AheadOfTimeStart.class);
    }

    @Override
    public void postProcessEnvironment(ConfigurableEnvironment environment, SpringApplication application) {
        if (!AotDetector.useGeneratedArtifacts()) {
            return;
        }
        List<String> differing = differing(environment);
        if (!differing.isEmpty()) {
            System.setProperty(SWITCH, "false");
            log.info("Classic start instead of the ahead-of-time context (decision 0071): " + String.join(", ", differing)
                    + " decide which beans exist, and the build processed the defaults");
        }
    }

    /** The names of the deciding settings whose value on this start is not the build's. */
    static List<String> differing(ConfigurableEnvironment environment) {
        List<String> differing = new ArrayList<>();
        DECIDING.forEach((name, built) -> {
            String value = Objects.requireNonNullElse(environment.getProperty(name), "").trim();
            boolean same = built.isEmpty() ? value.isEmpty()
                    : value.isEmpty() || value.equalsIgnoreCase(built);
            if (!same) {
                differing.add(name);   // the name only: a URL may carry a password
            }
        });
        return differing;
    }
}
