package cn.kjj.platform.imports;

import cn.kjj.platform.ApiFixtures;
import java.math.BigDecimal;
import java.time.LocalDate;
import java.util.ArrayList;
import java.util.Arrays;
import java.util.LinkedHashSet;
import java.util.List;
import java.util.Set;
import java.util.concurrent.ThreadLocalRandom;
import java.util.concurrent.atomic.AtomicInteger;

/** Rows of import files, header first, with keys no other test uses. */
final class ImportRows {

    static final List<Object> ENTERPRISE_HEADER = List.of("企业名称", "统一社会信用代码", "行政区划代码", "所属行业",
            "成立日期", "职工总数", "研发人员数", "营业收入（元）", "研发费用（元）");
    static final List<Object> CERTIFICATION_HEADER = List.of("统一社会信用代码", "证书编号", "认定类型", "发证日期", "到期日期");
    static final List<Object> INCUBATOR_HEADER = List.of("名称", "类型", "级别", "行政区划代码", "运营单位", "孵化面积（平方米）",
            "在孵企业数", "累计毕业企业数", "认定日期");
    static final List<Object> LAB_HEADER = List.of("名称", "类型", "级别", "行政区划代码", "依托企业统一社会信用代码", "依托单位",
            "认定日期");
    static final List<Object> STATISTICS_HEADER = List.of("行政区划代码", "年份", "地区生产总值（元）", "研发经费支出（元）", "数据来源");

    private static final AtomicInteger SEQUENCE = new AtomicInteger();

    private ImportRows() {
    }

    static String uniqueName(String prefix) {
        return prefix + SEQUENCE.incrementAndGet() + "-" + ThreadLocalRandom.current().nextInt(100_000, 1_000_000);
    }

    /** GR followed by 12 digits starting with 9, which no demo or other test certificate does. */
    static String certificateNo() {
        return "GR9" + String.format("%011d", ThreadLocalRandom.current().nextLong(100_000_000_000L));
    }

    static List<Object> enterprise(String creditCode, String regionCode, String revenue) {
        return row(uniqueName("导入测试企业"), creditCode, regionCode, "新材料", LocalDate.of(2015, 3, 18), 120, 18,
                new BigDecimal(revenue), new BigDecimal("2100000.00"));
    }

    static List<List<Object>> enterprises(int count, String regionCode) {
        List<List<Object>> rows = new ArrayList<>();
        rows.add(ENTERPRISE_HEADER);
        // distinct: 2,500 random eight-digit codes collide in about one run of thirty
        Set<String> codes = new LinkedHashSet<>();
        while (codes.size() < count) {
            codes.add(ApiFixtures.randomCreditCode(regionCode));
        }
        int i = 0;
        for (String code : codes) {
            rows.add(enterprise(code, regionCode, "35000000.5" + (i++ % 10)));
        }
        return rows;
    }

    static List<Object> row(Object... cells) {
        return new ArrayList<>(Arrays.asList(cells));
    }
}
