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
import java.util.concurrent.CompletableFuture;
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
                         int contracts, int historyRows, int achievements, int imports, int totalEnterprises,
                         int totalContracts, int totalAchievements) {
    }

    private static final Logger log = LoggerFactory.getLogger(ScaleGenerator.class);
    static final String AUDIT_ACTION = "generate.scale";
    static final String AUDIT_ENTITY = "scale_data";
    static final int BATCH = 10_000;
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
                    int history = ContractStreams.write(staged, List.of(copy));
                    logContracts(staged, 1, start);
                    return finish(settings, staged, history, null);
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
                CompletableFuture<Void> analyzed = null;
                try {
                    long start = System.nanoTime();
                    int history = ContractStreams.inParallel(dataSource, staged, streams);
                    logContracts(staged, streams, start);
                    // everything is committed now: the statistics are taken on a connection of their own while the
                    // roll-ups are rebuilt, whose statements leave a core idle part of the time (decision 0067)
                    analyzed = analyzeAside(staged.tablesAdded());
                    CompletableFuture<Void> statistics = analyzed;
                    return transaction.execute(status -> finish(settings, staged, history, statistics));
                } catch (RuntimeException e) {
                    if (analyzed != null) {
                        try {
                            analyzed.join();
                        } catch (RuntimeException analyzing) {
                            if (analyzing != e) {
                                e.addSuppressed(analyzing);
                            }
                        }
                    }
                    try {
                        transaction.executeWithoutResult(status -> staged.undo(jdbc));
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

    /**
     * The bulk load's figure (bench/benchmark.sh reads this line): numbering, rendering and writing the contracts
     * and their history, and in streams their commits.
     */
    private static void logContracts(Staged staged, int streams, long start) {
        log.info("contracts and their history: {} ms ({} contracts in {} stream{}; numbering {} ms)",
                (System.nanoTime() - start + staged.numberingNanos()) / 1_000_000, staged.newContracts(), streams,
                streams == 1 ? "" : "s", staged.numberingNanos() / 1_000_000);
    }

    private Staged stage(ScaleSettings settings, CopyPipeline copy) throws SQLException {
        Parties parties = ScaleParties.existing(jdbc, settings.enterprises());
        int before = (int) Arrays.stream(parties.ids()).filter(id -> id != 0).count();
        long start = System.nanoTime();
        int total = Math.max(before, settings.enterprises());
        long firstEnterpriseId = total > before ? reserveIds("enterprise", total - before) : 0;
        int[] made = ScaleParties.enterprises(jdbc, settings, parties, before, firstEnterpriseId, copy);
        start = phase("enterprises with certificates, figures, applications and technology SMEs", start);
        int achievementsBefore = generated("achievements");
        int newAchievements = Math.max(0, settings.achievements() - achievementsBefore);
        long firstAchievementId = newAchievements > 0 ? reserveIds("achievement", newAchievements) : 0;
        ScaleParties.achievements(settings, achievementsBefore, newAchievements, firstAchievementId, copy);
        start = phase("achievements", start);
        int contractsBefore = generated("contracts");
        int newContracts = Math.max(0, settings.contracts() - contractsBefore);
        if (newContracts > 0 && total == 0) {
            throw new IllegalArgumentException("contracts need enterprises to sell and buy them");
        }
        Parties sellers = total == parties.size() ? parties : new Parties(Arrays.copyOf(parties.ids(), total),
                Arrays.copyOf(parties.regions(), total), Arrays.copyOf(parties.creditCodes(), total),
                Arrays.copyOf(parties.names(), total));
        int importsBefore = generated("imports");
        int newImports = Math.max(0, ScaleImports.total(settings.contracts()) - importsBefore);
        long firstImportId = newImports > 0 ? reserveIds("external_contract_registration", newImports) : 0;
        ScaleParties.imports(new ScaleImports(settings, sellers), importsBefore, newImports, firstImportId, copy);
        start = phase("registrations of other offices", start);
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
                firstAchievementId, importsBefore, newImports, firstImportId, rows, System.nanoTime() - numbering);
    }

    /**
     * {@code analyze} of {@code tables} on a connection of its own, in a thread of its own (none when no table was
     * added to).
     */
    private CompletableFuture<Void> analyzeAside(List<String> tables) {
        if (tables.isEmpty()) {
            return CompletableFuture.completedFuture(null);
        }
        long start = System.nanoTime();
        return CompletableFuture.runAsync(() -> {
            try (Connection connection = dataSource.getConnection();
                 var statement = connection.createStatement()) {
                statement.execute("analyze " + String.join(", ", tables));
            } catch (SQLException e) {
                throw new IllegalStateException("analyzing the generated tables failed: " + e.getMessage(), e);
            }
            phase("analyze " + String.join(", ", tables) + " (beside the roll-ups)", start);
        }, runnable -> {
            Thread thread = new Thread(runnable, "scale-generator-analyze");
            thread.setDaemon(true);
            thread.start();
        });
    }

    /**
     * After the contracts: the registration counters, the roll-ups, the audit event and the statistics (taken here,
     * or awaited from {@code analyzed} when they are taken beside).
     */
    private Result finish(ScaleSettings settings, Staged staged, int history, CompletableFuture<Void> analyzed) {
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
        if (staged.newContracts() > 0 || staged.newImports() > 0) {
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
                staged.newContracts(), history, staged.newAchievements(), staged.newImports(), total, contracts,
                achievements);
        Map<String, Object> after = new LinkedHashMap<>();
        after.put("enterprises", total);
        after.put("contracts", contracts);
        after.put("achievements", achievements);
        after.put("imports", staged.importsBefore() + staged.newImports());
        after.put("added", result);
        after.put("seed", settings.seed());
        after.put("years", settings.years());
        after.put("until", settings.until().toString());
        audit.record(AUDIT_ACTION, AUDIT_ENTITY, null, null, null, after);
        // statistics of the tables this run added to (a second run that adds contracts leaves the rest as they were)
        List<String> added = staged.tablesAdded();
        if (analyzed != null) {
            analyzed.join();
            phase("awaiting the statistics", start);
        } else {
            if (!added.isEmpty()) {
                jdbc.sql("analyze " + String.join(", ", added)).update();
            }
            phase("analyze " + String.join(", ", added), start);
        }
        return result;
    }

    private static long phase(String name, long start) {
        long now = System.nanoTime();
        log.info("{}: {} ms", name, (now - start) / 1_000_000);
        return now;
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
