package cn.kjj.platform.generator;

import cn.kjj.platform.enterprise.CreditCode;
import java.time.LocalDate;
import java.util.SplittableRandom;
import java.util.TreeSet;

/**
 * The generated enterprises and their high-tech certificates, annual figures, high-tech
 * applications and technology SME registrations, each a pure function of the seed and its ordinal,
 * written as lines of COPY's text format. Credit codes are "91", the district, the organisation
 * code "GN" + the ordinal in six digits and both check characters; certificate numbers "GF" + year
 * of issue + "44" + the ordinal, so that neither can meet a demo, test or imported record (those
 * use other organisation codes and "GR"); technology SME numbers year + district + "GN" + ordinal.
 */
record ScaleEnterprises(ScaleSettings settings) {

    static final String COLUMNS = "enterprise (id, name, credit_code, region_code, industry, founded_on, employees,"
            + " rd_staff, revenue, rd_expense)";
    static final String CERTIFICATION_COLUMNS = "high_tech_certification (enterprise_id, certificate_no, kind,"
            + " issued_on, expires_on, revoked_on, revocation_reason)";

    static final String FIGURES_COLUMNS = "enterprise_annual_figures (enterprise_id, year, revenue, sales_revenue,"
            + " high_tech_income, rd_expense, rd_expense_domestic, staff, tech_staff, invention_patents, other_ip, profit,"
            + " tax_paid, assets, above_scale)";
    /** Applications that did not pass; the passed ones are written from the certificates (ScaleGenerator). */
    static final String APPLICATION_COLUMNS = "high_tech_application (enterprise_id, region_code, batch_year, status,"
            + " innovation_score, submitted_on, recommended_on, decided_on, reason)";
    static final String SME_COLUMNS = "tech_sme (enterprise_id, year, registration_no, score, region_code)";
    /** Annual figures are written for the five years before the last year of the data. */
    static final int FIGURE_YEARS = 5;

    /**
     * How an enterprise's figures stand against the high-tech conditions: a certified one meets
     * those judged from figures, a near one fails one or two of them, the rest several.
     */
    enum Standing { CERTIFIED, NEAR, FAR }

    /** What the enterprise row said, for the records that go with it. */
    record Made(String name, LocalDate founded, int employees, long revenueCents) {
    }

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
        return CreditCode.withCheckCharacters("91" + region + NAMESPACE + CopyText.sixDigits(ordinal)).value();
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
     * R&D expense) and returns what the other records need of it.
     */
    Made enterprise(int ordinal, long id, String region, StringBuilder out) {
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
        return new Made(name, founded, employees, revenueCents);
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
                    .value("GF" + issued.getYear() + "44" + CopyText.sixDigits(ordinal)).value(kind)
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

    /** A certified enterprise meets the conditions judged from figures; of the others a quarter nearly do. */
    Standing standing(int ordinal, boolean certified) {
        return certified ? Standing.CERTIFIED : settings.random(4, ordinal).nextInt(100) < 25 ? Standing.NEAR
                : Standing.FAR;
    }

    /**
     * The annual figures of the {@link #FIGURE_YEARS} years before the last year of the data (none
     * before the year it was founded): revenue growing from about the enterprise's own, and shares
     * that meet the high-tech conditions (certified), fail one or two of them by a little (near) or
     * fail most (far). Returns the number of rows.
     */
    int figures(int ordinal, long enterpriseId, Made made, Standing standing, StringBuilder out) {
        SplittableRandom r = settings.random(5, ordinal);
        boolean[] fails = new boolean[5];  // core IP, technology staff, R&D share, domestic R&D, income share
        if (standing == Standing.NEAR) {
            int n = 1 + r.nextInt(2);
            for (int i = 0; i < n; i++) {
                fails[r.nextInt(fails.length)] = true;
            }
        }
        boolean far = standing == Standing.FAR;
        int last = settings.until().getYear() - 1;
        double revenue = made.revenueCents() * (0.6 + 0.2 * r.nextDouble());
        int written = 0;
        for (int year = last - FIGURE_YEARS + 1; year <= last; year++) {
            revenue *= 0.95 + 0.3 * r.nextDouble();
            long rev = Math.max(50_000_000L, (long) revenue);
            long sales = rev * (85 + r.nextInt(16)) / 100;
            long rd = (long) (sales * (far ? 0.005 + 0.025 * r.nextDouble()
                    : fails[2] ? 0.035 + 0.014 * r.nextDouble() : 0.055 + 0.04 * r.nextDouble()));
            long domestic = (long) (rd * (far ? 0.3 + 0.7 * r.nextDouble()
                    : fails[3] ? 0.45 + 0.14 * r.nextDouble() : 0.7 + 0.3 * r.nextDouble()));
            long income = (long) (rev * (far ? 0.05 + 0.5 * r.nextDouble()
                    : fails[4] ? 0.45 + 0.14 * r.nextDouble() : 0.62 + 0.3 * r.nextDouble()));
            int staff = Math.max(5, made.employees() * (90 + r.nextInt(21)) / 100);
            int techStaff = (int) (staff * (far ? 0.02 + 0.08 * r.nextDouble()
                    : fails[1] ? 0.05 + 0.045 * r.nextDouble() : 0.12 + 0.3 * r.nextDouble()));
            boolean ip = !far && !fails[0];
            int patents = ip ? 1 + r.nextInt(6) : 0;
            int otherIp = ip ? r.nextInt(12) : far ? r.nextInt(2) : 0;
            long profit = rev * (r.nextInt(21) - 5) / 100;
            long tax = rev * (1 + r.nextInt(6)) / 100;
            long assets = rev * (50 + r.nextInt(150)) / 100;
            if (year < made.founded().getYear()) {
                continue;
            }
            CopyText.line(out).value(enterpriseId).value(year).money(rev).money(sales).money(income).money(rd)
                    .money(domestic).value(staff).value(techStaff).value(patents).value(otherIp).money(profit)
                    .money(tax).money(assets).value(rev >= 2_000_000_000L).end();
            written++;
        }
        return written;
    }

    /**
     * High-tech applications that did not pass (a pass is written from its certificate): about
     * half of the near enterprises and a few far ones apply in one or two of the last five batch
     * years; past batches failed (with the district's recommendation and a score below the line)
     * or were returned, this year's are submitted or recommended. Certified enterprises apply only
     * in the years of their certificates (written from the certificates). Returns the number of rows.
     */
    int applications(int ordinal, long enterpriseId, String region, Standing standing, StringBuilder out) {
        SplittableRandom r = settings.random(6, ordinal);
        int chance = switch (standing) {
            case NEAR -> 50;
            case FAR -> 6;
            case CERTIFIED -> 0;
        };
        if (r.nextInt(100) >= chance) {
            return 0;
        }
        LocalDate until = settings.until();
        int thisYear = until.getYear();
        TreeSet<Integer> years = new TreeSet<>();
        for (int i = 1 + r.nextInt(2); i > 0; i--) {
            years.add(thisYear - r.nextInt(FIGURE_YEARS));
        }
        int written = 0;
        for (int year : years) {
            if (year < 2008) {
                continue;
            }
            LocalDate submitted = min(LocalDate.of(year, 6, 1).plusDays(r.nextInt(60)), until);
            boolean current = year == thisYear;
            String status = current ? (r.nextBoolean() ? "SUBMITTED" : "RECOMMENDED")
                    : r.nextInt(10) < 7 ? "FAILED" : "RETURNED";
            boolean recommended = status.equals("RECOMMENDED") || status.equals("FAILED");
            String score = recommended ? (50 + r.nextInt(21)) + "." + (10 + r.nextInt(90)) : null;
            String reason = switch (status) {
                case "FAILED" -> "研究开发费用占比等条件未达到认定标准";
                case "RETURNED" -> "申报材料不完整，请补充近三年财务审计报告";
                default -> null;
            };
            CopyText.line(out).value(enterpriseId).value(region).value(year).value(status).value(score)
                    .value(submitted).value(recommended ? min(submitted.plusDays(30), until) : null)
                    .value(status.equals("FAILED") ? min(submitted.plusDays(150), until) : null).value(reason).end();
            written++;
        }
        return written;
    }

    /**
     * Technology SME registrations (科技型中小企业, from 2017): about a third of the enterprises of
     * at most 500 staff enter in one of the years and are evaluated again each later year with a
     * chance of 6 in 7. Returns the number of rows.
     */
    int techSmes(int ordinal, long enterpriseId, String region, Made made, StringBuilder out) {
        SplittableRandom r = settings.random(7, ordinal);
        if (made.employees() > 500 || r.nextInt(3) != 0) {
            return 0;
        }
        int last = settings.until().getYear();
        int start = Math.max(Math.max(2017, settings.from().getYear()), made.founded().getYear());
        if (start > last) {
            return 0;
        }
        int written = 0;
        for (int year = start + r.nextInt(last - start + 1); year <= last; year++) {
            CopyText.line(out).value(enterpriseId).value(year)
                    .value(year + region + NAMESPACE + CopyText.sixDigits(ordinal))
                    .value((60 + r.nextInt(35)) + "." + (10 + r.nextInt(90))).value(region).end();
            written++;
            if (r.nextInt(7) == 0) {
                break;
            }
        }
        return written;
    }

    private static LocalDate min(LocalDate a, LocalDate b) {
        return a.isBefore(b) ? a : b;
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
