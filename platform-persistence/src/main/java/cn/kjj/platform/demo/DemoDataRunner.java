package cn.kjj.platform.demo;

import io.zonky.test.db.postgres.embedded.EmbeddedPostgres;
import org.slf4j.Logger;
import org.slf4j.LoggerFactory;
import org.springframework.beans.factory.ObjectProvider;
import org.springframework.beans.factory.SmartInitializingSingleton;
import org.springframework.core.env.Environment;
import org.springframework.stereotype.Component;

/**
 * Loads the demo data set when it is switched on: {@code platform.demo-data=true} loads it,
 * {@code false} never does, and when the property is not set it is loaded exactly when the
 * platform runs on its embedded PostgreSQL (an {@link EmbeddedPostgres} bean exists), so that a
 * fresh download shows something while a real database never receives demo accounts unasked.
 *
 * <p>It runs once every singleton exists: after the Flyway migration (a singleton itself) and
 * before the web server opens its port, so no request, and no test, ever sees an empty platform.
 */
@Component
class DemoDataRunner implements SmartInitializingSingleton {

    static final String PROPERTY = "platform.demo-data";

    private static final Logger log = LoggerFactory.getLogger(DemoDataRunner.class);

    private final Environment environment;
    private final ObjectProvider<EmbeddedPostgres> embeddedPostgres;
    private final DemoDataLoader loader;
    private volatile DemoDataSummary summary = DemoDataSummary.nothing();

    DemoDataRunner(Environment environment, ObjectProvider<EmbeddedPostgres> embeddedPostgres,
                   DemoDataLoader loader) {
        this.environment = environment;
        this.embeddedPostgres = embeddedPostgres;
        this.loader = loader;
    }

    @Override
    public void afterSingletonsInstantiated() {
        Boolean setting = environment.getProperty(PROPERTY, Boolean.class);
        boolean embedded = embeddedPostgres.getIfAvailable() != null;
        if (!enabled(setting, embedded)) {
            log.debug("Demo data off ({}={}, embedded database: {})", PROPERTY, setting, embedded);
            return;
        }
        summary = loader.load();
        if (summary.nothingNew()) {
            log.info("Demo data already present; nothing loaded ({}={}, embedded database: {})", PROPERTY, setting,
                    embedded);
        } else {
            log.info("Demo data loaded: {}", summary.describe());
        }
    }

    /** What the run at start-up loaded (nothing when it was off or the data were there). */
    DemoDataSummary summary() {
        return summary;
    }

    /** An explicit setting wins; without one, demo data comes with the embedded database only. */
    static boolean enabled(Boolean setting, boolean embeddedDatabase) {
        return setting != null ? setting : embeddedDatabase;
    }
}
