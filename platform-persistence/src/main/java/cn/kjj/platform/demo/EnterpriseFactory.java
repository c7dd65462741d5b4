package cn.kjj.platform.demo;

import cn.kjj.platform.enterprise.CreditCode;
import java.math.BigDecimal;
import java.math.RoundingMode;
import java.time.LocalDate;
import java.util.ArrayList;
import java.util.EnumMap;
import java.util.HashSet;
import java.util.List;
import java.util.Map;
import java.util.Random;
import java.util.Set;

/**
 * Makes enterprises: a name of the district's style, a valid unified social credit code
 * registered in the district (an old numeric organisation code before 2015, an MA… code after),
 * staff, revenue and R&D expense that meet the high-tech criteria (R&D staff ≥ 10 %, R&D expense
 * ≥ 5 %, 4 % or 3 % of revenue). Every name and code is unique.
 */
final class EnterpriseFactory {

    private static final String[] BRAND_FIRST = {"华", "金", "粤", "侨", "恒", "海", "嘉", "新", "德", "宏", "中", "瑞",
            "力", "创", "科", "银", "明", "佳", "天", "东", "信", "弘", "丰", "宝", "安", "远", "博", "顺", "联", "鸿"};
    private static final String[] BRAND_SECOND = {"科", "达", "盛", "通", "源", "泰", "拓", "宇", "邦", "荣", "捷",
            "美", "星", "诚", "锐", "灿", "晟", "辉", "昌", "兴", "扬", "凯", "汇", "杰", "润"};
    private static final String[][] INDUSTRIES = {
            {"智能装备", "智能装备制造"}, {"精密机械", "智能装备制造"}, {"电子科技", "电子信息"}, {"电路板", "电子信息"},
            {"新材料", "新材料"}, {"高分子材料", "新材料"}, {"生物医药", "生物医药"}, {"医疗器械", "生物医药"},
            {"新能源", "新能源"}, {"储能科技", "新能源"}, {"环保科技", "节能环保"}, {"水处理", "节能环保"},
            {"照明科技", "电子信息"}, {"软件", "软件和信息服务"}, {"信息技术", "软件和信息服务"},
            {"摩托车部件", "汽车及零部件"}, {"汽车零部件", "汽车及零部件"}, {"食品科技", "现代农业与食品"},
            {"五金制品", "智能装备制造"}, {"纺织科技", "新材料"}};
    private static final String[] SUFFIXES = {"有限公司", "有限公司", "有限公司", "股份有限公司"};
    private static final String OLD_ORGANISATION_DIGITS = "0123456789";

    private final Random random;
    private final DemoIds ids;
    private final DemoRows rows;
    private final Set<String> names = new HashSet<>();
    private final Set<String> codes = new HashSet<>();
    private final Map<DemoDistrict, List<DemoEnterprise>> byDistrict = new EnumMap<>(DemoDistrict.class);

    EnterpriseFactory(Random random, DemoIds ids, DemoRows rows) {
        this.random = random;
        this.ids = ids;
        this.rows = rows;
        for (DemoDistrict d : DemoDistrict.values()) {
            byDistrict.put(d, new ArrayList<>());
        }
    }

    /** Remembers an enterprise written elsewhere (the demo enterprise) so that nothing collides with it. */
    void adopt(DemoEnterprise enterprise) {
        names.add(enterprise.name());
        codes.add(enterprise.creditCode());
        byDistrict.get(enterprise.district()).add(enterprise);
    }

    /** A new enterprise of the district, founded some years before {@code activeFrom}. */
    DemoEnterprise create(DemoDistrict district, LocalDate activeFrom) {
        LocalDate founded = activeFrom.minusDays(365L + random.nextInt(365 * 9));
        String[] industry = INDUSTRIES[random.nextInt(INDUSTRIES.length)];
        String name = uniqueName(district, industry[0]);
        String code = uniqueCode(district, founded);
        DemoEnterprise enterprise = new DemoEnterprise(ids.next("enterprise"), name, code, district, founded);
        int employees = 30 + random.nextInt(40) + (random.nextInt(10) == 0 ? random.nextInt(1500) : random.nextInt(300));
        int rdStaff = Math.max(3, employees * (11 + random.nextInt(25)) / 100);
        BigDecimal revenue = BigDecimal.valueOf(employees * (300_000L + random.nextInt(900_000)))
                .setScale(2, RoundingMode.UNNECESSARY);
        BigDecimal share = BigDecimal.valueOf(revenue.compareTo(BigDecimal.valueOf(200_000_000)) > 0 ? 31 + random.nextInt(30)
                : revenue.compareTo(BigDecimal.valueOf(50_000_000)) > 0 ? 41 + random.nextInt(40) : 51 + random.nextInt(50));
        BigDecimal rdExpense = revenue.multiply(share).divide(BigDecimal.valueOf(1000), -3, RoundingMode.CEILING)
                .setScale(2, RoundingMode.UNNECESSARY);
        rows.add(DemoRows.ENTERPRISE, enterprise.id(), name, code, district.code(), industry[1], founded, employees,
                rdStaff, revenue, rdExpense);
        byDistrict.get(district).add(enterprise);
        return enterprise;
    }

    List<DemoEnterprise> in(DemoDistrict district) {
        return byDistrict.get(district);
    }

    /** A valid code of a firm outside the registry, registered in {@code regionCode} (buyers from elsewhere). */
    String outsideCode(String regionCode) {
        return uniqueCode(regionCode, true);
    }

    private String uniqueName(DemoDistrict district, String industry) {
        while (true) {
            String brand = BRAND_FIRST[random.nextInt(BRAND_FIRST.length)]
                    + BRAND_SECOND[random.nextInt(BRAND_SECOND.length)];
            String name = district.namePrefix() + brand + industry + SUFFIXES[random.nextInt(SUFFIXES.length)];
            if (names.add(name)) {
                return name;
            }
        }
    }

    private String uniqueCode(DemoDistrict district, LocalDate founded) {
        return uniqueCode(district.code(), founded.getYear() >= 2015);
    }

    private String uniqueCode(String regionCode, boolean newStyle) {
        while (true) {
            StringBuilder body = new StringBuilder(newStyle ? "MA" : "7");
            String alphabet = newStyle ? CreditCode.CHARSET : OLD_ORGANISATION_DIGITS;
            while (body.length() < 8) {
                body.append(alphabet.charAt(random.nextInt(alphabet.length())));
            }
            String code = CreditCode.withCheckCharacters("91" + regionCode + body).value();
            if (codes.add(code)) {
                return code;
            }
        }
    }
}
