package cn.kjj.platform.generator;

import cn.kjj.platform.audit.AuditLog;
import cn.kjj.platform.common.WorkingCalendarSource;
import cn.kjj.platform.generator.ScaleContracts.Parties;
import cn.kjj.platform.indicator.HighTechLedger;
import cn.kjj.platform.indicator.TurnoverLedger;
import java.sql.Connection;
import java.sql.SQLException;
import java.util.Arrays;
import java.util.ArrayList;
import java.util.HashMap;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.concurrent.ExecutorService;
import java.util.concurrent.Executors;
import java.util.concurrent.Future;
import java.util.concurrent.atomic.AtomicInteger;
import java.util.function.IntFunction;
import java.util.stream.IntStream;
import javax.sql.DataSource;
import org.slf4j.Logger;
import org.slf4j.LoggerFactory;
import org.springframework.jdbc.core.simple.JdbcClient;
import org.springframework.jdbc.datasource.DataSourceUtils;
import org.springframework.stereotype.Component;
import org.springframework.transaction.support.TransactionSynchronizationManager;
import org.springframework.transaction.support.TransactionTemplate;

/**
 * Generates enterprises (with their high-tech certificates, annual figures, high-tech applications
 * and technology SME registrations), technology contracts (with their history) and achievements at
 * scale with COPY, in one transaction, then moves the registration counters past the numbers
 * it gave and rebuilds the indicator roll-ups from the base tables (decision 0014), so that
 * indicators stay exact. Every row passes the schema's checks, keys and foreign keys. Meant for a
 * database no one else writes to meanwhile (it takes ids ahead of the sequences).
 */
@Component
public record ScaleGenerator(DataSource dataSource, JdbcClient jdbc, TransactionTemplate transaction,
                             TurnoverLedger turnover, HighTechLedger highTech, WorkingCalendarSource calendars,
                             AuditLog audit) {

    /** What a run added, and the totals of generated records afterwards. */
    public record Result(int enterprises, int certifications, int annualFigures, int applications, int techSmes,
                         int contracts, int historyRows, int achievements, int totalEnterprises, int totalContracts,
                         int totalAchievements) {
    }

    private static final Logger log = LoggerFactory.getLogger(ScaleGenerator.class);
    static final String AUDIT_ACTION = "generate.scale";
    static final String AUDIT_ENTITY = "scale_data";
    private static final int BATCH = 10_000;
    private static final String LOCK = "cn.kjj.platform.generator";

    public Result generate(ScaleSettings settings) {
        return generate(settings, 1);
    }

    /**
     * Generates with the contracts and their history written in {@code streams} parallel COPY streams
     * (separate connections) when the generator runs in transactions of its own; inside a caller's transaction
     * (and with one stream) everything is written in that one transaction, as before (decision 0053).
     */
    public Result generate(ScaleSettings settings, int streams) {
        if (streams <= 1 || TransactionSynchronizationManager.isActualTransactionActive()) {
            return transaction.execute(status -> {
                jdbc.sql("select pg_advisory_xact_lock(hashtext(?))").param(LOCK).query().singleRow();
                Connection connection = DataSourceUtils.getConnection(dataSource);
                try {
                    CopyPipeline copy = new CopyPipeline(connection);
                    Staged staged = stage(settings, copy);
                    long start = System.nanoTime();
                    int history = contracts(staged, List.of(copy));
                    logContracts(staged, 1, start);
                    return finish(settings, staged, history);
                } catch (SQLException e) {
                    throw new IllegalStateException("generating failed: " + e.getMessage(), e);
                } finally {
                    DataSourceUtils.releaseConnection(connection, dataSource);
                }
            });
        }
        return inStreams(settings, streams);
    }

    /**
     * The parallel run: (1) enterprises and achievements in one transaction, committed; (2) contracts and their
     * history in {@code streams} transactions of their own, each on its own connection, committed once every
     * stream has written its part; (3) the registration counters, the roll-ups and the audit event in a last
     * transaction. When any step fails, what the earlier steps committed is deleted again (by the id ranges the
     * run took), so that a failed run still leaves nothing behind. A session lock keeps other runs out.
     */
    private Result inStreams(ScaleSettings settings, int streams) {
        try (Connection lock = dataSource.getConnection()) {
            try (var statement = lock.prepareStatement("select pg_advisory_lock(hashtext(?))")) {
                statement.setString(1, LOCK);
                statement.execute();
            }
            try {
                Staged staged = transaction.execute(status -> {
                    Connection connection = DataSourceUtils.getConnection(dataSource);
                    try {
                        return stage(settings, new CopyPipeline(connection));
                    } catch (SQLException e) {
                        throw new IllegalStateException("generating failed: " + e.getMessage(), e);
                    } finally {
                        DataSourceUtils.releaseConnection(connection, dataSource);
                    }
                });
                try {
                    long start = System.nanoTime();
                    int history = inParallel(staged, streams);
                    logContracts(staged, streams, start);
                    return transaction.execute(status -> finish(settings, staged, history));
                } catch (RuntimeException e) {
                    try {
                        transaction.executeWithoutResult(status -> undo(staged));
                    } catch (RuntimeException undoing) {
                        e.addSuppressed(undoing);
                    }
                    throw e;
                }
            } finally {
                try (var statement = lock.prepareStatement("select pg_advisory_unlock(hashtext(?))")) {
                    statement.setString(1, LOCK);
                    statement.execute();
                }
            }
        } catch (SQLException e) {
            throw new IllegalStateException("generating failed: " + e.getMessage(), e);
        }
    }

    /** Writes the contracts in {@code streams} transactions that commit only when every one of them has written. */
    private int inParallel(Staged staged, int streams) {
        List<Connection> connections = new ArrayList<>();
        boolean written = false;
        try {
            List<CopyPipeline> pipelines = new ArrayList<>();
            for (int i = 0; i < streams; i++) {
                Connection connection = dataSource.getConnection();
                connections.add(connection);
                connection.setAutoCommit(false);
                pipelines.add(new CopyPipeline(connection));
            }
            int history = contracts(staged, pipelines);
            for (Connection connection : connections) {
                connection.commit();
            }
            written = true;
            return history;
        } catch (SQLException e) {
            throw new IllegalStateException("generating failed: " + e.getMessage(), e);
        } finally {
            for (Connection connection : connections) {
                try {
                    if (!written) {
                        connection.rollback();
                    }
                    connection.setAutoCommit(true);
                    connection.close();
                } catch (SQLException e) {
                    log.warn("closing a generator stream: {}", e.getMessage());
                }
            }
        }
    }

    /**
     * The bulk load's figure (bench/benchmark.sh reads this line): numbering, rendering and writing the contracts
     * and their history, and in streams their commits.
     */
    private static void logContracts(Staged staged, int streams, long start) {
        log.info("contracts and their history: {} ms ({} contracts in {} stream{}; numbering {} ms)",
                (System.nanoTime() - start + staged.numberingNanos()) / 1_000_000, staged.newContracts(), streams,
                streams == 1 ? "" : "s", staged.numberingNanos() / 1_000_000);
    }

    /** Deletes what a failed parallel run committed before it failed: its rows, by the ids it took. */
    private void undo(Staged staged) {
        if (staged.newContracts() > 0) {
            long last = staged.firstContractId() + staged.newContracts() - 1;
            jdbc.sql("delete from contract_history where contract_id between ? and ?")
                    .params(staged.firstContractId(), last).update();
            jdbc.sql("delete from technology_contract where id between ? and ?")
                    .params(staged.firstContractId(), last).update();
        }
        if (staged.newAchievements() > 0) {
            jdbc.sql("delete from achievement where id between ? and ?").params(staged.firstAchievementId(),
                    staged.firstAchievementId() + staged.newAchievements() - 1).update();
        }
        if (staged.total() > staged.before()) {
            long first = staged.firstEnterpriseId();
            long last = first + staged.total() - staged.before() - 1;
            for (String table : List.of("high_tech_application", "tech_sme", "enterprise_annual_figures",
                    "high_tech_certification")) {
                jdbc.sql("delete from " + table + " where enterprise_id between ? and ?").params(first, last).update();
            }
            jdbc.sql("delete from enterprise where id between ? and ?").params(first, last).update();
        }
        log.warn("Generating failed: the rows committed so far were deleted again");
    }

    /**
     * What is written before the contracts: enterprises (with their certificates, figures, applications and
     * technology SMEs) and achievements; the contracts' ids taken and the registration counters each batch of
     * contracts starts from.
     */
    private record Staged(Parties sellers, int before, int total, int[] made, long firstEnterpriseId,
                          int contractsBefore, int newContracts, long firstContractId,
                          List<Map<String, Integer>> batchStarts,
                          Map<String, Integer> counters, Map<String, Integer> startCounters, int achievementsBefore,
                          int newAchievements, long firstAchievementId, ScaleContracts rows, long numberingNanos) {
    }

    private Staged stage(ScaleSettings settings, CopyPipeline copy) throws SQLException {
        Parties parties = existingParties(settings.enterprises());
        int before = (int) Arrays.stream(parties.ids()).filter(id -> id != 0).count();
        long start = System.nanoTime();
        int total = Math.max(before, settings.enterprises());
        long firstEnterpriseId = total > before ? reserveIds("enterprise", total - before) : 0;
        int[] made = enterprises(settings, parties, before, firstEnterpriseId, copy);
        start = phase("enterprises with certificates, figures, applications and technology SMEs", start);
        int achievementsBefore = generated("achievements");
        int newAchievements = Math.max(0, settings.achievements() - achievementsBefore);
        long firstAchievementId = newAchievements > 0 ? reserveIds("achievement", newAchievements) : 0;
        achievements(settings, achievementsBefore, newAchievements, firstAchievementId, copy);
        start = phase("achievements", start);
        int contractsBefore = generated("contracts");
        int newContracts = Math.max(0, settings.contracts() - contractsBefore);
        if (newContracts > 0 && total == 0) {
            throw new IllegalArgumentException("contracts need enterprises to sell and buy them");
        }
        Parties sellers = total == parties.size() ? parties : new Parties(Arrays.copyOf(parties.ids(), total),
                Arrays.copyOf(parties.regions(), total), Arrays.copyOf(parties.creditCodes(), total),
                Arrays.copyOf(parties.names(), total));
        long firstContractId = newContracts > 0 ? reserveIds("technology_contract", newContracts) : 0;
        Map<String, Integer> counters = new HashMap<>();
        jdbc.sql("select region_code, year, last_serial from registration_counter")
                .query((rs, i) -> counters.put(rs.getString(1) + "/" + rs.getInt(2), rs.getInt(3))).list();
        Map<String, Integer> startCounters = Map.copyOf(counters);
        ScaleContracts rows = new ScaleContracts(settings, sellers, calendars.current());
        // registration numbers continue each district-year counter in ordinal order, while the batches are written
        // in any order: a pass over the contracts' draws (in parallel) counts each batch's registrations by
        // district and year, and each batch starts from the counters as the batches before it leave them
        long numbering = System.nanoTime();
        int batches = (newContracts + BATCH - 1) / BATCH;
        List<Map<String, Integer>> registered = IntStream.range(0, batches).parallel().mapToObj(batch -> {
            Map<String, Integer> keys = new HashMap<>();
            for (int k = batch * BATCH; k < Math.min(newContracts, (batch + 1) * BATCH); k++) {
                String key = rows.registrationKey(contractsBefore + (long) k);
                if (key != null) {
                    keys.merge(key, 1, Integer::sum);
                }
            }
            return keys;
        }).toList();
        List<Map<String, Integer>> batchStarts = new ArrayList<>(batches);
        for (Map<String, Integer> batch : registered) {
            batchStarts.add(Map.copyOf(counters));
            batch.forEach((key, n) -> counters.merge(key, n, Integer::sum));
        }
        return new Staged(sellers, before, total, made, firstEnterpriseId, contractsBefore, newContracts,
                firstContractId, batchStarts, counters, startCounters, achievementsBefore, newAchievements,
                firstAchievementId, rows, System.nanoTime() - numbering);
    }

    /** After the contracts: the registration counters, the roll-ups, the audit event and the statistics. */
    private Result finish(ScaleSettings settings, Staged staged, int history) {
        long start = System.nanoTime();
        staged.counters().forEach((key, serial) -> {
            if (!serial.equals(staged.startCounters().get(key))) {
                String[] parts = key.split("/");
                jdbc.sql("""
                        insert into registration_counter (region_code, year, last_serial) values (?, ?, ?)
                        on conflict (region_code, year)
                        do update set last_serial = greatest(registration_counter.last_serial, excluded.last_serial)""")
                        .params(parts[0], Integer.parseInt(parts[1]), serial).update();
            }
        });
        if (staged.newContracts() > 0) {
            turnover.rebuild();
            start = phase("contract turnover roll-up", start);
        }
        if (staged.total() > staged.before()) {
            highTech.rebuild();
            start = phase("high-tech roll-up", start);
        }
        int[] made = staged.made();
        int total = staged.total();
        int contracts = staged.contractsBefore() + staged.newContracts();
        int achievements = staged.achievementsBefore() + staged.newAchievements();
        Result result = new Result(total - staged.before(), made[0], made[1], made[2], made[3],
                staged.newContracts(), history, staged.newAchievements(), total, contracts, achievements);
        Map<String, Object> after = new LinkedHashMap<>();
        after.put("enterprises", total);
        after.put("contracts", contracts);
        after.put("achievements", achievements);
        after.put("added", result);
        after.put("seed", settings.seed());
        after.put("years", settings.years());
        after.put("until", settings.until().toString());
        audit.record(AUDIT_ACTION, AUDIT_ENTITY, null, null, null, after);
        jdbc.sql("""
                analyze enterprise, high_tech_certification, technology_contract, contract_history,
                    enterprise_annual_figures, high_tech_application, tech_sme, achievement""").update();
        phase("analyze", start);
        return result;
    }

    private static long phase(String name, long start) {
        long now = System.nanoTime();
        log.info("{}: {} ms", name, (now - start) / 1_000_000);
        return now;
    }

    /** Generated enterprises already stored, by ordinal, in arrays of at least {@code size}. */
    private Parties existingParties(int size) {
        Map<Integer, Object[]> rows = new HashMap<>();
        jdbc.sql("select id, region_code, credit_code, name from enterprise where substr(credit_code, 9, 2) = ?")
                .param(ScaleEnterprises.NAMESPACE)
                .query((rs, i) -> rows.put(ScaleEnterprises.ordinalOf(rs.getString(3)),
                        new Object[] {rs.getLong(1), rs.getString(2), rs.getString(3), rs.getString(4)}))
                .list();
        int n = Math.max(size, rows.size());
        Parties parties = new Parties(new long[n], new String[n], new String[n], new String[n]);
        rows.forEach((ordinal, row) -> {
            if (ordinal >= rows.size()) {
                throw new IllegalStateException("generated enterprises are not numbered 0 to " + (rows.size() - 1));
            }
            parties.ids()[ordinal] = (Long) row[0];
            parties.regions()[ordinal] = (String) row[1];
            parties.creditCodes()[ordinal] = (String) row[2];
            parties.names()[ordinal] = (String) row[3];
        });
        return parties;
    }

    /**
     * Adds enterprises {@code from} to {@code settings.enterprises() - 1} with their certificates,
     * annual figures, applications and technology SMEs; returns how many certificates, figures,
     * applications (the passed ones included) and technology SMEs.
     */
    private int[] enterprises(ScaleSettings settings, Parties parties, int from, long firstId, CopyPipeline copy)
            throws SQLException {
        int count = Math.max(0, settings.enterprises() - from);
        int[] made = new int[4];
        if (count == 0) {
            return made;
        }
        ScaleEnterprises rows = new ScaleEnterprises(settings);
        copy.run((count + BATCH - 1) / BATCH, batch -> {
            StringBuilder enterprises = new StringBuilder(BATCH * 200);
            StringBuilder certificates = new StringBuilder(BATCH * 40);
            StringBuilder figures = new StringBuilder(BATCH * 600);
            StringBuilder applications = new StringBuilder(BATCH * 20);
            StringBuilder smes = new StringBuilder(BATCH * 60);
            for (int k = batch * BATCH; k < Math.min(count, (batch + 1) * BATCH); k++) {
                int ordinal = from + k;
                long id = firstId + k;
                String region = rows.region(ordinal);
                parties.ids()[ordinal] = id;
                parties.regions()[ordinal] = region;
                parties.creditCodes()[ordinal] = ScaleEnterprises.creditCode(region, ordinal);
                ScaleEnterprises.Made enterprise = rows.enterprise(ordinal, id, region, enterprises);
                parties.names()[ordinal] = enterprise.name();
                int certified = rows.certifications(ordinal, id, certificates);
                ScaleEnterprises.Standing standing = rows.standing(ordinal, certified > 0);
                made[0] += certified;
                made[1] += rows.figures(ordinal, id, enterprise, standing, figures);
                made[2] += rows.applications(ordinal, id, region, standing, applications);
                made[3] += rows.techSmes(ordinal, id, region, enterprise, smes);
            }
            return new StringBuilder[] {enterprises, certificates, figures, applications, smes};
        }, ScaleEnterprises.COLUMNS, ScaleEnterprises.CERTIFICATION_COLUMNS, ScaleEnterprises.FIGURES_COLUMNS,
                ScaleEnterprises.APPLICATION_COLUMNS, ScaleEnterprises.SME_COLUMNS);
        made[2] += passedApplications();
        return made;
    }

    /**
     * Every generated certificate is the pass of an application of its year of issue (as in the
     * demo data, decision 0037): submitted five months before, recommended three months before,
     * passed on the day of issue, with an innovation score of at least 71. Written from the
     * certificates, so that each names its certificate; returns how many.
     */
    private int passedApplications() {
        return jdbc.sql("""
                insert into high_tech_application (enterprise_id, region_code, batch_year, status, innovation_score,
                    submitted_on, recommended_on, decided_on, certification_id)
                select h.enterprise_id, e.region_code, extract(year from h.issued_on)::int, 'PASSED',
                    71 + (hashtext(h.certificate_no) & 4095) % 2900 / 100.0, h.issued_on - 150, h.issued_on - 90,
                    h.issued_on, h.id
                from high_tech_certification h join enterprise e on e.id = h.enterprise_id
                where substr(h.certificate_no, 1, 2) = 'GF' and extract(year from h.issued_on) >= 2008
                  and not exists (select 1 from high_tech_application a
                                  where a.enterprise_id = h.enterprise_id
                                    and a.batch_year = extract(year from h.issued_on))""").update();
    }

    /** Adds achievements {@code from} to {@code from + count - 1}. */
    private void achievements(ScaleSettings settings, int from, int count, long firstId, CopyPipeline copy)
            throws SQLException {
        if (count == 0) {
            return;
        }
        ScaleAchievements rows = new ScaleAchievements(settings);
        copy.run((count + BATCH - 1) / BATCH, batch -> {
            StringBuilder achievements = new StringBuilder(BATCH * 900);
            for (int k = batch * BATCH; k < Math.min(count, (batch + 1) * BATCH); k++) {
                rows.achievement(from + (long) k, firstId + k, achievements);
            }
            return new StringBuilder[] {achievements};
        }, ScaleAchievements.COLUMNS);
    }

    /**
     * Writes the staged contracts and their history, the batches split into one contiguous part per pipeline
     * (each on its own connection, written in parallel when there are several); returns the number of history rows.
     */
    private int contracts(Staged staged, List<CopyPipeline> pipelines) throws SQLException {
        int count = staged.newContracts();
        if (count == 0) {
            return 0;
        }
        AtomicInteger history = new AtomicInteger();
        IntFunction<StringBuilder[]> render = batch -> {
            StringBuilder contracts = new StringBuilder(BATCH * 420);
            StringBuilder events = new StringBuilder(BATCH * 300);
            int lines = 0;
            Map<String, Integer> counters = new HashMap<>(staged.batchStarts().get(batch));
            for (int k = batch * BATCH; k < Math.min(count, (batch + 1) * BATCH); k++) {
                staged.rows().contract(staged.contractsBefore() + (long) k, staged.firstContractId() + k, counters,
                        contracts, events);
            }
            for (int i = 0; i < events.length(); i++) {
                if (events.charAt(i) == '\n') {
                    lines++;
                }
            }
            history.addAndGet(lines);
            return new StringBuilder[] {contracts, events};
        };
        int batches = (count + BATCH - 1) / BATCH;
        int streams = pipelines.size();
        if (streams == 1) {
            pipelines.get(0).run(0, batches, render, ScaleContracts.COLUMNS, ScaleContracts.HISTORY_COLUMNS);
        } else {
            ExecutorService executor = Executors.newFixedThreadPool(streams, r -> {
                Thread thread = new Thread(r, "scale-generator-stream");
                thread.setDaemon(true);
                return thread;
            });
            try {
                List<Future<?>> parts = new ArrayList<>();
                for (int i = 0; i < streams; i++) {
                    CopyPipeline pipeline = pipelines.get(i);
                    int from = (int) ((long) batches * i / streams);
                    int to = (int) ((long) batches * (i + 1) / streams);
                    parts.add(executor.submit(() -> {
                        pipeline.run(from, to, render, ScaleContracts.COLUMNS, ScaleContracts.HISTORY_COLUMNS);
                        return null;
                    }));
                }
                // every stream ends before its connection is rolled back or committed: the first failure after all
                RuntimeException failed = null;
                for (Future<?> part : parts) {
                    try {
                        CopyPipeline.await(part);
                    } catch (RuntimeException e) {
                        failed = failed == null ? e : failed;
                    }
                }
                if (failed != null) {
                    throw failed;
                }
            } finally {
                executor.shutdownNow();
            }
        }
        return history.get();
    }

    /** Records of a kind ({@code contracts}, {@code achievements}) generated by earlier runs, as their last audit event says. */
    private int generated(String kind) {
        return jdbc.sql("""
                select coalesce((after ->> ?)::int, 0) from audit_event
                where entity_type = ? and action = ? order by id desc limit 1""")
                .params(kind, AUDIT_ENTITY, AUDIT_ACTION).query(Integer.class).optional().orElse(0);
    }

    /**
     * The first of {@code n} consecutive ids taken for {@code table}: past both the sequence and
     * the largest id, with the sequence moved past the last of them.
     */
    private long reserveIds(String table, int n) {
        String sequence = jdbc.sql("select pg_get_serial_sequence(?, 'id')").param(table).query(String.class).single();
        long next = jdbc.sql("select nextval(cast(? as regclass))").param(sequence).query(Long.class).single();
        long max = jdbc.sql("select coalesce(max(id), 0) from " + table).query(Long.class).single();
        long first = Math.max(next, max + 1);
        jdbc.sql("select setval(cast(? as regclass), ?)").params(sequence, first + n - 1).query().singleRow();
        return first;
    }
}
