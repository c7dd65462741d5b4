package cn.kjj.platform.generator;

import static org.assertj.core.api.Assertions.assertThat;

import cn.kjj.platform.PersistenceTest;
import cn.kjj.platform.matching.ChineseWords;
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
    private static final String GENERATED_FIGURES = "enterprise_annual_figures f join enterprise e on e.id = f.enterprise_id"
            + " where substr(e.credit_code, 9, 2) = 'GN'";

    @Autowired
    ScaleGenerator generator;
    @Autowired
    JdbcClient jdbc;

    @Test
    void generatedRecordsPassTheSchemaAndTheRollUpsEqualARecomputationFromTheBaseTables() {
        ScaleGenerator.Result result = generator.generate(new ScaleSettings(300, 3_000, 1_000, 5, 7, UNTIL));

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
                      from technology_contract where status = 'REGISTERED' and buyer_region_code is not null
                      union all
                      select buyer_region_code, 'BUYER', registered_on, type, contract_amount, tech_transaction_amount
                      from external_contract_registration) t
                group by 1"""))
                .hasSizeGreaterThan(100);
        // registrations of other offices (2 % of the contracts) with their form fields, one in ten without them,
        // in the absorption side of every dimension (decision 0054): the group UNKNOWN has them, output never
        assertThat(result.imports()).isEqualTo(60);
        assertThat(count("external_contract_registration where substr(registration_no, 11, 1) = '5'")).isEqualTo(60);
        assertThat(count("external_contract_registration where ip_type is null")).isBetween(1L, 20L);
        assertThat(count("contract_market_rollup where group_code = 'UNKNOWN' and perspective = 'BUYER'"
                + " and contract_count > 0")).isPositive();
        assertThat(count("contract_market_rollup where group_code = 'UNKNOWN' and perspective = 'SELLER'")).isZero();
        assertThat(rows("""
                select region_code || '/' || year, stock || '/' || newly_certified || '/' || renewed || '/'
                    || expired || '/' || revoked
                from high_tech_rollup where stock + newly_certified + renewed + expired + revoked > 0"""))
                .isEqualTo(highTechFromScratch()).hasSizeGreaterThan(20);
        // every group of the registration form's dimensions has contracts (decision 0035)
        assertThat(count("(select distinct ip_type from technology_contract) t")).isEqualTo(8);
        assertThat(count("(select distinct plan_source from technology_contract) t")).isEqualTo(5);
        assertThat(count("(select distinct buyer_nature from technology_contract) t")).isGreaterThanOrEqualTo(8);
    }

    @Test
    void enterprisesComeWithFiveYearsOfFiguresApplicationsOfTheirBatchYearsAndTechnologySmes() {
        ScaleGenerator.Result result = generator.generate(new ScaleSettings(300, 0, 0, 5, 7, UNTIL));

        assertThat(count(GENERATED_FIGURES)).isEqualTo(result.annualFigures()).isBetween(1_000L, 1_500L);
        assertThat(count("(select distinct year from " + GENERATED_FIGURES + ") y")).isEqualTo(5);
        // the candidates' figure windows (V36, decision 0050) came with the COPY: one per year of figures, each the
        // three-year sums the figures give
        assertThat(count("high_tech_figure_window w join enterprise e on e.id = w.enterprise_id"
                + " where substr(e.credit_code, 9, 2) = 'GN'")).isEqualTo(result.annualFigures());
        assertThat(count("""
                high_tech_figure_window w where w.rd_expense_3y <> (select sum(f.rd_expense)
                    from enterprise_annual_figures f where f.enterprise_id = w.enterprise_id
                    and f.year between w.year - 2 and w.year)
                  or w.years <> (select count(*) from enterprise_annual_figures f
                    where f.enterprise_id = w.enterprise_id and f.year between w.year - 2 and w.year)""")).isZero();
        // and their stored verdicts under the thresholds adopted at start-up (V44, decision 0058), with the
        // enterprise's region: the candidates list reads them
        assertThat(count("high_tech_figure_window w join enterprise e on e.id = w.enterprise_id"
                + " where w.not_met is null or w.region_code <> e.region_code")).isZero();
        assertThat(count(GENERATED_FIGURES + " and f.year < extract(year from e.founded_on)"))
                .as("no figures before an enterprise was founded").isZero();
        // some meet every condition judged from figures (the certified), some fail one or two, most fail more
        Map<String, String> failed = rows("""
                select failed::text, count(*) from (
                    select (f.invention_patents + f.other_ip = 0)::int + (f.tech_staff < f.staff * 0.10)::int
                        + (f.rd_expense < f.sales_revenue * 0.05)::int + (f.rd_expense_domestic < f.rd_expense * 0.60)::int
                        + (f.high_tech_income < f.revenue * 0.60)::int as failed
                    from enterprise_annual_figures f join enterprise e on e.id = f.enterprise_id
                    where substr(e.credit_code, 9, 2) = 'GN' and f.year = 2025) t group by 1""");
        assertThat(Long.parseLong(failed.getOrDefault("0", "0"))).isGreaterThan(30);
        assertThat(Long.parseLong(failed.getOrDefault("1", "0")) + Long.parseLong(failed.getOrDefault("2", "0")))
                .isGreaterThan(10);
        assertThat(Long.parseLong(failed.getOrDefault("3", "0")) + Long.parseLong(failed.getOrDefault("4", "0"))
                + Long.parseLong(failed.getOrDefault("5", "0"))).isGreaterThan(50);

        assertThat(count("high_tech_application a join enterprise e on e.id = a.enterprise_id"
                + " where substr(e.credit_code, 9, 2) = 'GN'")).isEqualTo(result.applications());
        assertThat(rows("""
                select a.status, count(*) from high_tech_application a join enterprise e on e.id = a.enterprise_id
                where substr(e.credit_code, 9, 2) = 'GN' group by 1""").keySet())
                .contains("PASSED", "FAILED", "RETURNED", "SUBMITTED", "RECOMMENDED");
        assertThat(count("high_tech_application a join enterprise e on e.id = a.enterprise_id"
                + " where substr(e.credit_code, 9, 2) = 'GN' and a.status = 'PASSED'"))
                .as("every generated certificate is the pass of an application of its year")
                .isEqualTo(count("high_tech_certification where certificate_no like 'GF%'"))
                .isEqualTo(count("high_tech_application a join high_tech_certification h on h.id = a.certification_id"
                        + " where a.batch_year = extract(year from h.issued_on) and h.enterprise_id = a.enterprise_id"));

        assertThat(count("tech_sme where registration_no like '%GN%'")).isEqualTo(result.techSmes())
                .isGreaterThan(50);
        assertThat(count("tech_sme s join enterprise e on e.id = s.enterprise_id"
                + " where s.region_code <> e.region_code or s.year < 2017 or e.employees > 500")).isZero();
    }

    @Test
    void achievementsCarryTheWordsTheApplicationWouldStoreSoThatAWordSearchFindsThem() {
        long before = count("achievement");
        ScaleGenerator.Result result = generator.generate(new ScaleSettings(0, 0, 1_000, 5, 7, UNTIL));

        assertThat(result.achievements()).isEqualTo(1_000);
        assertThat(count("achievement")).isEqualTo(before + 1_000);
        jdbc.sql("select title, holder, summary, search_title, search_body from achievement order by id desc limit 50")
                .query((rs, i) -> {
                    assertThat(rs.getString(4)).isEqualTo(ChineseWords.indexed(rs.getString(1)));
                    assertThat(rs.getString(5)).isEqualTo(ChineseWords.indexed(rs.getString(2), rs.getString(3)));
                    return null;
                }).list();
        long found = jdbc.sql("select count(*) from achievement where search_vector @@ plainto_tsquery('simple', ?)")
                .param(ChineseWords.indexed("机器视觉检测")).query(Long.class).single();
        assertThat(found).as("a word search has many rows to rank, not all").isBetween(5L, 500L);
    }

    @Test
    void theSameSeedGivesTheSameRecordsAndTwoStepsGiveWhatOneRunGives() {
        generator.generate(new ScaleSettings(200, 1_500, 300, 4, 11, UNTIL));
        String once = fingerprint(jdbc);
        restart();
        generator.generate(new ScaleSettings(200, 400, 100, 4, 11, UNTIL));
        ScaleGenerator.Result second = generator.generate(new ScaleSettings(200, 1_500, 300, 4, 11, UNTIL));
        String inTwoSteps = fingerprint(jdbc);
        ScaleGenerator.Result nothing = generator.generate(new ScaleSettings(200, 1_500, 300, 4, 11, UNTIL));
        restart();
        generator.generate(new ScaleSettings(200, 1_500, 300, 4, 12, UNTIL));
        String otherSeed = fingerprint(jdbc);

        assertThat(second.enterprises()).isZero();
        assertThat(second.contracts()).isEqualTo(1_100);
        assertThat(second.achievements()).isEqualTo(200);
        assertThat(nothing.contracts()).isZero();
        assertThat(nothing.achievements()).isZero();
        assertThat(inTwoSteps).isEqualTo(once);
        assertThat(otherSeed).isNotEqualTo(once);
    }

    /** Everything generated except ids and the times rows were written. */
    static String fingerprint(JdbcClient jdbc) {
        return enterprisesAndContracts(jdbc) + "/" + jdbc.sql("""
                select md5(string_agg(concat_ws('|', f.year, f.revenue, f.rd_expense, f.tech_staff, f.profit), ','
                    order by e.credit_code, f.year)) from enterprise_annual_figures f
                join enterprise e on e.id = f.enterprise_id where substr(e.credit_code, 9, 2) = 'GN'""")
                .query(String.class).single() + "/" + jdbc.sql("""
                select md5(string_agg(concat_ws('|', e.credit_code, a.batch_year, a.status, a.innovation_score,
                    a.submitted_on, a.decided_on), ',' order by e.credit_code, a.batch_year)) from high_tech_application a
                join enterprise e on e.id = a.enterprise_id where substr(e.credit_code, 9, 2) = 'GN'""")
                .query(String.class).single() + "/" + jdbc.sql("""
                select md5(string_agg(concat_ws('|', registration_no, score), ',' order by year, registration_no))
                from tech_sme where registration_no like '%GN%'""").query(String.class).single() + "/" + jdbc.sql("""
                select md5(string_agg(concat_ws('|', registration_no, signed_on, buyer_credit_code, contract_amount,
                    seller_nature, ip_type), ',' order by registration_no)) from external_contract_registration""")
                .query(String.class).single() + "/" + jdbc.sql("""
                select md5(string_agg(concat_ws('|', title, holder, field, region_code, summary, search_body,
                    created_at), ',' order by created_at, title, summary)) from achievement
                where contact like '%科研处 0750-%'""").query(String.class).single();
    }

    private static String enterprisesAndContracts(JdbcClient jdbc) {
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
