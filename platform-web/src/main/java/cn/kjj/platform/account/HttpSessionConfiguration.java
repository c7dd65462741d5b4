package cn.kjj.platform.account;

import cn.kjj.platform.common.Bookkeeping;
import org.springframework.context.annotation.Bean;
import org.springframework.context.annotation.Configuration;
import org.springframework.context.annotation.Primary;
import org.springframework.session.jdbc.PostgreSqlJdbcIndexedSessionRepositoryCustomizer;
import org.springframework.transaction.PlatformTransactionManager;
import org.springframework.transaction.support.TransactionOperations;
import org.springframework.transaction.support.TransactionTemplate;

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

    /**
     * Spring Session's transactions (each in a transaction of its own, as Spring Session makes them by default)
     * named as {@link Bookkeeping}: saving a session on every portal request does not empty the indicator cache
     * (decision 0057). Spring Session takes the bean by its name, {@code springSessionTransactionOperations}.
     */
    @Bean
    TransactionOperations springSessionTransactionOperations(PlatformTransactionManager transactionManager) {
        return Bookkeeping.transactions(transactionManager, "portal-session", true);
    }

    /**
     * Spring Boot's own transaction template, declared here because Boot's backs off when any
     * {@code TransactionOperations} bean exists, as the one above; primary, so that by type everyone gets this one.
     */
    @Bean
    @Primary
    TransactionTemplate transactionTemplate(PlatformTransactionManager transactionManager) {
        return new TransactionTemplate(transactionManager);
    }
}
