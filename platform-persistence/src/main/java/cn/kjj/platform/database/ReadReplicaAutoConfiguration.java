package cn.kjj.platform.database;

import com.zaxxer.hikari.HikariConfig;
import com.zaxxer.hikari.HikariDataSource;
import javax.sql.DataSource;
import org.slf4j.Logger;
import org.slf4j.LoggerFactory;
import org.springframework.beans.factory.DisposableBean;
import org.springframework.beans.factory.config.BeanPostProcessor;
import org.springframework.boot.autoconfigure.AutoConfiguration;
import org.springframework.boot.autoconfigure.condition.ConditionalOnProperty;
import org.springframework.boot.jdbc.autoconfigure.DataSourceAutoConfiguration;
import org.springframework.context.annotation.Bean;
import org.springframework.core.env.Environment;
import org.springframework.jdbc.datasource.LazyConnectionDataSourceProxy;

/**
 * An optional streaming replica of PostgreSQL for reads ({@code platform.datasource.replica.url},
 * see docs/scaling.md): every {@code @Transactional(readOnly = true)} transaction that starts on
 * its own (indicators, lists, lookups) runs on the replica; everything else, including Flyway and
 * the session store, on the primary. Without the property nothing changes.
 */
@AutoConfiguration(after = DataSourceAutoConfiguration.class)
@ConditionalOnProperty(prefix = ReadReplicaAutoConfiguration.PREFIX, name = "url")
public class ReadReplicaAutoConfiguration {

    static final String PREFIX = "platform.datasource.replica";

    @Bean
    static ReadReplicaRouting readReplicaRouting(Environment environment) {
        return new ReadReplicaRouting(environment);
    }

    /**
     * Wraps the application's {@code dataSource} in a {@link LazyConnectionDataSourceProxy} that
     * takes a connection only at the first statement, from the replica's pool when the
     * transaction was marked read-only by then (Spring and Hibernate set that flag at begin).
     */
    static final class ReadReplicaRouting implements BeanPostProcessor, DisposableBean {

        private static final Logger log = LoggerFactory.getLogger(ReadReplicaRouting.class);

        private final Environment environment;
        private HikariDataSource replica;

        ReadReplicaRouting(Environment environment) {
            this.environment = environment;
        }

        @Override
        public Object postProcessAfterInitialization(Object bean, String beanName) {
            if (!"dataSource".equals(beanName) || !(bean instanceof DataSource primary)) {
                return bean;
            }
            replica = replicaPool(environment);
            log.info("Read-only transactions use the replica at {}", replica.getJdbcUrl());
            return routing(primary, replica);
        }

        @Override
        public void destroy() {
            if (replica != null) {
                replica.close();
            }
        }
    }

    /** The primary for reads and writes, the replica for read-only transactions. */
    static DataSource routing(DataSource primary, DataSource replica) {
        LazyConnectionDataSourceProxy proxy = new LazyConnectionDataSourceProxy(primary);
        proxy.setReadOnlyDataSource(replica);
        return proxy;
    }

    /** The replica's pool: its own URL; user and password default to the primary's. */
    static HikariDataSource replicaPool(Environment environment) {
        HikariConfig config = new HikariConfig();
        config.setPoolName("replica");
        config.setJdbcUrl(environment.getRequiredProperty(PREFIX + ".url"));
        config.setUsername(environment.getProperty(PREFIX + ".username",
                environment.getProperty("spring.datasource.username", "")));
        config.setPassword(environment.getProperty(PREFIX + ".password",
                environment.getProperty("spring.datasource.password", "")));
        config.setMaximumPoolSize(environment.getProperty(PREFIX + ".maximum-pool-size", Integer.class, 10));
        config.setReadOnly(true);
        return new HikariDataSource(config);
    }
}
