package cn.kjj.platform;

import cn.kjj.platform.common.ClockConfiguration;
import java.time.Clock;
import java.time.Instant;
import java.time.LocalDateTime;
import java.time.ZoneId;
import java.util.concurrent.atomic.AtomicReference;
import org.springframework.boot.autoconfigure.SpringBootApplication;
import org.springframework.context.annotation.Bean;
import org.springframework.context.annotation.Primary;

/** The API module on its own (without the portal): what the API tests start. */
@SpringBootApplication
public class ApiTestApplication {

    /** Every service's clock in the API tests: the system clock until a test fixes it. */
    @Bean
    @Primary
    MutableClock testClock() {
        return new MutableClock(new AtomicReference<>(), ClockConfiguration.BUREAU_ZONE);
    }

    /**
     * A clock that a test may fix ({@link #setBeijing}) and must {@link #reset} afterwards, since
     * all API tests share one application. Thread-safe; views in other zones follow it.
     */
    public static final class MutableClock extends Clock {

        private final AtomicReference<Instant> fixed;
        private final ZoneId zone;

        MutableClock(AtomicReference<Instant> fixed, ZoneId zone) {
            this.fixed = fixed;
            this.zone = zone;
        }

        /** Fixes "now" at this instant. */
        public void set(Instant instant) {
            fixed.set(instant);
        }

        /** Fixes "now" at this date and time in Beijing, the bureau's zone. */
        public void setBeijing(LocalDateTime beijingTime) {
            set(beijingTime.atZone(ClockConfiguration.BUREAU_ZONE).toInstant());
        }

        /** Back to the system clock. */
        public void reset() {
            fixed.set(null);
        }

        @Override
        public ZoneId getZone() {
            return zone;
        }

        @Override
        public Clock withZone(ZoneId other) {
            return new MutableClock(fixed, other);
        }

        @Override
        public Instant instant() {
            Instant now = fixed.get();
            return now != null ? now : Instant.now();
        }
    }
}
