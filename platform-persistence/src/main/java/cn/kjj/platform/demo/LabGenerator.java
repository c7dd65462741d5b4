package cn.kjj.platform.demo;

import java.time.LocalDate;
import java.util.List;
import java.util.Random;

/**
 * R&D platforms: Jiangmen's 6 national and 512 (over 500) provincial platforms (seed [002]) and
 * municipal ones, hosted by the districts' enterprises or by institutions. In Jianghai exactly 2
 * provincial engineering technology research centres and 3 municipal key laboratories are
 * recognised in the first half of 2023 (seed [000]); no other platform of those kinds and levels
 * there carries a date in that half year.
 */
record LabGenerator(Random random, DemoIds ids, DemoRows rows, EnterpriseFactory enterprises, DemoStory story,
                    LocalDate today) {

    static final LocalDate H1_FROM = LocalDate.of(2023, 1, 1);
    static final LocalDate H1_TO = LocalDate.of(2023, 6, 30);

    /** name, kind, level, district, host institution (null: the demo enterprise), recognised on. */
    private static final String[][] NAMED = {
            {"江门市智能装备工程技术研究中心", "ENGINEERING_TECHNOLOGY_CENTER", "PROVINCIAL", "JIANGHAI", null, "2023-05-18"},
            {"广东省大健康功能食品工程技术研究中心", "ENGINEERING_TECHNOLOGY_CENTER", "PROVINCIAL", "JIANGHAI", "江门市大健康产业技术研究院", "2023-03-28"},
            {"江门市安全应急装备重点实验室", "KEY_LABORATORY", "MUNICIPAL", "JIANGHAI", "江海安全应急联合实验室", "2023-04-20"},
            {"江门市大健康功能材料重点实验室", "KEY_LABORATORY", "MUNICIPAL", "JIANGHAI", "五邑大学", "2023-05-26"},
            {"江门市市域社会智慧治理重点实验室", "KEY_LABORATORY", "MUNICIPAL", "JIANGHAI", "江门市市域社会智慧治理技术创新中心", "2023-06-08"},
            {"江门双碳实验室", "KEY_LABORATORY", "NATIONAL", "PENGJIANG", "香港科技大学（广州）", "2021-11-26"},
            {"广东省科学院江门产业技术研究院", "NEW_RD_INSTITUTION", "NATIONAL", "PENGJIANG", "广东省科学院", "2020-06-30"},
            {"国家级博士后科研工作站（江门高新区）", "POSTDOCTORAL_WORKSTATION", "NATIONAL", "JIANGHAI", "江门高新技术产业开发区管理委员会", "2015-09-10"},
            {"摩托车排放控制国家地方联合工程研究中心", "ENGINEERING_TECHNOLOGY_CENTER", "NATIONAL", "JIANGHAI", "大长江集团有限公司", "2012-12-20"},
            {"中微子探测技术国家重点实验室江门基地", "KEY_LABORATORY", "NATIONAL", "XINHUI", "中国科学院高能物理研究所", "2021-08-18"},
            {"国家级企业技术中心（鹤山）", "ENTERPRISE_RD_CENTER", "NATIONAL", "HESHAN", "鹤山市工业城管理委员会", "2016-12-26"}};

    /** Provincial and municipal platforms per district, in DemoDistrict order (provincial adds up to 512 with the two named). */
    private static final int[][] COUNTS = {{140, 110}, {118, 92}, {100, 80}, {30, 30}, {40, 35}, {55, 45}, {27, 25}};
    private static final String[] FIELDS = {"智能装备", "精密制造", "新材料", "电子信息", "生物医药", "新能源",
            "节能环保", "现代农业", "食品安全", "汽车零部件", "光电照明", "高分子材料"};
    private static final String[] KINDS = {"ENGINEERING_TECHNOLOGY_CENTER", "ENGINEERING_TECHNOLOGY_CENTER",
            "ENGINEERING_TECHNOLOGY_CENTER", "ENTERPRISE_RD_CENTER", "KEY_LABORATORY", "NEW_RD_INSTITUTION",
            "ACADEMICIAN_WORKSTATION", "POSTDOCTORAL_WORKSTATION"};

    void generate() {
        for (String[] l : NAMED) {
            Long host = l[4] == null ? story.enterprise().id() : null;
            rows.add(DemoRows.LAB, ids.next("lab"), l[0], l[1], l[2], DemoDistrict.valueOf(l[3]).code(), host, l[4],
                    LocalDate.parse(l[5]));
        }
        for (DemoDistrict district : DemoDistrict.values()) {
            for (int i = 0; i < COUNTS[district.ordinal()][0]; i++) {
                hosted(district, KINDS[random.nextInt(KINDS.length)], "PROVINCIAL", "广东省");
            }
            for (int i = 0; i < COUNTS[district.ordinal()][1]; i++) {
                hosted(district, KINDS[random.nextInt(5)], "MUNICIPAL", "江门市");
            }
        }
    }

    private void hosted(DemoDistrict district, String kind, String level, String prefix) {
        List<DemoEnterprise> firms = enterprises.in(district);
        DemoEnterprise host = firms.get(random.nextInt(firms.size()));
        LocalDate recognized = recognizedOn(host, district, kind, level);
        String field = FIELDS[random.nextInt(FIELDS.length)];
        String name = prefix + field + suffix(kind) + "（" + host.name().replace(district.namePrefix(), "")
                .replace("股份有限公司", "").replace("有限公司", "") + "）";
        rows.add(DemoRows.LAB, ids.next("lab"), name, kind, level, district.code(), host.id(), null, recognized);
    }

    private LocalDate recognizedOn(DemoEnterprise host, DemoDistrict district, String kind, String level) {
        LocalDate from = host.foundedOn().isAfter(LocalDate.of(2010, 1, 1)) ? host.foundedOn() : LocalDate.of(2010, 1, 1);
        LocalDate day = from.plusDays(random.nextInt((int) Math.max(1, today.toEpochDay() - from.toEpochDay())));
        boolean guarded = district == DemoDistrict.JIANGHAI
                && (kind.equals("ENGINEERING_TECHNOLOGY_CENTER") && level.equals("PROVINCIAL")
                || kind.equals("KEY_LABORATORY") && level.equals("MUNICIPAL"));
        if (guarded && !day.isBefore(H1_FROM) && !day.isAfter(H1_TO)) {
            day = day.plusMonths(6);
        }
        return day.isAfter(today) ? today : day;
    }

    private static String suffix(String kind) {
        return switch (kind) {
            case "ENGINEERING_TECHNOLOGY_CENTER" -> "工程技术研究中心";
            case "ENTERPRISE_RD_CENTER" -> "企业研究开发中心";
            case "KEY_LABORATORY" -> "重点实验室";
            case "NEW_RD_INSTITUTION" -> "新型研发机构";
            case "ACADEMICIAN_WORKSTATION" -> "院士工作站";
            default -> "博士后创新实践基地";
        };
    }
}
