package cn.kjj.platform.matching;

import cn.kjj.platform.contract.TechnologyField;
import cn.kjj.platform.region.Regions;
import java.math.BigDecimal;
import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import org.springframework.data.domain.Page;
import org.springframework.data.domain.PageImpl;
import org.springframework.data.domain.Pageable;
import org.springframework.data.domain.Sort;
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

    private final JdbcClient jdbc;

    JdbcWordSearch(JdbcClient jdbc) {
        this.jdbc = jdbc;
    }

    @Override
    public Page<Long> achievements(List<String> words, Regions regions, Map<String, Object> equal,
                                   Pageable pageable) {
        Where where = new Where(words, regions, "a");
        equal.forEach((field, value) -> where.and("a." + ACHIEVEMENT_FILTERS.get(field) + " = ?",
                ((Enum<?>) value).name()));
        return page("achievement a", where, "a.updated_at desc, a.id", pageable);
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
        return page("demand d", where, demandOrder(pageable.getSort()), pageable);
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

    private Page<Long> page(String table, Where where, String newest, Pageable pageable) {
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
        List<Long> ids = jdbc.sql("select " + alias + ".id from " + table + where.sql() + " order by " + order + limit)
                .params(params).query(Long.class).list();
        return new PageImpl<>(ids, pageable, total);
    }

    /** The conditions of a list: its words, its regions, its filters. */
    private static final class Where {

        private final List<String> conditions = new ArrayList<>();
        private final List<Object> params = new ArrayList<>();
        private final String text;
        private final boolean none;

        Where(List<String> words, Regions regions, String alias) {
            text = words.isEmpty() ? null : String.join(" ", words);
            none = regions.isEmpty();
            if (text != null) {
                and(alias + ".search_vector @@ plainto_tsquery('simple', ?)", text);
            }
            if (!regions.every()) {
                and(alias + ".region_code = any(?)", regions.codes().toArray(String[]::new));
            }
        }

        void and(String condition, Object param) {
            conditions.add(condition);
            params.add(param);
        }

        String sql() {
            return conditions.isEmpty() ? "" : " where " + String.join(" and ", conditions);
        }
    }
}
