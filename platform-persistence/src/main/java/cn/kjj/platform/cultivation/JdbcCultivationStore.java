package cn.kjj.platform.cultivation;

import cn.kjj.platform.enterprise.AnnualFigures;
import cn.kjj.platform.region.Regions;
import java.sql.ResultSet;
import java.sql.SQLException;
import java.util.ArrayList;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import org.springframework.dao.DuplicateKeyException;
import org.springframework.jdbc.core.simple.JdbcClient;
import org.springframework.stereotype.Repository;

/** The ladder's facts of any number of years read in two queries (the rungs and their flags, then figures), and the placements. */
@Repository
class JdbcCultivationStore implements CultivationStore {

    /** The rung facts of the years asked: (enterprise, year) pairs, of :id only when given. */
    private static final String RUNGS = """
            with years as (select generate_series(cast(:from as int), cast(:to as int)) as year),
            rung as (
                select s.enterprise_id, s.year from tech_sme s join years y on y.year = s.year
                where cast(:id as bigint) is null or s.enterprise_id = cast(:id as bigint)
                union
                select h.enterprise_id, y.year from high_tech_certification h join years y
                    on h.issued_on <= make_date(y.year, 12, 31) and h.expires_on >= make_date(y.year, 12, 31)
                    and (h.revoked_on is null or h.revoked_on > make_date(y.year, 12, 31))
                where cast(:id as bigint) is null or h.enterprise_id = cast(:id as bigint)
                union
                select p.enterprise_id, p.year from cultivation_pool_placement p join years y on y.year = p.year
                where cast(:id as bigint) is null or p.enterprise_id = cast(:id as bigint)
                union
                select f.enterprise_id, f.year from enterprise_annual_figures f join years y on y.year = f.year
                where cast(:figuresAlone as boolean)
                  and (cast(:id as bigint) is null or f.enterprise_id = cast(:id as bigint))
            )
            select r.year, e.id, e.name, e.region_code, e.founded_on, e.industry,
                exists (select 1 from tech_sme s where s.enterprise_id = e.id and s.year = r.year) as tech_sme,
                exists (select 1 from high_tech_certification h where h.enterprise_id = e.id
                        and h.issued_on <= make_date(r.year, 12, 31) and h.expires_on >= make_date(r.year, 12, 31)
                        and (h.revoked_on is null or h.revoked_on > make_date(r.year, 12, 31))) as high_tech,
                exists (select 1 from cultivation_pool_placement p
                        where p.enterprise_id = e.id and p.year = r.year) as placed
            from rung r join enterprise e on e.id = r.enterprise_id
            where (cast(:every as boolean) or e.region_code = any(:regions))
            order by r.year, e.id""";
    /** The figures of the enterprises found (one array parameter, however many). */
    private static final String FIGURES = """
            select f.* from enterprise_annual_figures f
            where f.enterprise_id = any(:ids) and f.year between :from and :to""";

    private final JdbcClient jdbc;

    JdbcCultivationStore(JdbcClient jdbc) {
        this.jdbc = jdbc;
    }

    @Override
    public Map<Integer, List<LadderFacts>> facts(Regions regions, Long enterpriseId, int from, int to,
                                                 int yearsBack, boolean figuresAlone) {
        String[] codes = regions.every() ? new String[0] : regions.codes().toArray(String[]::new);
        record Rung(int year, long id, String name, String regionCode, java.time.LocalDate foundedOn,
                    String industry, boolean techSme, boolean highTech, boolean placed) {
        }
        List<Rung> rungs = jdbc.sql(RUNGS).param("from", from).param("to", to).param("id", enterpriseId)
                .param("figuresAlone", figuresAlone).param("every", regions.every()).param("regions", codes)
                .query((rs, i) -> {
                    java.sql.Date founded = rs.getDate("founded_on");
                    return new Rung(rs.getInt("year"), rs.getLong("id"), rs.getString("name"),
                            rs.getString("region_code"), founded == null ? null : founded.toLocalDate(),
                            rs.getString("industry"), rs.getBoolean("tech_sme"), rs.getBoolean("high_tech"),
                            rs.getBoolean("placed"));
                }).list();
        Map<Long, Map<Integer, AnnualFigures>> figures = new HashMap<>();
        if (!rungs.isEmpty()) {
            jdbc.sql(FIGURES).param("ids", rungs.stream().mapToLong(Rung::id).distinct().boxed().toArray(Long[]::new))
                    .param("from", from - yearsBack).param("to", to)
                    .query(rs -> {
                        figures.computeIfAbsent(rs.getLong("enterprise_id"), k -> new HashMap<>())
                                .put(rs.getInt("year"), figures(rs));
                    });
        }
        Map<Integer, List<LadderFacts>> facts = new java.util.LinkedHashMap<>();
        for (Rung r : rungs) {
            facts.computeIfAbsent(r.year(), k -> new ArrayList<>()).add(new LadderFacts(r.id(), r.name(),
                    r.regionCode(), r.foundedOn(), r.industry(), r.techSme(), r.highTech(), r.placed(),
                    figures.getOrDefault(r.id(), Map.of())));
        }
        return facts;
    }

    private static AnnualFigures figures(ResultSet rs) throws SQLException {
        return new AnnualFigures(rs.getBigDecimal("revenue"), rs.getBigDecimal("sales_revenue"),
                rs.getBigDecimal("high_tech_income"), rs.getBigDecimal("rd_expense"),
                rs.getBigDecimal("rd_expense_domestic"), rs.getInt("staff"), rs.getInt("tech_staff"),
                rs.getInt("invention_patents"), rs.getInt("other_ip"), rs.getBigDecimal("profit"),
                rs.getBigDecimal("tax_paid"), rs.getBigDecimal("assets"), rs.getBoolean("above_scale"));
    }

    @Override
    public Optional<PoolPlacement> placement(long enterpriseId, int year) {
        return jdbc.sql("""
                        select enterprise_id, year, region_code, reason, placed_on from cultivation_pool_placement
                        where enterprise_id = ? and year = ?""")
                .params(enterpriseId, year)
                .query((rs, i) -> new PoolPlacement(rs.getLong(1), rs.getInt(2), rs.getString(3), rs.getString(4),
                        rs.getDate(5).toLocalDate()))
                .optional();
    }

    @Override
    public boolean place(PoolPlacement p) {
        try {
            jdbc.sql("""
                            insert into cultivation_pool_placement (enterprise_id, year, region_code, reason, placed_on)
                            values (?, ?, ?, ?, ?)""")
                    .params(p.enterpriseId(), p.year(), p.regionCode(), p.reason(), p.placedOn()).update();
            return true;
        } catch (DuplicateKeyException e) {
            return false;
        }
    }

    @Override
    public void remove(long enterpriseId, int year) {
        jdbc.sql("delete from cultivation_pool_placement where enterprise_id = ? and year = ?")
                .params(enterpriseId, year).update();
    }
}
