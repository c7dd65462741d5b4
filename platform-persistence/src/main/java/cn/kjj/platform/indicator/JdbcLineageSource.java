package cn.kjj.platform.indicator;

import static cn.kjj.platform.indicator.IndicatorSql.array;

import java.time.LocalDate;
import java.util.ArrayList;
import java.util.Collection;
import java.util.List;
import java.util.Map;
import org.springframework.jdbc.core.simple.JdbcClient;
import org.springframework.stereotype.Repository;

/** The records behind every series point, paged, from the base tables (decisions 0048, 0055). */
@Repository
class JdbcLineageSource implements LineageSource {

    /**
     * Registered contracts with the region of their output (the registering seller's; none when the buyer
     * registered) and of their absorption, ...
     */
    private static final String REGISTERED_HERE = """
            select id, registration_no, registered_on, type, technology_field, seller_nature, buyer_nature, ip_type,
                plan_source, buyer_country, seller_id, seller_region_code, buyer_name, buyer_region_code,
                contract_amount, tech_transaction_amount, false as elsewhere,
                case when filer_role = 'SELLER' then seller_region_code end as output_region_code,
                case when filer_role = 'SELLER' then seller_region_code end as seller_place
            from technology_contract where status = 'REGISTERED'""";
    /** ... and the registrations of other offices imported here, which count in absorption only (decision 0036). */
    private static final String REGISTERED_ELSEWHERE = """
            select id, registration_no, registered_on, type, technology_field,
                coalesce(seller_nature, 'UNKNOWN') as seller_nature, coalesce(buyer_nature, 'UNKNOWN') as buyer_nature,
                coalesce(ip_type, 'UNKNOWN') as ip_type, coalesce(plan_source, 'UNKNOWN') as plan_source,
                'CN' as buyer_country, cast(null as bigint) as seller_id,
                registering_region_code as seller_region_code, buyer_name, buyer_region_code, contract_amount,
                tech_transaction_amount, true as elsewhere, cast(null as varchar) as output_region_code,
                external_seller_region(seller_country, seller_region_code) as seller_place
            from external_contract_registration""";
    /**
     * One region's first rows of one of them in the page's order ({@code %1$s} the rows, {@code %2$s} the region
     * column, {@code %3$s} the group's filter; ?: from, to, the group's parameters, how many), read in that order
     * from the region's index (V40: region, registration date, number).
     */
    private static final String FIRST_ROWS = """
            (select * from (%1$s) c where %2$s = r.code and registered_on between ? and ?%3$s
             order by registered_on, registration_no limit ?)""";
    /**
     * A page of them, region by region (decision 0055): each region's first {@code offset + limit} rows of each kind,
     * merged. With {@code = any(regions)} PostgreSQL reads and sorts every contract of a city's period (the first
     * page of a city's year at 200,000 contracts: 157 ms against 6 ms).
     */
    private static final String CONTRACT_PAGE = """
            select id, registration_no as "registrationNo", registered_on as "registeredOn", type,
                technology_field as "technologyField", seller_nature as "sellerNature", buyer_nature as "buyerNature",
                ip_type as "ipType", plan_source as "planSource",
                seller_id as "sellerId", seller_region_code as "sellerRegionCode", buyer_name as "buyerName",
                buyer_region_code as "buyerRegionCode", contract_amount as "contractAmount",
                tech_transaction_amount as "techTransactionAmount", elsewhere as "registeredElsewhere"
            from unnest(cast(? as varchar[])) as r(code) cross join lateral (%s union all %s) c
            order by registered_on, registration_no, elsewhere offset ? limit ?""";
    /**
     * A dimension's group: the column the group is (the value as filed), or, for FLOW, which depends on both parties,
     * the SQL function that defines the groups (V22). The same rows as asking the function for every dimension, which
     * cost a call per contract of the period (over a second for a city's year at scale).
     */
    private static final Map<TurnoverDimension, String> GROUP_COLUMNS = Map.of(TurnoverDimension.TYPE, "type",
            TurnoverDimension.FIELD, "technology_field", TurnoverDimension.SELLER_NATURE, "seller_nature",
            TurnoverDimension.BUYER_NATURE, "buyer_nature", TurnoverDimension.IP_TYPE, "ip_type",
            TurnoverDimension.PLAN_SOURCE, "plan_source");
    private static final String FLOW_GROUP = " and " + """
            exists (select 1 from contract_market_cells(output_region_code, seller_place, buyer_region_code,
                buyer_country, type, technology_field, seller_nature, buyer_nature, ip_type, plan_source) f
                where f.perspective = ? and f.dimension = 'FLOW' and f.group_code = ?)""";
    private static final String CERTIFICATION_WHERE = " " + """
            from high_tech_certification h join enterprise e on e.id = h.enterprise_id
            where e.region_code = any(?) and (
                (h.issued_on <= make_date(?, 12, 31) and h.expires_on >= make_date(?, 12, 31)
                    and (h.revoked_on is null or h.revoked_on > make_date(?, 12, 31)))
                or extract(year from h.issued_on) = ? or extract(year from h.expires_on + 1) = ?
                or extract(year from h.revoked_on) = ?)""";
    /** The meetings behind a year: the demand's first meeting that year, or a contract registered that year. */
    private static final String MATCHMAKING_ROWS = """
            select m.id, m.meeting_on as "meetingOn", m.outcome, m.region_code as "regionCode",
                   d.id as "demandId", d.title as "demandTitle", a.id as "achievementId", a.title as "achievementTitle",
                   c.id as "contractId", c.registration_no as "registrationNo", c.registered_on as "registeredOn",
                   c.contract_amount as "contractAmount"
            from matchmaking m join demand d on d.id = m.demand_id join achievement a on a.id = m.achievement_id
            left join technology_contract c on c.id = m.contract_id and c.status = 'REGISTERED'
            where m.region_code = any(?) and (
                (extract(year from m.meeting_on) = ? and m.meeting_on = (select min(f.meeting_on) from matchmaking f
                                                                        where f.demand_id = m.demand_id))
                or (m.outcome = 'CONTRACT' and extract(year from c.registered_on) = ?))""";

    private final JdbcClient jdbc;

    JdbcLineageSource(JdbcClient jdbc) {
        this.jdbc = jdbc;
    }

    @Override
    public List<Map<String, Object>> contracts(Collection<String> regions, Perspective perspective, LocalDate from,
                                               LocalDate to, TurnoverDimension by, String group, int offset,
                                               int limit) {
        String region = perspective == Perspective.BUYER ? "buyer_region_code" : "output_region_code";
        String filter = by == null ? "" : by == TurnoverDimension.FLOW ? FLOW_GROUP : " and " + GROUP_COLUMNS.get(by)
                + " = ?";
        List<Object> firstRows = new ArrayList<>(List.of(from, to));
        if (by == TurnoverDimension.FLOW) {
            firstRows.add(perspective.name());
        }
        if (by != null) {
            firstRows.add(group);
        }
        firstRows.add(offset + limit);
        List<Object> parameters = new ArrayList<>();
        parameters.add(array(regions));
        parameters.addAll(firstRows);
        parameters.addAll(firstRows);
        parameters.addAll(List.of(offset, limit));
        return jdbc.sql(CONTRACT_PAGE.formatted(FIRST_ROWS.formatted(REGISTERED_HERE, region, filter),
                        FIRST_ROWS.formatted(REGISTERED_ELSEWHERE, region, filter)))
                .params(parameters)
                .query(IndicatorSql::row).list();
    }

    /** A count that stops at the limit (the last parameter): the lineage's capped total, decision 0048. */
    private static String capped(String rows) {
        return "select count(*) from (" + rows + " limit ?) capped";
    }

    @Override
    public List<Map<String, Object>> certifications(Collection<String> regions, int year, int offset, int limit) {
        return jdbc.sql("""
                select h.id, h.certificate_no as "certificateNo", h.enterprise_id as "enterpriseId",
                    e.name as "enterpriseName", e.region_code as "regionCode", h.kind, h.issued_on as "issuedOn",
                    h.expires_on as "expiresOn", h.revoked_on as "revokedOn"
                """ + CERTIFICATION_WHERE + " order by h.enterprise_id, h.issued_on, h.id offset ? limit ?")
                .params(array(regions), year, year, year, year, year, year, offset, limit)
                .query(IndicatorSql::row).list();
    }

    @Override
    public long countCertifications(Collection<String> regions, int year, long upTo) {
        return jdbc.sql(capped("select 1" + CERTIFICATION_WHERE))
                .params(array(regions), year, year, year, year, year, year, upTo).query(Long.class).single();
    }

    @Override
    public List<Map<String, Object>> statisticRows(Collection<String> regions, int year) {
        return jdbc.sql("""
                select region_code as "regionCode", year, gdp, rd_expenditure as "rdExpenditure", source,
                    updated_at as "updatedAt", version
                from regional_statistic where region_code = any(?) and year = ? order by region_code""")
                .params(array(regions), year).query(IndicatorSql::row).list();
    }

    @Override
    public List<Map<String, Object>> platformRows(Collection<String> regions, int offset, int limit) {
        String[] codes = array(regions);
        return jdbc.sql("""
                select 'INCUBATOR' as category, id, name, kind, level, region_code as "regionCode", area_sqm as "areaSqm"
                from incubator where region_code = any(?)
                union all
                select 'LAB', id, name, kind, level, region_code, null from lab where region_code = any(?)
                order by 1, 2 offset ? limit ?""")
                .params(codes, codes, offset, limit).query(IndicatorSql::row).list();
    }

    @Override
    public long countPlatforms(Collection<String> regions) {
        String[] codes = array(regions);
        return jdbc.sql("select (select count(*) from incubator where region_code = any(?))"
                        + " + (select count(*) from lab where region_code = any(?))")
                .params(codes, codes).query(Long.class).single();
    }

    @Override
    public List<Map<String, Object>> programRows(Collection<String> regions, int year, int offset, int limit) {
        return jdbc.sql("""
                select p.id, p.name, p.kind, p.region_code as "regionCode", p.year, p.budget,
                       p.awarded_total as "awarded", p.approved_total as "approved",
                       coalesce(a.paid, 0) as "disbursed", coalesce(a.recovered, 0) as "recovered",
                       coalesce(v.issued_count, 0) as "vouchersIssued", coalesce(v.issued, 0) as "vouchersIssuedAmount",
                       coalesce(v.redeemed_count, 0) as "vouchersRedeemed",
                       coalesce(v.redeemed, 0) as "vouchersRedeemedAmount",
                       coalesce(v.paid_count, 0) as "vouchersPaid", coalesce(v.paid, 0) as "vouchersPaidAmount",
                       coalesce(v.released, 0) as "vouchersReleasedAmount"
                from program p""" + IndicatorSql.PROGRAM_MONEY + """
                where p.region_code = any(?) and p.year = ? order by p.id offset ? limit ?""")
                .params(array(regions), year, offset, limit).query(IndicatorSql::row).list();
    }

    @Override
    public long countPrograms(Collection<String> regions, int year) {
        return jdbc.sql("select count(*) from program where region_code = any(?) and year = ?")
                .params(array(regions), year).query(Long.class).single();
    }

    @Override
    public List<Map<String, Object>> applicationRows(Collection<String> regions, int year, int offset, int limit) {
        return jdbc.sql("""
                select a.id, a.enterprise_id as "enterpriseId", e.name as "enterpriseName", a.region_code as "regionCode",
                       a.batch_year as "batchYear", a.status, a.submitted_on as "submittedOn",
                       a.decided_on as "decidedOn", c.certificate_no as "certificateNo"
                from high_tech_application a join enterprise e on e.id = a.enterprise_id
                     left join high_tech_certification c on c.id = a.certification_id
                where a.region_code = any(?) and a.batch_year = ? order by a.id offset ? limit ?""")
                .params(array(regions), year, offset, limit).query(IndicatorSql::row).list();
    }

    @Override
    public long countApplications(Collection<String> regions, int year, long upTo) {
        return jdbc.sql(capped("select 1 from high_tech_application where region_code = any(?) and batch_year = ?"))
                .params(array(regions), year, upTo).query(Long.class).single();
    }

    @Override
    public List<Map<String, Object>> techSmeRows(Collection<String> regions, int year, int offset, int limit) {
        return jdbc.sql("""
                select s.id, s.registration_no as "registrationNo", s.year, s.score, s.enterprise_id as "enterpriseId",
                    e.name as "enterpriseName", e.credit_code as "creditCode", s.region_code as "regionCode"
                from tech_sme s join enterprise e on e.id = s.enterprise_id
                where s.region_code = any(?) and s.year = ? order by s.registration_no, s.id offset ? limit ?""")
                .params(array(regions), year, offset, limit).query(IndicatorSql::row).list();
    }

    @Override
    public List<Map<String, Object>> matchmakingRows(Collection<String> regions, int year, int offset, int limit) {
        return jdbc.sql(MATCHMAKING_ROWS + " order by m.meeting_on, m.id offset ? limit ?")
                .params(array(regions), year, year, offset, limit).query(IndicatorSql::row).list();
    }

    @Override
    public long countMatchmakings(Collection<String> regions, int year, long upTo) {
        return jdbc.sql(capped(MATCHMAKING_ROWS)).params(array(regions), year, year, upTo)
                .query(Long.class).single();
    }

    @Override
    public List<Map<String, Object>> highTechFigureRows(Collection<String> regions, int year, int offset, int limit) {
        return jdbc.sql("""
                        select e.id as "enterpriseId", e.name as "enterpriseName", e.region_code as "regionCode",
                            f.revenue, f.profit, f.tax_paid as "taxPaid"
                        from (""" + IndicatorSql.IN_FORCE + """
                        ) t join enterprise e on e.id = t.enterprise_id
                        left join enterprise_annual_figures f on f.enterprise_id = t.enterprise_id and f.year = t.year
                        order by e.id offset ? limit ?""")
                .params(year, year, array(regions), offset, limit).query(IndicatorSql::row).list();
    }

    @Override
    public List<Map<String, Object>> coverageRows(Collection<String> regions, int year,
                                                  Collection<String> serviceIndustries, int offset, int limit) {
        return jdbc.sql("""
                        select id as "enterpriseId", name as "enterpriseName", region_code as "regionCode", industry,
                            platforms from (""" + IndicatorSql.ABOVE_SCALE_INDUSTRIAL + ") c order by id offset ? limit ?")
                .params(array(regions), year, year, array(serviceIndustries), offset, limit)
                .query(IndicatorSql::row).list();
    }

    @Override
    public List<Map<String, Object>> figureRows(Collection<String> regions, int year, int offset, int limit) {
        return jdbc.sql("""
                        select e.id as "enterpriseId", e.name as "enterpriseName", e.region_code as "regionCode",
                            f.rd_expense as "rdExpense", f.rd_expense_domestic as "rdExpenseDomestic", f.revenue
                        from enterprise_annual_figures f join enterprise e on e.id = f.enterprise_id
                        where e.region_code = any(?) and f.year = ? order by e.id offset ? limit ?""")
                .params(array(regions), year, offset, limit).query(IndicatorSql::row).list();
    }

    @Override
    public long countFigures(Collection<String> regions, int year) {
        return jdbc.sql("""
                        select count(*) from enterprise_annual_figures f join enterprise e on e.id = f.enterprise_id
                        where e.region_code = any(?) and f.year = ?""")
                .params(array(regions), year).query(Long.class).single();
    }
}
