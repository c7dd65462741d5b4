package cn.kjj.platform.account;

import org.springframework.context.annotation.Bean;
import org.springframework.context.annotation.Configuration;
import org.springframework.session.jdbc.PostgreSqlJdbcIndexedSessionRepositoryCustomizer;

/**
 * Portal sessions live in PostgreSQL (Spring Session JDBC, tables from migration V12), not in a
 * node's memory: a person signed in on one node is signed in on every node, a node may restart or
 * leave without signing anyone out, and the load balancer needs no sticky sessions. Spring Boot
 * configures the store from {@code spring.session.*} (timeout, table name, clean-up schedule;
 * see application.yml and docs/scaling.md).
 */
@Configuration(proxyBeanMethods = false)
class HttpSessionConfiguration {

    /**
     * Writes session attributes with {@code INSERT ... ON CONFLICT DO UPDATE}: two requests of
     * one browser that set the same attribute at once (on one node or two) update it rather than
     * fail on the primary key. Runs after Spring Boot's own customizer, which sets the table name.
     */
    @Bean
    PostgreSqlJdbcIndexedSessionRepositoryCustomizer postgresSessionAttributeUpserts() {
        return new PostgreSqlJdbcIndexedSessionRepositoryCustomizer();
    }
}
