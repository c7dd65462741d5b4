package cn.kjj.platform.generator;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import cn.kjj.platform.PersistenceTestApplication;
import org.junit.jupiter.api.MethodOrderer;
import org.junit.jupiter.api.Order;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.TestMethodOrder;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.boot.test.context.SpringBootTest;
import org.springframework.jdbc.core.simple.JdbcClient;
import org.springframework.test.context.ActiveProfiles;
import org.springframework.transaction.support.TransactionTemplate;

/**
 * The generator's parallel path (decision 0053): contracts written in several COPY streams on connections and
 * transactions of their own. It commits, so it runs on a database of its own (a context of its own, not the
 * shared rolled-back one of {@code @PersistenceTest}).
 */
@SpringBootTest(classes = PersistenceTestApplication.class, webEnvironment = SpringBootTest.WebEnvironment.NONE,
        properties = "platform.test.context=committing-scale-generator")
@ActiveProfiles("test")
@TestMethodOrder(MethodOrderer.OrderAnnotation.class)
class ScaleGeneratorStreamsTest {

    private static final ScaleSettings SETTINGS = new ScaleSettings(200, 25_000, 300, 4, 11, ScaleGeneratorTest.UNTIL);
    private static final String COUNTS = """
            select concat_ws('/', (select count(*) from enterprise), (select count(*) from high_tech_certification),
                (select count(*) from high_tech_application), (select count(*) from tech_sme),
                (select count(*) from enterprise_annual_figures), (select count(*) from achievement),
                (select count(*) from technology_contract), (select count(*) from contract_history),
                (select count(*) from audit_event), (select count(*) from external_contract_registration),
                (select string_agg(last_serial::text, ',' order by region_code, year)
                                                     from registration_counter))""";
    private static final String ROLLUP = """
            select md5(string_agg(concat_ws('|', region_code, perspective, month, contract_type, contract_count,
                contract_amount, tech_transaction_amount), ',' order by region_code, perspective, month, contract_type))
            from contract_turnover_rollup""";

    @Autowired
    ScaleGenerator generator;
    @Autowired
    JdbcClient jdbc;
    @Autowired
    TransactionTemplate transaction;

    @Test
    @Order(1) // on the empty database: the run in a rolled-back transaction first
    void contractsWrittenInParallelStreamsAreTheRecordsOfOneTransactionAndCountInTheRollUps() {
        ScaleSettings settings = SETTINGS;
        String[] inOneTransaction = new String[2];
        transaction.executeWithoutResult(status -> {
            // inside a caller's transaction the generator writes everything in it, in one stream
            generator.generate(settings, 3);
            inOneTransaction[0] = ScaleGeneratorTest.fingerprint(jdbc);
            inOneTransaction[1] = jdbc.sql(ROLLUP).query(String.class).single();
            status.setRollbackOnly();
        });
        assertThat(jdbc.sql("select count(*) from technology_contract").query(Long.class).single()).isZero();

        ScaleGenerator.Result result = generator.generate(settings, 3);

        assertThat(result.contracts()).isEqualTo(25_000);
        assertThat(result.historyRows()).isGreaterThan(75_000);
        assertThat(jdbc.sql("select count(*) from contract_history").query(Long.class).single())
                .isEqualTo(result.historyRows());
        assertThat(ScaleGeneratorTest.fingerprint(jdbc)).as("the same records as in one transaction")
                .isEqualTo(inOneTransaction[0]);
        assertThat(jdbc.sql(ROLLUP).query(String.class).single()).as("the roll-ups rebuilt from every stream's rows")
                .isEqualTo(inOneTransaction[1]);
        // the statistics, taken on a connection of their own beside the roll-ups' rebuild, are there when it returns
        assertThat(jdbc.sql("""
                select string_agg(relname || '=' || reltuples::bigint, ',' order by relname) from pg_class
                where relname in ('technology_contract', 'contract_history')""").query(String.class).single())
                .as("the planner's row counts of the generated tables")
                .isEqualTo("contract_history=" + result.historyRows() + ",technology_contract=25000");
        assertThat(generator.generate(settings, 3).contracts()).as("totals, not increments").isZero();
    }

    @Test
    @Order(2)
    void aRunWhoseStreamFailsLeavesNothingBehindNotEvenWhatItsFirstStepCommitted() {
        generator.generate(SETTINGS, 3);
        String records = ScaleGeneratorTest.fingerprint(jdbc);
        String counts = jdbc.sql(COUNTS).query(String.class).single();
        // a rule the new contracts of 2026 break (not checked on the rows already there)
        jdbc.sql("""
                alter table technology_contract add constraint scale_test_nothing_signed_in_2026
                    check (signed_on < date '2026-01-01') not valid""").update();
        try {
            assertThatThrownBy(() -> generator.generate(new ScaleSettings(260, 30_000, 400, 4, 11,
                    ScaleGeneratorTest.UNTIL), 3)).hasMessageContaining("scale_test_nothing_signed_in_2026");
        } finally {
            jdbc.sql("alter table technology_contract drop constraint scale_test_nothing_signed_in_2026").update();
        }

        assertThat(jdbc.sql(COUNTS).query(String.class).single())
                .as("the 60 enterprises (with all that comes with them), 100 achievements and 100 imports committed first"
                        + " are gone")
                .isEqualTo(counts);
        assertThat(ScaleGeneratorTest.fingerprint(jdbc)).isEqualTo(records);
    }
}
