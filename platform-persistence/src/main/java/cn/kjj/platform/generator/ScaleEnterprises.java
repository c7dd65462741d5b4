package cn.kjj.platform.generator;

import cn.kjj.platform.enterprise.CreditCode;
import java.time.LocalDate;
import java.util.SplittableRandom;

/**
 * The generated enterprises and their high-tech certificates, each a pure function of the seed
 * and its ordinal, written as lines of COPY's text format. Credit codes are "91", the district,
 * the organisation code "GN" + the ordinal in six digits and both check characters; certificate
 * numbers "GF" + year of issue + "44" + the ordinal, so that neither can meet a demo, test or
 * imported record (those use other organisation codes and "GR").
 */
record ScaleEnterprises(ScaleSettings settings) {

    static final String COLUMNS = "enterprise (id, name, credit_code, region_code, industry, founded_on, employees,"
            + " rd_staff, revenue, rd_expense)";
    static final String CERTIFICATION_COLUMNS = "high_tech_certification (enterprise_id, certificate_no, kind,"
            + " issued_on, expires_on, revoked_on, revocation_reason)";

    static final String NAMESPACE = "GN";
    static final String[] DISTRICTS = {"440703", "440704", "440705", "440781", "440783", "440784", "440785"};
    private static final String[] DISTRICT_NAMES = {"蓬江", "江海", "新会", "台山", "开平", "鹤山", "恩平"};
    /** Out of 100: the older, larger districts hold more enterprises. */
    private static final int[] DISTRICT_SHARE = {24, 18, 20, 10, 10, 10, 8};
    private static final String[] WORDS_A = {"华", "中", "新", "创", "智", "科", "联", "众", "恒", "瑞", "博", "远",
        "宏", "嘉", "鼎", "信", "达", "盛", "汇", "泰", "安", "腾", "卓", "睿", "乐", "星", "海", "云", "锦", "志"};
    private static final String[] WORDS_B = {"兴", "通", "辰", "源", "驰", "维", "航", "捷", "拓", "晟", "富", "升",
        "宇", "力", "峰", "实", "芯", "光", "轩", "迅", "德", "美", "凯", "达", "科", "图", "明", "森", "弘", "翔"};
    private static final String[] KINDS = {"科技", "智能科技", "新材料", "生物科技", "电子", "精密制造", "软件",
        "环保科技", "新能源科技", "信息技术"};
    private static final String[] INDUSTRIES = {"研究和试验发展", "智能装备制造", "新材料", "生物医药", "电子信息",
        "精密制造", "软件和信息技术服务", "节能环保", "新能源", "软件和信息技术服务"};
    private static final String REVOCATION = "经复核不符合高新技术企业认定条件，撤销其资格";

    static String creditCode(String region, int ordinal) {
        return CreditCode.withCheckCharacters("91" + region + NAMESPACE + String.format("%06d", ordinal)).value();
    }

    /** The ordinal written into a generated credit code, or -1 for any other code. */
    static int ordinalOf(String creditCode) {
        return creditCode.startsWith(NAMESPACE, 8) ? Integer.parseInt(creditCode.substring(10, 16)) : -1;
    }

    String region(int ordinal) {
        int pick = random(ordinal).nextInt(100);
        for (int i = 0; i < DISTRICTS.length; i++) {
            pick -= DISTRICT_SHARE[i];
            if (pick < 0) {
                return DISTRICTS[i];
            }
        }
        return DISTRICTS[DISTRICTS.length - 1];
    }

    /**
     * Writes the enterprise row (id, name, credit code, region, industry, founded, staff, revenue,
     * R&D expense) and returns its name.
     */
    String enterprise(int ordinal, long id, String region, StringBuilder out) {
        SplittableRandom r = random(ordinal);
        r.nextInt(100);  // the district's draw, see region()
        int kind = r.nextInt(KINDS.length);
        String name = "江门市" + DISTRICT_NAMES[indexOf(region)] + WORDS_A[r.nextInt(WORDS_A.length)]
                + WORDS_B[r.nextInt(WORDS_B.length)] + KINDS[kind] + "有限公司";
        LocalDate founded = LocalDate.of(1995, 1, 1).plusDays(r.nextInt(
                (int) (settings.until().minusYears(1).toEpochDay() - LocalDate.of(1995, 1, 1).toEpochDay())));
        int employees = 5 + (int) (2000 * Math.pow(r.nextDouble(), 3));
        long revenueCents = (long) (employees * (200_000 + r.nextInt(800_000)) * 100L + r.nextInt(100));
        CopyText.line(out).value(id).value(name).value(creditCode(region, ordinal)).value(region)
                .value(INDUSTRIES[kind]).value(founded).value(employees).value(employees * (5 + r.nextInt(36)) / 100)
                .money(revenueCents).money(revenueCents * (1 + r.nextInt(8)) / 100).end();
        return name;
    }

    /**
     * About 30 % of the enterprises are certified in one of the years (or up to two years before),
     * renew three years later with a chance of 3 in 4, and lose a certificate with a chance of 1 in
     * 50. Rows: enterprise, certificate number, kind, issued, expires, revoked, reason.
     */
    int certifications(int ordinal, long enterpriseId, StringBuilder out) {
        SplittableRandom r = settings.random(2, ordinal);
        if (r.nextInt(10) >= 3) {
            return 0;
        }
        LocalDate until = settings.until();
        int firstYear = settings.from().getYear() - 2 + r.nextInt(settings.years() + 2);
        LocalDate issued = LocalDate.of(firstYear, 1 + r.nextInt(12), 1 + r.nextInt(28));
        int written = 0;
        String kind = "INITIAL";
        while (!issued.isAfter(until)) {
            LocalDate expires = issued.plusYears(3).minusDays(1);
            boolean revoked = r.nextInt(50) == 0;
            LocalDate last = expires.isBefore(until) ? expires : until;
            LocalDate revokedOn = revoked ? issued.plusDays(r.nextInt((int) (last.toEpochDay() - issued.toEpochDay()) + 1))
                    : null;
            CopyText.line(out).value(enterpriseId)
                    .value("GF" + issued.getYear() + "44" + String.format("%06d", ordinal)).value(kind)
                    .value(issued).value(expires).value(revokedOn).value(revoked ? REVOCATION : null).end();
            written++;
            if (revoked || r.nextInt(4) == 0) {
                break;
            }
            kind = "RENEWAL";
            issued = expires.plusDays(1);
        }
        return written;
    }

    private SplittableRandom random(int ordinal) {
        return settings.random(1, ordinal);
    }

    private static int indexOf(String region) {
        for (int i = 0; i < DISTRICTS.length; i++) {
            if (DISTRICTS[i].equals(region)) {
                return i;
            }
        }
        throw new IllegalArgumentException("not a generated district: " + region);
    }
}
