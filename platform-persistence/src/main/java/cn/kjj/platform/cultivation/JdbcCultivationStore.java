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

/** The ladder's facts read in two queries per year (enterprises and flags, then figures), and the placements. */
@Repository
class JdbcCultivationStore implements CultivationStore {

    /** The enterprises of the scope (:every or :regions, :id when given). */
    private static final String SCOPE = """
            (cast(:every as boolean) or e.region_code = any(:regions))
            and (cast(:id as bigint) is null or e.id = cast(:id as bigint))""";
    private static final String FACTS = """
            select * from (
                select e.id, e.name, e.region_code, e.founded_on, e.industry,
                    exists (select 1 from tech_sme s where s.enterprise_id = e.id and s.year = :year) as tech_sme,
                    exists (select 1 from high_tech_certification h where h.enterprise_id = e.id
                            and h.issued_on <= make_date(:year, 12, 31) and h.expires_on >= make_date(:year, 12, 31)
                            and (h.revoked_on is null or h.revoked_on > make_date(:year, 12, 31))) as high_tech,
                    exists (select 1 from cultivation_pool_placement p
                            where p.enterprise_id = e.id and p.year = :year) as placed,
                    exists (select 1 from enterprise_annual_figures f
                            where f.enterprise_id = e.id and f.year = :year) as has_figures
                from enterprise e where""" + SCOPE + """
            ) e where tech_sme or high_tech or placed or has_figures order by id""";
    private static final String FIGURES = """
            select f.* from enterprise_annual_figures f join enterprise e on e.id = f.enterprise_id
            where f.year between :from and :year and""" + SCOPE;

    private final JdbcClient jdbc;

    JdbcCultivationStore(JdbcClient jdbc) {
        this.jdbc = jdbc;
    }

    @Override
    public List<LadderFacts> facts(Regions regions, Long enterpriseId, int year, int yearsBack) {
        String[] codes = regions.every() ? new String[0] : regions.codes().toArray(String[]::new);
        Map<Long, Map<Integer, AnnualFigures>> figures = new HashMap<>();
        jdbc.sql(FIGURES).param("from", year - yearsBack).param("year", year).param("every", regions.every())
                .param("regions", codes).param("id", enterpriseId)
                .query(rs -> {
                    figures.computeIfAbsent(rs.getLong("enterprise_id"), k -> new HashMap<>())
                            .put(rs.getInt("year"), figures(rs));
                });
        List<LadderFacts> facts = new ArrayList<>();
        jdbc.sql(FACTS).param("year", year).param("every", regions.every()).param("regions", codes)
                .param("id", enterpriseId)
                .query(rs -> {
                    long id = rs.getLong("id");
                    java.sql.Date founded = rs.getDate("founded_on");
                    facts.add(new LadderFacts(id, rs.getString("name"), rs.getString("region_code"),
                            founded == null ? null : founded.toLocalDate(), rs.getString("industry"),
                            rs.getBoolean("tech_sme"), rs.getBoolean("high_tech"), rs.getBoolean("placed"),
                            figures.getOrDefault(id, Map.of())));
                });
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
