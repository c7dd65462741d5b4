package cn.kjj.platform.enterprise;

import static cn.kjj.platform.enterprise.EnterpriseApi.ENTERPRISES;
import static cn.kjj.platform.enterprise.EnterpriseApi.JIANGHAI;
import static cn.kjj.platform.enterprise.EnterpriseApi.json;
import static cn.kjj.platform.enterprise.EnterpriseApi.today;
import static cn.kjj.platform.enterprise.EnterpriseApi.uniqueWord;
import static cn.kjj.platform.enterprise.EnterpriseApi.with;
import static cn.kjj.platform.enterprise.HighTechApplicationApiTest.figures;
import static org.assertj.core.api.Assertions.assertThat;

import cn.kjj.platform.ApiTest;
import java.math.BigDecimal;
import java.time.LocalDate;
import java.util.ArrayList;
import java.util.Comparator;
import java.util.HashMap;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Set;
import java.util.function.UnaryOperator;
import org.junit.jupiter.api.Test;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.http.HttpHeaders;
import org.springframework.http.HttpStatus;
import org.springframework.http.MediaType;
import org.springframework.jdbc.core.simple.JdbcClient;
import tools.jackson.databind.JsonNode;

/**
 * The candidates' ranking in the database (decisions 0050 and 0058) counts as {@link HighTechJudgement} judges, at
 * every boundary of the rules and under other thresholds (whose adoption recomputes the stored verdicts), and
 * follows the figures, the enterprise and its certificates at once.
 */
@ApiTest
class HighTechCandidateRankingTest {

    static final String CANDIDATES = "/api/v1/high-tech-applications/candidates?region={r}&batchYear={y}&limit=500";

    @Autowired
    EnterpriseApi api;
    @Autowired
    HighTechCandidateStore store;
    @Autowired
    HighTechThresholds thresholds;
    @Autowired
    EnterpriseRepository enterprises;
    @Autowired
    EnterpriseAnnualFiguresRepository figureRows;
    @Autowired
    JdbcClient jdbc;

    final int batch = today().getYear();

    /** An enterprise of Jianghai, registered five years, in a key field, with these figures of the three years. */
    long enterprise(UnaryOperator<Map<String, Object>> latest, UnaryOperator<Map<String, Object>> earlier) {
        long id = api.created(JIANGHAI, uniqueWord());
        jdbc.sql("update enterprise set founded_on = ?, industry = ? where id = ?")
                .params(today().minusYears(5), "电子信息", id).update();
        String official = api.official(JIANGHAI);
        for (int year = batch - 3; year < batch; year++) {
            Map<String, Object> body = figures("50000000.00", "2500000.00", "1500000.00");
            body = year == batch - 1 ? latest.apply(body) : earlier.apply(body);
            if (body != null) {
                put(official, id, year, body);
            }
        }
        return id;
    }

    long enterprise(UnaryOperator<Map<String, Object>> everyYear) {
        return enterprise(everyYear, everyYear);
    }

    void put(String bearer, long id, int year, Map<String, Object> body) {
        assertThat(api.mvc().put().uri(ENTERPRISES + "/{id}/annual-figures/{year}", id, year)
                .header(HttpHeaders.AUTHORIZATION, bearer)
                .contentType(MediaType.APPLICATION_JSON).content(json(body)).exchange().getResponse().getStatus())
                .isIn(200, 201);
    }

    void enterpriseSet(long id, LocalDate foundedOn, String industry) {
        jdbc.sql("update enterprise set founded_on = ?, industry = ? where id = ?").params(foundedOn, industry, id)
                .update();
    }

    /** Every enterprise ranked (no limit, any count failed), by id. */
    Map<Long, HighTechCandidateStore.Ranked> ranked(HighTechThresholds t) {
        List<HighTechCandidateStore.Ranked> all = store.rank(new EnterpriseAccess.Where(true, Set.of()), batch - 1,
                today(), t, HighTechCondition.values().length, 1_000_000);
        assertThat(all).isSortedAccordingTo(Comparator.comparingInt(HighTechCandidateStore.Ranked::notMet)
                .thenComparingInt(HighTechCandidateStore.Ranked::unknown)
                .thenComparingLong(HighTechCandidateStore.Ranked::enterpriseId));
        Map<Long, HighTechCandidateStore.Ranked> byId = new LinkedHashMap<>();
        all.forEach(r -> byId.put(r.enterpriseId(), r));
        return byId;
    }

    /** The Java judgement's counts of these enterprises: failed, unknown. */
    Map<Long, List<Long>> judged(List<Long> ids, HighTechThresholds t) {
        Map<Long, Map<Integer, AnnualFigures>> years = new HashMap<>();
        figureRows.findByEnterpriseIdInAndYearBetween(ids, batch - 3, batch - 1).forEach(f -> years
                .computeIfAbsent(f.getEnterpriseId(), k -> new HashMap<>()).put(f.getYear(), f.getFigures()));
        Map<Long, List<Long>> counts = new HashMap<>();
        enterprises.findAllById(ids).forEach(e -> {
            HighTechJudgement j = HighTechJudgement.judge(batch, e.getFoundedOn(), e.getIndustry(),
                    years.getOrDefault(e.getId(), Map.of()), null, today(), t);
            counts.put(e.getId(), List.of(j.count(false), j.count(null)));
        });
        return counts;
    }

    @Test
    void theDatabaseCountsWhatTheJudgementCountsAtEveryBoundaryAndUnderOtherThresholds() {
        Map<String, Long> cases = new LinkedHashMap<>();
        // R&D share of sales: exactly 5 % at sales of exactly 50,000,000 meets; a cent less fails
        cases.put("rd 5 % at 50,000,000", enterprise(b -> b));
        cases.put("rd a cent under 5 %", enterprise(b -> with(b, "rdExpense", "2499999.99"), b -> b));
        // exactly 200,000,000 takes the 4 % band
        cases.put("rd 4 % at 200,000,000", enterprise(b -> with(with(with(with(with(b, "revenue", "200000000.00"),
                "salesRevenue", "200000000.00"), "rdExpense", "8000000.00"), "rdExpenseDomestic", "8000000.00"),
                "highTechIncome", "140000000.00")));
        // 200,000,000.01 takes the 3 %: 18,000,000.00 over three years is under 3 % of 600,000,000.03
        UnaryOperator<Map<String, Object>> large = b -> with(with(with(with(with(b, "revenue", "200000000.01"),
                "salesRevenue", "200000000.01"), "rdExpense", "6000000.00"), "rdExpenseDomestic", "6000000.00"),
                "highTechIncome", "140000000.00");
        cases.put("rd a hair under 3 %", enterprise(large));
        cases.put("rd 3 % above 200,000,000", enterprise(b -> with(large.apply(b), "rdExpense", "6000000.01"), large));
        // the domestic share: 59.99 % fails 60 %
        cases.put("domestic 59.99 %", enterprise(b -> with(b, "rdExpenseDomestic", "1499750.00")));
        // two years of figures: both R&D shares unknown, not failed
        cases.put("two years", enterprise(b -> b, b -> null));
        // staff: none is unknown; exactly 10 % meets; under it fails
        cases.put("no staff", enterprise(b -> with(with(b, "staff", 0), "techStaff", 0)));
        cases.put("tech staff 10 %", enterprise(b -> with(b, "techStaff", 12)));
        cases.put("tech staff under 10 %", enterprise(b -> with(b, "techStaff", 11)));
        // high-tech income: exactly 60 % meets, a cent less fails; no revenue is unknown (and the R&D shares too)
        cases.put("income 60 %", enterprise(b -> with(b, "highTechIncome", "30000000.00")));
        cases.put("income under 60 %", enterprise(b -> with(b, "highTechIncome", "29999999.99")));
        cases.put("no revenue", enterprise(b -> with(with(with(with(with(b, "revenue", "0.00"), "salesRevenue",
                "0.00"), "highTechIncome", "0.00"), "rdExpense", "0.00"), "rdExpenseDomestic", "0.00")));
        // IP: none fails
        cases.put("no IP", enterprise(b -> with(with(b, "inventionPatents", 0), "otherIp", 0)));
        // registered: exactly a year meets, a day less fails, unknown unknown; the industry: padded, other, none
        long aYear = enterprise(b -> b);
        enterpriseSet(aYear, today().minusYears(1), "电子信息");
        cases.put("registered a year", aYear);
        long aDayLess = enterprise(b -> b);
        enterpriseSet(aDayLess, today().minusYears(1).plusDays(1), "电子信息");
        cases.put("registered a day less than a year", aDayLess);
        long unknowns = enterprise(b -> b);
        enterpriseSet(unknowns, null, null);
        cases.put("no founding day, no industry", unknowns);
        long padded = enterprise(b -> b);
        enterpriseSet(padded, today().minusYears(5), " 电子信息\u3000");
        cases.put("padded key field", padded);
        // every kind of whitespace String.strip() trims is trimmed in SQL too (an em space, a unit separator, a line
        // separator); a no-break space is not whitespace to Java, and the industry is then no key field
        long paddedOtherwise = enterprise(b -> b);
        enterpriseSet(paddedOtherwise, today().minusYears(5), "\u2003\u001f电子信息\u2028\u205f");
        cases.put("key field padded with other whitespace", paddedOtherwise);
        long noBreak = enterprise(b -> b);
        enterpriseSet(noBreak, today().minusYears(5), "电子信息\u00a0");
        cases.put("key field and a no-break space", noBreak);
        long otherField = enterprise(b -> b);
        enterpriseSet(otherField, today().minusYears(5), "餐饮");
        cases.put("not a key field", otherField);

        Map<Long, HighTechCandidateStore.Ranked> ranked = ranked(thresholds);
        List<Long> ids = new ArrayList<>(ranked.keySet());
        Map<Long, List<Long>> judged = judged(ids, thresholds);
        // every enterprise ranked, the boundary cases and all others in the database, counted alike
        ranked.values().forEach(r -> assertThat(List.of((long) r.notMet(), (long) r.unknown()))
                .as("enterprise %d", r.enterpriseId()).isEqualTo(judged.get(r.enterpriseId())));
        Map<String, List<Integer>> expected = new LinkedHashMap<>();
        expected.put("rd 5 % at 50,000,000", List.of(0, 2));
        expected.put("rd a cent under 5 %", List.of(1, 2));
        expected.put("rd 4 % at 200,000,000", List.of(0, 2));
        expected.put("rd a hair under 3 %", List.of(1, 2));
        expected.put("rd 3 % above 200,000,000", List.of(0, 2));
        expected.put("domestic 59.99 %", List.of(1, 2));
        expected.put("two years", List.of(0, 4));
        expected.put("no staff", List.of(0, 3));
        expected.put("tech staff 10 %", List.of(0, 2));
        expected.put("tech staff under 10 %", List.of(1, 2));
        expected.put("income 60 %", List.of(0, 2));
        expected.put("income under 60 %", List.of(1, 2));
        expected.put("no revenue", List.of(0, 5));
        expected.put("no IP", List.of(1, 2));
        expected.put("registered a year", List.of(0, 2));
        expected.put("registered a day less than a year", List.of(1, 2));
        expected.put("no founding day, no industry", List.of(0, 4));
        expected.put("padded key field", List.of(0, 2));
        expected.put("key field padded with other whitespace", List.of(0, 2));
        expected.put("key field and a no-break space", List.of(1, 2));
        expected.put("not a key field", List.of(1, 2));
        expected.forEach((name, counts) -> assertThat(List.of(ranked.get(cases.get(name)).notMet(),
                ranked.get(cases.get(name)).unknown())).as(name).isEqualTo(counts));

        // other thresholds: adopting them recomputes the stored verdicts (a 6 % band for small sales fails what met
        // 5 %); the settings' thresholds are adopted again after
        HighTechThresholds stricter = new HighTechThresholds(thresholds.smallSalesLimit(),
                thresholds.mediumSalesLimit(), new BigDecimal("0.06"), thresholds.mediumRdShare(),
                thresholds.largeRdShare(), new BigDecimal("0.5999"), thresholds.highTechIncomeShare(),
                new BigDecimal("0.0916"), thresholds.innovationScore(), 2, List.of("餐饮"));
        try {
            Map<Long, HighTechCandidateStore.Ranked> strictly = ranked(stricter);
            assertThat(storedFailed(cases.get("rd 5 % at 50,000,000"))).isEqualTo(2);
            Map<Long, List<Long>> judgedStrictly = judged(new ArrayList<>(strictly.keySet()), stricter);
            strictly.values().forEach(r -> assertThat(List.of((long) r.notMet(), (long) r.unknown()))
                    .as("enterprise %d", r.enterpriseId()).isEqualTo(judgedStrictly.get(r.enterpriseId())));
            // 6 % and not a key field any more: two failed; 59.99 % in China and 11 of 120 technology staff now meet
            assertThat(strictly.get(cases.get("rd 5 % at 50,000,000")).notMet()).isEqualTo(2);
            assertThat(strictly.get(cases.get("domestic 59.99 %")).notMet()).isEqualTo(2);
            assertThat(strictly.get(cases.get("tech staff under 10 %")).notMet()).isEqualTo(2);
            // two years registered: five years meets, one does not
            assertThat(strictly.get(cases.get("registered a year")).notMet()).isEqualTo(3);
        } finally {
            ranked(thresholds);
        }
        assertThat(storedFailed(cases.get("rd 5 % at 50,000,000"))).isZero();
        assertThat(ranked(thresholds).get(cases.get("domestic 59.99 %")).notMet()).isEqualTo(1);
    }

    /** The failed conditions stored for the enterprise's latest window (the year before the batch). */
    long storedFailed(long id) {
        return api.count("select not_met from high_tech_figure_window where enterprise_id = ? and year = ?", id,
                batch - 1);
    }

    @Test
    void aRevisedFigureMovesTheEnterpriseInAndOutOfTheListAtOnce() {
        String district = api.official(JIANGHAI);
        // a cent under 60 % high-tech income in the latest year, and no IP: two failed, a candidate
        long id = enterprise(b -> with(with(with(b, "highTechIncome", "29999999.99"), "inventionPatents", 0),
                "otherIp", 0), b -> b);
        assertThat(candidate(district, id).get("notMet").asLong()).isEqualTo(2);

        // a third condition fails: no longer a candidate
        put(district, id, batch - 1, with(with(with(with(figures("50000000.00", "2500000.00", "1500000.00"),
                "highTechIncome", "29999999.99"), "inventionPatents", 0), "otherIp", 0), "techStaff", 1));
        assertThat(candidate(district, id)).isNull();

        // the figures corrected: it meets every condition judged from figures
        put(district, id, batch - 1, figures("50000000.00", "2500000.00", "1500000.00"));
        JsonNode now = candidate(district, id);
        assertThat(now.get("notMet").asLong()).isZero();
        assertThat(now.get("unknown").asLong()).isEqualTo(2);

        // an earlier year revised: the three-year R&D share falls under 5 %
        put(district, id, batch - 3, with(figures("50000000.00", "2500000.00", "1500000.00"), "rdExpense",
                "2499999.99"));
        assertThat(candidate(district, id).get("notMet").asLong()).isEqualTo(1);

        // registered too recently (a day short of a year): one failed more; a year: as before
        enterpriseSet(id, today().minusYears(1).plusDays(1), "电子信息");
        assertThat(candidate(district, id).get("notMet").asLong()).isEqualTo(2);
        enterpriseSet(id, today().minusYears(1), "电子信息");
        assertThat(candidate(district, id).get("notMet").asLong()).isEqualTo(1);

        // a certificate granted: no longer a candidate, at once
        api.certified(id, "INITIAL", today(), today().plusYears(3).minusDays(1));
        assertThat(candidate(district, id)).isNull();
    }

    JsonNode candidate(String bearer, long id) {
        var result = api.get(bearer, CANDIDATES, JIANGHAI, batch);
        assertThat(result).hasStatus(HttpStatus.OK);
        for (JsonNode c : json(result)) {
            if (c.get("enterpriseId").asLong() == id) {
                return c;
            }
        }
        return null;
    }
}
