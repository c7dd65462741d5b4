package cn.kjj.platform.generator;

import java.time.Duration;
import java.time.LocalDate;
import java.time.ZoneId;
import org.slf4j.Logger;
import org.slf4j.LoggerFactory;
import org.springframework.boot.ApplicationArguments;
import org.springframework.boot.ApplicationRunner;
import org.springframework.boot.SpringApplication;
import org.springframework.context.ConfigurableApplicationContext;
import org.springframework.core.env.Environment;
import org.springframework.stereotype.Component;

/**
 * The scale generator as a command: when {@code platform.generate.enterprises} or
 * {@code platform.generate.contracts} is set, the application generates (see
 * {@link ScaleGenerator}) once it has started and then exits, with status 0 when it succeeded.
 *
 * <pre>
 * java -jar platform-web/target/platform-web-*.jar --server.port=0 \
 *   --platform.generate.enterprises=100000 --platform.generate.contracts=1000000 --platform.generate.years=10
 * </pre>
 *
 * Optional: {@code platform.generate.achievements} (default 100,000), {@code platform.generate.seed} (default 1), {@code platform.generate.until}
 * (the last day of the data, default yesterday in Asia/Shanghai) and {@code platform.generate.streams} (parallel
 * COPY streams for the contracts, default the number of cores, at least 2). See docs/performance.md.
 */
@Component
record ScaleGeneratorRunner(Environment environment, ScaleGenerator generator, ConfigurableApplicationContext context)
        implements ApplicationRunner {

    static final String PREFIX = "platform.generate.";
    private static final Logger log = LoggerFactory.getLogger(ScaleGeneratorRunner.class);

    @Override
    public void run(ApplicationArguments args) {
        if (!environment.containsProperty(PREFIX + "enterprises") && !environment.containsProperty(PREFIX + "contracts")
                && !environment.containsProperty(PREFIX + "achievements")) {
            return;
        }
        int code = 0;
        try {
            ScaleSettings settings = settings(environment);
            log.info("Generating up to {} enterprises, {} contracts and {} achievements over {} years to {} (seed {})",
                    settings.enterprises(), settings.contracts(), settings.achievements(), settings.years(),
                    settings.until(), settings.seed());
            long start = System.nanoTime();
            // parallel COPY streams for the contracts (decision 0053): one a core by default, at least two
            int streams = environment.getProperty(PREFIX + "streams", Integer.class,
                    Math.max(2, Runtime.getRuntime().availableProcessors()));
            ScaleGenerator.Result result = generator.generate(settings, streams);
            Duration took = Duration.ofNanos(System.nanoTime() - start);
            log.info("Generated {} enterprises, {} certifications, {} annual figures, {} high-tech applications,"
                    + " {} technology SMEs, {} contracts, {} history rows, {} registrations of other offices,"
                    + " {} achievements in {} ms;"
                    + " now {} generated enterprises, {} generated contracts and {} generated achievements",
                    result.enterprises(), result.certifications(), result.annualFigures(), result.applications(),
                    result.techSmes(), result.contracts(), result.historyRows(), result.imports(), result.achievements(),
                    took.toMillis(), result.totalEnterprises(), result.totalContracts(), result.totalAchievements());
        } catch (RuntimeException e) {
            log.error("Generating failed; nothing was stored", e);
            code = 1;
        }
        int status = code;
        System.exit(SpringApplication.exit(context, () -> status));
    }

    static ScaleSettings settings(Environment environment) {
        String until = environment.getProperty(PREFIX + "until");
        return new ScaleSettings(environment.getProperty(PREFIX + "enterprises", Integer.class, 100_000),
                environment.getProperty(PREFIX + "contracts", Integer.class, 0),
                environment.getProperty(PREFIX + "achievements", Integer.class, 100_000),
                environment.getProperty(PREFIX + "years", Integer.class, 10),
                environment.getProperty(PREFIX + "seed", Long.class, 1L),
                until == null ? LocalDate.now(ZoneId.of("Asia/Shanghai")).minusDays(1) : LocalDate.parse(until));
    }
}
