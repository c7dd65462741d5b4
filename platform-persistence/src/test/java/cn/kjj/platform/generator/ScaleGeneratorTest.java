package cn.kjj.platform.generator;

import static org.assertj.core.api.Assertions.assertThat;

import cn.kjj.platform.PersistenceTest;
import java.time.LocalDate;
import java.util.Map;
import java.util.TreeMap;
import org.junit.jupiter.api.Test;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.jdbc.core.simple.JdbcClient;
import org.springframework.test.context.transaction.TestTransaction;

@PersistenceTest
class ScaleGeneratorTest {

    static final LocalDate UNTIL = LocalDate.of(2026, 6, 30);

    @Autowired
    ScaleGenerator generator;
    @Autowired
    JdbcClient jdbc;

    @Test
    void generatedRecordsPassTheSchemaAndTheRollUpsEqualARecomputationFromTheBaseTables() {
        ScaleGenerator.Result result = generator.generate(new ScaleSettings(300, 3_000, 5, 7, UNTIL));

        assertThat(result.enterprises()).isEqualTo(300);
        assertThat(result.contracts()).isEqualTo(3_000);
        assertThat(count("enterprise where substr(credit_code, 9, 2) = 'GN' and credit_code_valid(credit_code)"))
                .isEqualTo(300);
        assertThat(count("high_tech_certification where certificate_no like 'GF%'")).isEqualTo(result.certifications())
                .isBetween(50L, 300L);
        assertThat(count("contract_history")).isGreaterThanOrEqualTo(result.historyRows()).isGreaterThan(9_000);
        assertThat(rows("select status, count(*) from technology_contract group by status").keySet())
                .contains("DRAFT", "SUBMITTED", "RETURNED", "REJECTED", "REGISTERED", "REVOKED");
        assertThat(count("technology_contract where signed_on < '2022-01-01' or signed_on > '2026-06-30'")).isZero();
        assertThat(count("""
                technology_contract c where registration_no is not null and cast(substr(registration_no, 11) as int)
                    > (select last_serial from registration_counter r
                       where r.region_code = c.seller_region_code and r.year = extract(year from c.registered_on))"""))
                .as("registration numbers beyond their counter would be given again").isZero();
        assertThat(rows("""
                select region_code || '/' || perspective || '/' || month || '/' || contract_type,
                    contract_count || '/' || contract_amount || '/' || tech_transaction_amount
                from contract_turnover_rollup where contract_count > 0"""))
                .isEqualTo(rows("""
                select region || '/' || perspective || '/' || date_trunc('month', registered_on)::date || '/' || type,
                    count(*) || '/' || sum(contract_amount) || '/' || sum(tech_transaction_amount)
                from (select seller_region_code region, 'SELLER' perspective, registered_on, type, contract_amount,
                        tech_transaction_amount from technology_contract where status = 'REGISTERED'
                      union all
                      select buyer_region_code, 'BUYER', registered_on, type, contract_amount, tech_transaction_amount
                      from technology_contract where status = 'REGISTERED' and buyer_region_code is not null) t
                group by 1"""))
                .hasSizeGreaterThan(100);
        assertThat(rows("""
                select region_code || '/' || year, stock || '/' || newly_certified || '/' || renewed || '/'
                    || expired || '/' || revoked
                from high_tech_rollup where stock + newly_certified + renewed + expired + revoked > 0"""))
                .isEqualTo(highTechFromScratch()).hasSizeGreaterThan(20);
    }

    @Test
    void theSameSeedGivesTheSameRecordsAndTwoStepsGiveWhatOneRunGives() {
        generator.generate(new ScaleSettings(200, 1_500, 4, 11, UNTIL));
        String once = fingerprint();
        restart();
        generator.generate(new ScaleSettings(200, 400, 4, 11, UNTIL));
        ScaleGenerator.Result second = generator.generate(new ScaleSettings(200, 1_500, 4, 11, UNTIL));
        String inTwoSteps = fingerprint();
        ScaleGenerator.Result nothing = generator.generate(new ScaleSettings(200, 1_500, 4, 11, UNTIL));
        restart();
        generator.generate(new ScaleSettings(200, 1_500, 4, 12, UNTIL));
        String otherSeed = fingerprint();

        assertThat(second.enterprises()).isZero();
        assertThat(second.contracts()).isEqualTo(1_100);
        assertThat(nothing.contracts()).isZero();
        assertThat(inTwoSteps).isEqualTo(once);
        assertThat(otherSeed).isNotEqualTo(once);
    }

    /** Everything generated except ids and the times rows were written. */
    private String fingerprint() {
        return jdbc.sql("""
                select md5(string_agg(e.credit_code || e.name || e.region_code || coalesce(e.revenue::text, '')
                        || coalesce((select string_agg(h.certificate_no || h.issued_on || coalesce(h.revoked_on::text, ''),
                            ',' order by h.certificate_no) from high_tech_certification h where h.enterprise_id = e.id), '')
                        || coalesce((select string_agg(c.title || c.signed_on || c.contract_amount || c.status
                            || coalesce(c.registration_no, '') || c.buyer_name || coalesce(c.due_on::text, '')
                            || (select string_agg(x.to_status || x.at, ',' order by x.at, x.id)
                                from contract_history x where x.contract_id = c.id),
                            ',' order by c.signed_on, c.contract_amount, c.title) from technology_contract c
                            where c.seller_id = e.id), ''), ';' order by e.credit_code))
                from enterprise e where substr(e.credit_code, 9, 2) = 'GN'""").query(String.class).single();
    }

    private static void restart() {
        TestTransaction.flagForRollback();
        TestTransaction.end();
        TestTransaction.start();
    }

    /** By the definitions of docs/indicators.md, from the certificates, without the roll-up's SQL. */
    private Map<String, String> highTechFromScratch() {
        String certs = "high_tech_certification h join enterprise e on e.id = h.enterprise_id";
        String[] figures = {
            "select e.region_code || '/' || y, count(distinct e.id) from generate_series(1990, 2035) y, " + certs
                + " where h.issued_on <= make_date(y, 12, 31) and h.expires_on >= make_date(y, 12, 31)"
                + " and (h.revoked_on is null or h.revoked_on > make_date(y, 12, 31)) group by 1",
            "select e.region_code || '/' || extract(year from h.issued_on), count(*) from " + certs
                + " where h.kind = 'INITIAL' group by 1",
            "select e.region_code || '/' || extract(year from h.issued_on), count(*) from " + certs
                + " where h.kind = 'RENEWAL' group by 1",
            "select e.region_code || '/' || extract(year from h.expires_on + 1), count(*) from " + certs
                + " where (h.revoked_on is null or h.revoked_on > h.expires_on) and not exists (select 1 from"
                + " high_tech_certification z where z.enterprise_id = h.enterprise_id and z.id <> h.id"
                + " and z.issued_on <= h.expires_on + 1 and z.expires_on >= h.expires_on + 1"
                + " and (z.revoked_on is null or z.revoked_on > h.expires_on + 1)) group by 1",
            "select e.region_code || '/' || extract(year from h.revoked_on), count(*) from " + certs
                + " where h.revoked_on is not null group by 1"};
        Map<String, long[]> sums = new TreeMap<>();
        for (int f = 0; f < figures.length; f++) {
            int index = f;
            rows(figures[f]).forEach((key, value) -> sums.computeIfAbsent(key, k -> new long[5])[index] =
                    Long.parseLong(value));
        }
        Map<String, String> result = new TreeMap<>();
        sums.forEach((k, v) -> result.put(k, v[0] + "/" + v[1] + "/" + v[2] + "/" + v[3] + "/" + v[4]));
        return result;
    }

    private Map<String, String> rows(String sql) {
        Map<String, String> rows = new TreeMap<>();
        jdbc.sql(sql).query((rs, i) -> rows.put(rs.getString(1), rs.getString(2))).list();
        return rows;
    }

    private long count(String from) {
        return jdbc.sql("select count(*) from " + from).query(Long.class).single();
    }
}
