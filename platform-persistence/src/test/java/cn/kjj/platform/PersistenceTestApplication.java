package cn.kjj.platform;

import org.springframework.boot.SpringBootConfiguration;
import org.springframework.boot.autoconfigure.EnableAutoConfiguration;
import org.springframework.context.annotation.ComponentScan;

/** The persistence module's own application for its tests: the domain and persistence beans, no web. */
@SpringBootConfiguration
@EnableAutoConfiguration
@ComponentScan("cn.kjj.platform")
public class PersistenceTestApplication {
}
