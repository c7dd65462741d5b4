package cn.kjj.platform.demo;

import java.time.LocalDate;
import java.util.EnumMap;
import java.util.LinkedHashMap;
import java.util.Map;
import org.springframework.jdbc.core.simple.JdbcClient;
import org.springframework.stereotype.Component;

/**
 * The cultivation ladder's demo rows (docs/demo-data.md): technology SMEs of every district from 2019
 * to last year, the first enterprises of the district by id each year (so that most climb year after
 * year, the demo enterprise among them), and the published targets of 2022.
 */
@Component
record DemoLadder(JdbcClient jdbc) {

    static final int FIRST_YEAR = 2019;
    static final int SEED_YEAR = 2021;
    /** Each year after 2021 five per cent more than 2021, each year before five per cent fewer. */
    static final int GROWTH_PERCENT = 5;

    /** 2021: Jiangmen 2,111 technology SMEs [002], the urban-district shape (Xinhui) 1,347 of them [004]. */
    static final Map<DemoDistrict, Integer> TECH_SMES_2021 = new EnumMap<>(Map.of(
            DemoDistrict.PENGJIANG, 210, DemoDistrict.JIANGHAI, 230, DemoDistrict.XINHUI, 1_347,
            DemoDistrict.TAISHAN, 90, DemoDistrict.KAIPING, 80, DemoDistrict.HESHAN, 84, DemoDistrict.ENPING, 70));

    /** Pengjiang's 563 high-tech enterprises [001]; Jiangmen's 2,300 and R&D intensity 2.7 % [002], all of 2022. */
    private static final String TARGETS = """
            insert into target (region_code, indicator, year, value, note) values
            ('440703', 'high-tech-enterprises', 2022, 563, '蓬江区 2022 年高新技术企业目标任务'),
            ('440700', 'high-tech-enterprises', 2022, 2300, '江门市 2022 年高新技术企业超过 2,300 家'),
            ('440700', 'rd-intensity', 2022, 0.027, '江门市 2022 年研发经费投入强度 2.7 %')""";

    /** A district's technology SMEs of a year. */
    static int techSmes(DemoDistrict district, int year) {
        return TECH_SMES_2021.get(district) * (100 + GROWTH_PERCENT * (year - SEED_YEAR)) / 100;
    }

    /** The most technology SMEs a district has in any year up to last year: it needs as many enterprises. */
    static int mostTechSmes(DemoDistrict district, LocalDate today) {
        return techSmes(district, Math.max(SEED_YEAR, today.getYear() - 1));
    }

    /** Inserts the rows, after the enterprises; the tables and how many rows each got. */
    Map<String, Integer> load(LocalDate today) {
        int smes = 0;
        for (DemoDistrict district : DemoDistrict.values()) {
            for (int year = FIRST_YEAR; year < today.getYear(); year++) {
                smes += jdbc.sql("""
                                insert into tech_sme (enterprise_id, year, registration_no, score, region_code)
                                select id, ?, ? || region_code || lpad(n::text, 8, '0'), 60 + (id % 4000) / 100.0,
                                    region_code
                                from (select id, region_code, row_number() over (order by id) as n
                                      from enterprise where region_code = ?) e
                                where n <= ?""")
                        .params(year, String.valueOf(year), district.code(), techSmes(district, year)).update();
            }
        }
        Map<String, Integer> counts = new LinkedHashMap<>();
        counts.put("tech_sme", smes);
        counts.put("target", jdbc.sql(TARGETS).update());
        return counts;
    }
}
