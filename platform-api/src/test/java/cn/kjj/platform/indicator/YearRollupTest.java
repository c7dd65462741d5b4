package cn.kjj.platform.indicator;

import static org.assertj.core.api.Assertions.assertThat;

import cn.kjj.platform.ApiTest;
import cn.kjj.platform.contract.ChangeApplication;
import cn.kjj.platform.contract.ContractChangeService;
import cn.kjj.platform.contract.ContractType;
import cn.kjj.platform.contract.FilingDetails;
import cn.kjj.platform.contract.IpType;
import cn.kjj.platform.contract.PartyNature;
import cn.kjj.platform.contract.PlanSource;
import cn.kjj.platform.contract.TechnologyField;
import java.math.BigDecimal;
import java.time.LocalDate;
import java.time.YearMonth;
import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.TreeMap;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.Test;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.jdbc.core.simple.JdbcClient;

/**
 * The yearly roll-ups (V35, decision 0048) on contracts registered from 2070 to 2072, years no other test uses:
 * after registrations, an approved change decided in a later year than its registration, a cancellation and a
 * revocation of old contracts, every yearly row equals a recomputation from the contracts and their changes
 * (exact amounts), and a series by year read from them equals the same series summed from the months, for whole
 * years and for ranges that start or end inside a year.
 */
@ApiTest
class YearRollupTest {

    static final String JIANGHAI = "440704";
    static final String PENGJIANG = "440703";
    static final String OTHER_PROVINCE = "110105";

    @Autowired
    IndicatorFixtures fx;
    @Autowired
    ContractChangeService changes;
    @Autowired
    TurnoverLedger ledger;
    @Autowired
    IndicatorService indicators;
    @Autowired
    JdbcClient jdbc;

    @AfterEach
    void resetClock() {
        fx.clock().reset();
    }

    @Test
    void theYearsFollowRegistrationsChangesCancellationsAndRevocationsAtOnceAndReadLikeTheirMonths() {
        long jianghai = fx.fixtures().enterprise(JIANGHAI);
        long pengjiang = fx.fixtures().enterprise(PENGJIANG);
        List<Long> contracts = new ArrayList<>();
        LocalDate[] days = {LocalDate.of(2070, 2, 14), LocalDate.of(2070, 11, 30), LocalDate.of(2070, 12, 31),
            LocalDate.of(2071, 1, 1), LocalDate.of(2071, 6, 15), LocalDate.of(2072, 3, 3)};
        String[] buyers = {PENGJIANG, null, OTHER_PROVINCE, JIANGHAI, PENGJIANG, OTHER_PROVINCE};
        for (int i = 0; i < days.length; i++) {
            fx.on(days[i]);
            long id = fx.submitted(i % 2 == 0 ? jianghai : pengjiang, buyers[i], ContractType.values()[i % 5],
                    "1234567." + (10 + i), TechnologyField.values()[i % 3],
                    new FilingDetails(IpType.values()[i % 2], PlanSource.values()[i % 2], null),
                    buyers[i] == null ? null : PartyNature.ENTERPRISE);
            contracts.add(i % 3 == 0 ? fx.registered(id, "1000000.0" + i) : fx.registered(id));
        }
        assertTheYearsEqualARecomputation();

        // a change of the 2070-11 contract approved in 2071: its amounts move 2071, the registration stays in 2070
        fx.on(LocalDate.of(2071, 8, 8));
        BigDecimal[] before = amounts(PENGJIANG, "SELLER", 2071);
        long change = changes.apply(fx.admin(), contracts.get(1), new ChangeApplication("CHANGE", "补充协议",
                new BigDecimal("2000000.55"), new BigDecimal("1500000.45"), null)).id();
        changes.approve(fx.admin(), contracts.get(1), change, null);
        assertTheYearsEqualARecomputation();
        BigDecimal[] after = amounts(PENGJIANG, "SELLER", 2071);
        assertThat(after[0].subtract(before[0])).isEqualTo(BigDecimal.ZERO);
        assertThat(after[1].subtract(before[1])).isEqualTo(new BigDecimal("765433.44"));
        assertThat(after[2].subtract(before[2])).isEqualTo(new BigDecimal("265433.34"));

        // the 2070-02 contract cancelled in 2072, the 2070-12 one revoked: both leave 2070 at once
        fx.on(LocalDate.of(2072, 4, 1));
        long cancel = changes.apply(fx.admin(), contracts.get(0), new ChangeApplication("CANCEL", "合同解除", null, null,
                null)).id();
        changes.approve(fx.admin(), contracts.get(0), cancel, null);
        fx.revokeContract(contracts.get(2));
        // and the changed one revoked too: its change leaves 2071 and its registration 2070
        fx.revokeContract(contracts.get(1));
        assertTheYearsEqualARecomputation();
        assertThat(countOf(JIANGHAI, "SELLER", 2070)).isZero();
        assertThat(countOf(PENGJIANG, "SELLER", 2070)).isZero();

        List<String> regions = List.of(JIANGHAI, PENGJIANG);
        for (Perspective perspective : Perspective.values()) {
            List<TurnoverDimension> dimensions = new ArrayList<>(List.of(TurnoverDimension.values()));
            dimensions.add(null);
            for (TurnoverDimension by : dimensions) {
                for (YearMonth[] range : new YearMonth[][] {{YearMonth.of(2070, 1), YearMonth.of(2072, 12)},
                        {YearMonth.of(2070, 12), YearMonth.of(2071, 1)}, {YearMonth.of(2070, 3), YearMonth.of(2072, 3)},
                        {YearMonth.of(2071, 1), YearMonth.of(2071, 12)}, {YearMonth.of(2070, 2), YearMonth.of(2070, 11)},
                        {YearMonth.of(2069, 12), YearMonth.of(2072, 12)}}) {
                    assertThat(byYear(ledger.read(regions, perspective, range[0], range[1], 12, by)))
                            .as("%s by %s from %s to %s", perspective, by, range[0], range[1])
                            .isEqualTo(byYear(ledger.read(regions, perspective, range[0], range[1], 1, by)));
                }
            }
        }
        // and through the indicator: the years of a city equal its months summed
        IndicatorSeries<IndicatorPoint.Turnover> years = indicators.contractTurnover("440700", LocalDate.of(2070, 1, 1),
                LocalDate.of(2072, 12, 31), Period.YEAR, Perspective.SELLER, null);
        IndicatorSeries<IndicatorPoint.Turnover> months = indicators.contractTurnover("440700",
                LocalDate.of(2070, 1, 1), LocalDate.of(2072, 12, 31), Period.MONTH, Perspective.SELLER, null);
        for (IndicatorPoint.Turnover year : years.series()) {
            BigDecimal summed = months.series().stream().filter(m -> m.period().startsWith(year.period()))
                    .map(IndicatorPoint.Turnover::contractAmount).reduce(BigDecimal.ZERO, BigDecimal::add);
            assertThat(year.contractAmount()).isEqualTo(summed.setScale(2));
        }
        assertThat(years.series().get(2).count()).isEqualTo(1);
    }

    /** Every yearly row of 2070-2072, both tables, against the definitions applied to the base tables. */
    private void assertTheYearsEqualARecomputation() {
        String cells = IndicatorRollupPropertyTest.cellsByDefinition("extract(year from %s)::int");
        assertThat(rows("""
                select region_code || '/' || perspective || '/' || year,
                    contract_count || '/' || contract_amount || '/' || tech_transaction_amount
                from contract_turnover_year_rollup where year between 2070 and 2072 and contract_count > 0"""))
                .isEqualTo(rows(cells + """
                select region_code || '/' || perspective || '/' || period, sum(n) || '/' || sum(ca) || '/' || sum(ta)
                from c where period >= 2070 group by region_code, perspective, period having sum(n) > 0"""))
                .isNotEmpty();
        assertThat(rows("""
                select region_code || '/' || perspective || '/' || dimension || '/' || year || '/' || group_code,
                    contract_count || '/' || contract_amount || '/' || tech_transaction_amount
                from contract_market_year_rollup where year between 2070 and 2072 and contract_count > 0"""))
                .isEqualTo(rows(cells + """
                select region_code || '/' || perspective || '/' || dimension || '/' || period || '/' || group_code,
                    sum(n) || '/' || sum(ca) || '/' || sum(ta)
                from g where period >= 2070 group by region_code, perspective, dimension, period, group_code
                having sum(n) > 0""")).hasSizeGreaterThan(40);
    }

    private long countOf(String region, String perspective, int year) {
        return jdbc.sql("""
                select coalesce(sum(contract_count), 0) from contract_turnover_year_rollup
                where region_code = ? and perspective = ? and year = ?""")
                .params(region, perspective, year).query(Long.class).single();
    }

    /** Count, contract amount and technology transaction amount of a region's year, exact. */
    private BigDecimal[] amounts(String region, String perspective, int year) {
        return jdbc.sql("""
                select contract_count, contract_amount, tech_transaction_amount from contract_turnover_year_rollup
                where region_code = ? and perspective = ? and year = ?""")
                .params(region, perspective, year)
                .query((rs, i) -> new BigDecimal[] {BigDecimal.valueOf(rs.getLong(1)), rs.getBigDecimal(2),
                    rs.getBigDecimal(3)}).single();
    }

    /** Cells summed per year and group, zeros left out (a month's cell may be absent where its year's is 0). */
    private static Map<String, String> byYear(List<TurnoverCell> cells) {
        Map<String, BigDecimal[]> sums = new LinkedHashMap<>();
        for (TurnoverCell c : cells) {
            BigDecimal[] s = sums.computeIfAbsent(c.month().getYear() + "/" + c.group(),
                    k -> new BigDecimal[] {BigDecimal.ZERO, BigDecimal.ZERO, BigDecimal.ZERO});
            s[0] = s[0].add(BigDecimal.valueOf(c.count()));
            s[1] = s[1].add(c.contractAmount());
            s[2] = s[2].add(c.techTransactionAmount());
        }
        Map<String, String> result = new TreeMap<>();
        sums.forEach((k, s) -> {
            if (s[0].signum() != 0 || s[1].signum() != 0 || s[2].signum() != 0) {
                result.put(k, s[0] + "/" + s[1].toPlainString() + "/" + s[2].toPlainString());
            }
        });
        return result;
    }

    private Map<String, String> rows(String sql) {
        Map<String, String> rows = new TreeMap<>();
        jdbc.sql(sql).query((rs, i) -> rows.put(rs.getString(1), rs.getString(2))).list();
        return rows;
    }
}
