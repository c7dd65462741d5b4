package cn.kjj.platform.enterprise;

import java.math.BigDecimal;
import java.nio.charset.StandardCharsets;
import java.security.MessageDigest;
import java.security.NoSuchAlgorithmException;
import java.time.LocalDate;
import java.util.HexFormat;
import java.util.List;
import java.util.Objects;
import java.util.stream.IntStream;
import org.slf4j.Logger;
import org.slf4j.LoggerFactory;
import org.springframework.beans.factory.SmartInitializingSingleton;
import org.springframework.jdbc.core.simple.JdbcClient;
import org.springframework.stereotype.Repository;
import org.springframework.transaction.PlatformTransactionManager;
import org.springframework.transaction.TransactionDefinition;
import org.springframework.transaction.support.TransactionTemplate;

/**
 * The candidates read from the verdicts stored per figure window (V44, decision 0058): each window of
 * {@code high_tech_figure_window} (V36) holds the conditions failed that do not depend on the day and the
 * conditions unknown, as {@link HighTechJudgement} counts them for a batch without an innovation score, under the
 * thresholds of {@code high_tech_verdict_basis}; the database keeps them whenever figures or an enterprise's
 * industry, founding day or region change. A page is an index walk in rank order (failed, unknown, id) that skips
 * enterprises with a certificate in force and those of other regions, plus the few registered too recently (one
 * condition more failed, judged at the read). {@code HighTechCandidateRankingTest} holds the SQL and the Java
 * judgement equal over the boundaries.
 *
 * <p>The thresholds are adopted at start-up: when their fingerprint differs from the stored one, the basis row is
 * written and every verdict recomputed, in one transaction (one statement over the windows). Every read checks
 * the fingerprint in the same statement and, should another instance have adopted other settings meanwhile (or
 * a caller pass other thresholds), adopts its own and reads again in one transaction of its own (on the primary):
 * a read never answers under thresholds it was not given.
 */
@Repository
class JdbcHighTechCandidateStore implements HighTechCandidateStore, SmartInitializingSingleton {

    private static final Logger log = LoggerFactory.getLogger(JdbcHighTechCandidateStore.class);

    /** The characters {@link String#strip()} trims, for the key-field comparison in SQL (industry_trim). */
    static final String STRIPPED = IntStream.rangeClosed(0, Character.MAX_VALUE).filter(Character::isWhitespace)
            .collect(StringBuilder::new, StringBuilder::appendCodePoint, StringBuilder::append).toString();

    /** Enterprises with a certificate in force on :today are not candidates. */
    private static final String NO_CERTIFICATE = """
            not exists (select 1 from high_tech_certification c where c.enterprise_id = w.enterprise_id
                        and c.issued_on <= :today and c.expires_on >= :today
                        and (c.revoked_on is null or c.revoked_on > :today))
              and (cast(:every as boolean) or w.region_code = any(:regions))""";

    /**
     * The page under the stored basis (its fingerprint on every row; one row of nulls when nothing ranks, none
     * without a basis). Registered by :registeredBy (or unknown): the stored count, walked in the index's order;
     * registered later: one more failed, few rows, sorted. The founding days as a closed range and the count as an
     * expression, so that a generic plan too (which cannot know how few they are) reads them by the founding
     * day's index rather than by walking the rank index.
     */
    private static final String RANK = """
            select b.fingerprint, r.enterprise_id, r.not_met, r.unknown
            from high_tech_verdict_basis b left join lateral (
                select enterprise_id, not_met, unknown from (
                    (select w.enterprise_id, w.not_met, w.unknown from high_tech_figure_window w
                     where w.year = :year and w.not_met <= :maxNotMet
                       and (w.founded_on is null or w.founded_on <= :registeredBy) and %1$s
                     order by w.not_met, w.unknown, w.enterprise_id limit :limit)
                    union all
                    (select w.enterprise_id, w.not_met + 1, w.unknown from high_tech_figure_window w
                     where w.year = :year and w.founded_on > :registeredBy and w.founded_on < 'infinity'
                       and w.not_met + 1 <= :maxNotMet and %1$s
                     order by 2, 3, 1 limit :limit)
                ) c order by not_met, unknown, enterprise_id limit :limit
            ) r on true""".formatted(NO_CERTIFICATE);

    private static final String ADOPT = """
            insert into high_tech_verdict_basis as b (fingerprint, small_sales_limit, medium_sales_limit,
                small_rd_share, medium_rd_share, large_rd_share, domestic_rd_share, high_tech_income_share,
                tech_staff_share, key_fields, industry_trim)
            values (:fingerprint, :smallSalesLimit, :mediumSalesLimit, :smallRdShare, :mediumRdShare, :largeRdShare,
                :domesticRdShare, :highTechIncomeShare, :techStaffShare, :keyFields, :industryTrim)
            on conflict (id) do update set fingerprint = excluded.fingerprint,
                small_sales_limit = excluded.small_sales_limit, medium_sales_limit = excluded.medium_sales_limit,
                small_rd_share = excluded.small_rd_share, medium_rd_share = excluded.medium_rd_share,
                large_rd_share = excluded.large_rd_share, domestic_rd_share = excluded.domestic_rd_share,
                high_tech_income_share = excluded.high_tech_income_share,
                tech_staff_share = excluded.tech_staff_share, key_fields = excluded.key_fields,
                industry_trim = excluded.industry_trim, adopted_at = now()
            where b.fingerprint <> excluded.fingerprint""";

    /** Every verdict under the basis just written (only the failed count depends on thresholds). */
    private static final String RECOMPUTE = """
            update high_tech_figure_window w set not_met = v.not_met
            from (select w2.enterprise_id, w2.year, high_tech_failed(b, e.industry, w2.years, w2.sales_revenue_3y,
                         w2.rd_expense_3y, w2.rd_expense_domestic_3y, w2.sales_revenue, w2.revenue,
                         w2.high_tech_income, w2.staff, w2.tech_staff, w2.ip_count) as not_met
                  from high_tech_figure_window w2 join enterprise e on e.id = w2.enterprise_id
                  cross join high_tech_verdict_basis b) v
            where w.enterprise_id = v.enterprise_id and w.year = v.year and w.not_met is distinct from v.not_met""";

    private final JdbcClient jdbc;
    private final HighTechThresholds settings;
    private final TransactionTemplate apart;

    JdbcHighTechCandidateStore(JdbcClient jdbc, HighTechThresholds settings, PlatformTransactionManager transactions) {
        this.jdbc = jdbc;
        this.settings = settings;
        this.apart = new TransactionTemplate(transactions);
        this.apart.setPropagationBehavior(TransactionDefinition.PROPAGATION_REQUIRES_NEW);
    }

    /** At start-up: the settings' thresholds become the basis (nothing written when they already are). */
    @Override
    public void afterSingletonsInstantiated() {
        adopt(settings);
    }

    @Override
    public List<Ranked> rank(EnterpriseAccess.Where where, int latestYear, LocalDate today,
                             HighTechThresholds t, int maxNotMet, int limit) {
        String fingerprint = fingerprint(t);
        List<Row> rows = read(where, latestYear, today, t, maxNotMet, limit);
        if (rows.isEmpty() || !fingerprint.equals(rows.get(0).fingerprint())) {
            // stored under other thresholds: adopt these and read in the same transaction, on the primary (the
            // reader's own may be read-only, on a replica that has not seen the adoption yet)
            rows = apart.execute(status -> {
                adoptHere(t, fingerprint);
                return read(where, latestYear, today, t, maxNotMet, limit);
            });
        }
        return rows.stream().map(Row::ranked).filter(Objects::nonNull).toList();
    }

    private List<Row> read(EnterpriseAccess.Where where, int latestYear, LocalDate today, HighTechThresholds t,
                           int maxNotMet, int limit) {
        return jdbc.sql(RANK)
                .param("year", latestYear)
                .param("every", where.every())
                .param("regions", where.every() ? new String[0] : where.codes().toArray(String[]::new))
                .param("today", today)
                // whole years registered by today as ChronoUnit.YEARS counts them (29 February: 28 February)
                .param("registeredBy", today.minusYears(t.yearsRegistered()))
                .param("maxNotMet", maxNotMet)
                .param("limit", limit)
                .query((rs, i) -> new Row(rs.getString(1), rs.getObject(2) == null ? null
                        : new Ranked(rs.getLong(2), rs.getInt(3), rs.getInt(4))))
                .list();
    }

    private record Row(String fingerprint, Ranked ranked) {
    }

    /**
     * Makes {@code t} the basis of the stored verdicts and recomputes them, in a transaction of its own, when its
     * fingerprint is not the stored one; true when it was not.
     */
    boolean adopt(HighTechThresholds t) {
        return Boolean.TRUE.equals(apart.execute(status -> adoptHere(t, fingerprint(t))));
    }

    /** {@link #adopt} in the current transaction (the basis row stays locked to its end). */
    private boolean adoptHere(HighTechThresholds t, String fingerprint) {
        int written = jdbc.sql(ADOPT)
                .param("fingerprint", fingerprint)
                .param("smallSalesLimit", t.smallSalesLimit())
                .param("mediumSalesLimit", t.mediumSalesLimit())
                .param("smallRdShare", t.smallRdShare())
                .param("mediumRdShare", t.mediumRdShare())
                .param("largeRdShare", t.largeRdShare())
                .param("domesticRdShare", t.domesticRdShare())
                .param("highTechIncomeShare", t.highTechIncomeShare())
                .param("techStaffShare", t.techStaffShare())
                .param("keyFields", t.keyFields().toArray(String[]::new))
                .param("industryTrim", STRIPPED)
                .update();
        if (written == 0) {
            return false;
        }
        long started = System.nanoTime();
        int verdicts = jdbc.sql(RECOMPUTE).update();
        log.info("high-tech thresholds {} adopted: {} verdicts recomputed in {} ms", fingerprint, verdicts,
                (System.nanoTime() - started) / 1_000_000);
        return true;
    }

    /** SHA-256 of what the stored verdicts depend on (numbers without trailing zeros; the key fields in order). */
    static String fingerprint(HighTechThresholds t) {
        StringBuilder text = new StringBuilder("V44");
        for (BigDecimal n : List.of(t.smallSalesLimit(), t.mediumSalesLimit(), t.smallRdShare(), t.mediumRdShare(),
                t.largeRdShare(), t.domesticRdShare(), t.highTechIncomeShare(), t.techStaffShare())) {
            text.append('|').append(n.stripTrailingZeros().toPlainString());
        }
        t.keyFields().forEach(field -> text.append('|').append(field));
        text.append('|').append(STRIPPED);
        try {
            return HexFormat.of().formatHex(MessageDigest.getInstance("SHA-256")
                    .digest(text.toString().getBytes(StandardCharsets.UTF_8)));
        } catch (NoSuchAlgorithmException e) {
            throw new IllegalStateException(e);
        }
    }
}
