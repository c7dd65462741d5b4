package cn.kjj.platform.database;

import static org.assertj.core.api.Assertions.assertThat;

import com.zaxxer.hikari.HikariDataSource;
import io.zonky.test.db.postgres.embedded.EmbeddedPostgres;
import java.io.IOException;
import javax.sql.DataSource;
import org.junit.jupiter.api.AfterAll;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.Test;
import org.springframework.jdbc.core.simple.JdbcClient;
import org.springframework.jdbc.datasource.DataSourceTransactionManager;
import org.springframework.mock.env.MockEnvironment;
import org.springframework.transaction.support.TransactionTemplate;

/**
 * With {@code platform.datasource.replica.url}, read-only transactions read from the replica and
 * all others from the primary. Two databases of one PostgreSQL server stand in for the two
 * servers; each names itself in a table.
 */
class ReadReplicaRoutingTest {

    private static EmbeddedPostgres server;
    private static HikariDataSource replica;
    private static DataSource routing;

    @BeforeAll
    static void startServer() throws IOException {
        server = EmbeddedPostgres.builder().setRegisterShutdownHook(false).start();
        JdbcClient admin = JdbcClient.create(server.getPostgresDatabase());
        for (String name : new String[] {"primary_db", "replica_db"}) {
            admin.sql("create database " + name).update();
            JdbcClient db = JdbcClient.create(server.getDatabase("postgres", name));
            db.sql("create table node (name text)").update();
            db.sql("insert into node values (?)").param(name).update();
        }
        MockEnvironment environment = new MockEnvironment()
                .withProperty("platform.datasource.replica.url", server.getJdbcUrl("postgres", "replica_db"))
                .withProperty("spring.datasource.username", "postgres");
        replica = ReadReplicaAutoConfiguration.replicaPool(environment);
        routing = ReadReplicaAutoConfiguration.routing(server.getDatabase("postgres", "primary_db"), replica);
    }

    @AfterAll
    static void stopServer() throws IOException {
        replica.close();
        server.close();
    }

    @Test
    void aReadOnlyTransactionReadsFromTheReplica() {
        assertThat(nodeIn(transaction(true))).isEqualTo("replica_db");
    }

    @Test
    void aReadWriteTransactionAndAStatementOutsideATransactionUseThePrimary() {
        assertThat(nodeIn(transaction(false))).isEqualTo("primary_db");
        assertThat(JdbcClient.create(routing).sql("select name from node").query(String.class).single())
                .isEqualTo("primary_db");
    }

    @Test
    void theReplicaPoolRefusesWrites() {
        assertThat(replica.isReadOnly()).isTrue();
    }

    private static TransactionTemplate transaction(boolean readOnly) {
        TransactionTemplate template = new TransactionTemplate(new DataSourceTransactionManager(routing));
        template.setReadOnly(readOnly);
        return template;
    }

    private static String nodeIn(TransactionTemplate transaction) {
        return transaction.execute(status -> JdbcClient.create(routing).sql("select name from node")
                .query(String.class).single());
    }
}
