package cn.kjj.platform.matching;

import cn.kjj.platform.common.CappedPage;
import cn.kjj.platform.contract.IpType;
import cn.kjj.platform.contract.TechnologyField;
import cn.kjj.platform.enterprise.OrganisationNature;
import cn.kjj.platform.region.Regions;
import java.math.BigDecimal;
import java.sql.ResultSet;
import java.sql.SQLException;
import java.time.OffsetDateTime;
import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import org.springframework.data.domain.Page;
import org.springframework.data.domain.PageImpl;
import org.springframework.data.domain.Pageable;
import org.springframework.data.domain.Sort;
import org.springframework.jdbc.core.RowMapper;
import org.springframework.jdbc.core.simple.JdbcClient;
import org.springframework.stereotype.Repository;

/**
 * PostgreSQL's full-text search over the stored words: {@code plainto_tsquery('simple', ...)} of the
 * query's words (all must occur) against the GIN-indexed {@code search_vector}, ranked by
 * {@code ts_rank}. A demand and an achievement match on the same field or on any shared word: the
 * one's words as an OR query against the other's vector.
 */
@Repository
class JdbcWordSearch implements WordSearch {

    /** How many hits of a word search over achievements are counted and ranked at most (decision 0049). */
    static final int RANKED = 1000;

    /** The filters an achievement list offers, by column. */
    private static final Map<String, String> ACHIEVEMENT_FILTERS = Map.of("field", "field", "maturity", "maturity",
            "holderNature", "holder_nature");

    /** The orders a demand list offers (DemandQueries.SORTABLE and id), by column. */
    private static final Map<String, String> DEMAND_ORDERS = Map.of("publishedOn", "d.published_on",
            "deadline", "d.deadline", "budget", "d.budget", "title", "d.title", "id", "d.id");

    /** A record's words as a query any of which may occur (null for a record without words). */
    private static final String ANY_WORD = "(select to_tsquery('simple', string_agg(quote_literal(w), ' | ')) "
            + "from unnest(tsvector_to_array(%s.search_vector)) w)";

    private static final String SCORE = "round((case when a.field = d.field then 0.5 else 0 end"
            + " + coalesce(ts_rank(%s, %s), 0))::numeric, 4)";

    /**
     * The columns of an achievement that its list shows ({@link AchievementView}), read beside the ranking
     * instead of loading entities by id: not the search columns, which are as long again (decision 0059).
     */
    private static final String VIEW_COLUMNS = "a.id, a.title, a.holder, a.holder_nature, a.field, a.ip_type, "
            + "a.maturity, a.transfer_modes, a.price_hint, a.summary, a.contact, a.region_code, a.created_at, "
            + "a.updated_at, a.version";

    private static final TransferModesColumn TRANSFER_MODES = new TransferModesColumn();

    private final JdbcClient jdbc;

    JdbcWordSearch(JdbcClient jdbc) {
        this.jdbc = jdbc;
    }

    @Override
    public Page<AchievementView> achievements(List<String> words, Regions regions, Map<String, Object> equal,
                                              Pageable pageable) {
        Where where = new Where(words, regions, "a");
        equal.forEach((field, value) -> where.and("a." + ACHIEVEMENT_FILTERS.get(field) + " = ?",
                ((Enum<?>) value).name()));
        if (where.none || where.text == null || pageable.isUnpaged()) {
            return page("achievement a", where, "a.updated_at desc, a.id", pageable, VIEW_COLUMNS,
                    JdbcWordSearch::achievement);
        }
        return rankedCandidates(where, pageable);
    }

    /**
     * A page of a word search over achievements that reads a bounded number of rows however common
     * the words (decision 0049): the hits are counted up to {@link #RANKED} + 1, and ranked among
     * the candidates, which are those first {@link #RANKED} hits (in the index's order) and up to
     * {@link #RANKED} hits with every word in the title (their own index). With at most
     * {@link #RANKED} hits that is every hit, the ranking exact and the total the count; with more,
     * the total is capped at {@link #RANKED}, the best title matches still come first, and pages end
     * at the cap. The page's rows come with the count, in the same statement (decision 0059): one row
     * with the count alone when the page is empty.
     */
    private Page<AchievementView> rankedCandidates(Where where, Pageable pageable) {
        String others = where.others.isEmpty() ? "" : " and " + String.join(" and ", where.others);
        String rank = "select a.id, a.updated_at, ts_rank(a.search_vector, q.q) r from achievement a, q where ";
        List<Object> params = new ArrayList<>();
        params.add(where.text);
        params.addAll(where.otherParams);
        params.add(RANKED + 1);
        params.addAll(where.otherParams);
        params.add(RANKED);
        params.add(pageable.getPageSize());
        params.add(pageable.getOffset());
        return jdbc.sql("with q as (select plainto_tsquery('simple', ?) q), "
                        + "hits as materialized (" + rank + "a.search_vector @@ q.q" + others + " limit ?), "
                        + "titled as materialized (" + rank + "to_tsvector('simple', a.search_title) @@ q.q" + others
                        + " limit ?), "
                        + "candidates as (select * from hits union select * from titled), "
                        + "page as (select id, r, updated_at from candidates order by r desc, updated_at desc, id "
                        + "limit ? offset ?) "
                        + "select t.total, " + VIEW_COLUMNS + " from (select count(*) total from hits) t "
                        + "left join (page p join achievement a on a.id = p.id) on true "
                        + "order by p.r desc, p.updated_at desc, p.id")
                .params(params)
                .query(rs -> {
                    long total = 0;
                    List<AchievementView> rows = new ArrayList<>();
                    while (rs.next()) {
                        total = rs.getLong("total");
                        if (rs.getObject("id") != null) {
                            rows.add(achievement(rs, rows.size()));
                        }
                    }
                    // pages end at the cap: the candidates (hits and title matches) can be more than it
                    long room = Math.max(0, RANKED - pageable.getOffset());
                    List<AchievementView> shown = rows.size() > room ? rows.subList(0, (int) room) : rows;
                    return new CappedPage<>(shown, pageable, Math.min(total, RANKED), total > RANKED);
                });
    }

    /** An achievement's row of {@link #VIEW_COLUMNS} as the list shows it, not editable. */
    private static AchievementView achievement(ResultSet rs, int row) throws SQLException {
        return new AchievementView(rs.getLong("id"), rs.getString("title"), rs.getString("holder"),
                OrganisationNature.valueOf(rs.getString("holder_nature")),
                TechnologyField.valueOf(rs.getString("field")), IpType.valueOf(rs.getString("ip_type")),
                Maturity.valueOf(rs.getString("maturity")),
                TRANSFER_MODES.convertToEntityAttribute(rs.getString("transfer_modes")), rs.getString("price_hint"),
                rs.getString("summary"), rs.getString("contact"), rs.getString("region_code"),
                rs.getObject("created_at", OffsetDateTime.class).toInstant(),
                rs.getObject("updated_at", OffsetDateTime.class).toInstant(), rs.getLong("version"), false);
    }

    @Override
    public Page<Long> demands(List<String> words, Regions regions, Long enterprise, TechnologyField field,
                              DemandStatus status, Pageable pageable) {
        Where where = new Where(words, regions, "d");
        if (enterprise != null) {
            where.and("d.enterprise_id = ?", enterprise);
        }
        if (field != null) {
            where.and("d.field = ?", field.name());
        }
        if (status != null) {
            where.and("d.status = ?", status.name());
        }
        return page("demand d", where, demandOrder(pageable.getSort()), pageable, "d.id", (rs, n) -> rs.getLong(1));
    }

    /** The order asked for (unknown properties left out), then newest first. */
    private static String demandOrder(Sort sort) {
        List<String> orders = new ArrayList<>();
        for (Sort.Order order : sort) {
            String column = DEMAND_ORDERS.get(order.getProperty());
            if (column != null) {
                orders.add(column + (order.isAscending() ? " asc nulls last" : " desc nulls last"));
            }
        }
        orders.add("d.published_on desc");
        orders.add("d.id desc");
        return String.join(", ", orders);
    }

    @Override
    public List<Scored> achievementsFor(long demandId, Regions regions, int limit) {
        return scored("demand d", "achievement a", "", demandId, regions, limit);
    }

    @Override
    public List<Scored> demandsFor(long achievementId, Regions regions, int limit) {
        return scored("achievement a", "demand d", "d.status = 'OPEN' and ", achievementId, regions, limit);
    }

    /**
     * The records of {@code table} that share the field or any word with the record {@code id} of
     * {@code from} (tables with their aliases, {@code a} and {@code d}), best first.
     */
    private List<Scored> scored(String from, String table, String condition, long id, Regions regions, int limit) {
        if (regions.isEmpty()) {
            return List.of();
        }
        String self = from.substring(from.length() - 1);
        String other = table.substring(table.length() - 1);
        return jdbc.sql("with " + self + " as (select field, " + ANY_WORD.formatted(self) + " q from " + from
                        + " where id = ?) select " + other + ".id, "
                        + SCORE.formatted(other + ".search_vector", self + ".q") + " score from " + table + ", " + self
                        + " where " + condition + "(" + other + ".field = " + self + ".field or " + other
                        + ".search_vector @@ " + self + ".q)"
                        + (regions.every() ? "" : " and " + other + ".region_code = any(?)")
                        + " order by score desc, " + other + ".id limit ?")
                .params(params(id, regions, limit))
                .query((rs, n) -> new Scored(rs.getLong("id"), rs.getBigDecimal("score"))).list();
    }

    @Override
    public List<Pair> unbrokered(Regions regions, BigDecimal minimum, int limit) {
        if (regions.isEmpty()) {
            return List.of();
        }
        List<Object> params = new ArrayList<>();
        if (!regions.every()) {
            params.add(regions.codes().toArray(String[]::new));
        }
        params.add(minimum);
        params.add(limit);
        return jdbc.sql("select d.id demand_id, best.id achievement_id, best.score from demand d "
                        + "cross join lateral (select " + ANY_WORD.formatted("d") + " q) dq "
                        + "cross join lateral (select a.id, " + SCORE.formatted("a.search_vector", "dq.q") + " score "
                        + "  from achievement a where (a.field = d.field or a.search_vector @@ dq.q) "
                        + "  order by score desc, a.id limit 1) best "
                        + "where d.status = 'OPEN' and not exists (select 1 from matchmaking m where m.demand_id = d.id)"
                        + (regions.every() ? "" : " and d.region_code = any(?)")
                        + " and best.score >= ? order by best.score desc, d.id limit ?")
                .params(params)
                .query((rs, n) -> new Pair(rs.getLong("demand_id"), rs.getLong("achievement_id"),
                        rs.getBigDecimal("score"))).list();
    }

    private static List<Object> params(long id, Regions regions, int limit) {
        List<Object> params = new ArrayList<>(List.of(id));
        if (!regions.every()) {
            params.add(regions.codes().toArray(String[]::new));
        }
        params.add(limit);
        return params;
    }

    /** A page of {@code columns} of the rows of {@code table} that {@code where} holds, best match first. */
    private <T> Page<T> page(String table, Where where, String newest, Pageable pageable, String columns,
                             RowMapper<T> rows) {
        if (where.none) {
            return Page.empty(pageable);
        }
        long total = jdbc.sql("select count(*) from " + table + where.sql()).params(where.params)
                .query(Long.class).single();
        List<Object> params = new ArrayList<>(where.params);
        String alias = table.substring(table.length() - 1);
        String order = where.text == null ? newest
                : "ts_rank(" + alias + ".search_vector, plainto_tsquery('simple', ?)) desc, " + newest;
        if (where.text != null) {
            params.add(where.text);
        }
        String limit = "";
        if (pageable.isPaged()) {
            limit = " limit ? offset ?";
            params.add(pageable.getPageSize());
            params.add(pageable.getOffset());
        }
        List<T> content = jdbc.sql("select " + columns + " from " + table + where.sql() + " order by " + order + limit)
                .params(params).query(rows).list();
        return new PageImpl<>(content, pageable, total);
    }

    /** The conditions of a list: its words, its regions, its filters. */
    private static final class Where {

        private final List<String> conditions = new ArrayList<>();
        private final List<Object> params = new ArrayList<>();
        /** The conditions and their parameters besides the words. */
        private final List<String> others = new ArrayList<>();
        private final List<Object> otherParams = new ArrayList<>();
        private final String text;
        private final boolean none;

        Where(List<String> words, Regions regions, String alias) {
            text = words.isEmpty() ? null : String.join(" ", words);
            none = regions.isEmpty();
            if (text != null) {
                conditions.add(alias + ".search_vector @@ plainto_tsquery('simple', ?)");
                params.add(text);
            }
            if (!regions.every()) {
                and(alias + ".region_code = any(?)", regions.codes().toArray(String[]::new));
            }
        }

        void and(String condition, Object param) {
            conditions.add(condition);
            params.add(param);
            others.add(condition);
            otherParams.add(param);
        }

        String sql() {
            return conditions.isEmpty() ? "" : " where " + String.join(" and ", conditions);
        }
    }
}
