package cn.kjj.platform.common;

import java.time.Clock;
import java.time.ZoneId;
import org.springframework.boot.autoconfigure.condition.ConditionalOnMissingBean;
import org.springframework.context.annotation.Bean;
import org.springframework.context.annotation.Configuration;

/** One clock for every service, so that tests can fix "now". */
@Configuration(proxyBeanMethods = false)
public class ClockConfiguration {

    /** The bureau's zone: dates (signing, registration, due dates) are Beijing dates. */
    public static final ZoneId BUREAU_ZONE = ZoneId.of("Asia/Shanghai");

    @Bean
    @ConditionalOnMissingBean
    Clock clock() {
        return Clock.system(BUREAU_ZONE);
    }
}
