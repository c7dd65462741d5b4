package cn.kjj.platform.demo;

import java.math.BigDecimal;
import java.time.LocalDate;
import java.util.Random;

/**
 * Jiangmen's 57 incubation carriers (the shape of seed [004]: 9 national, 30 provincial, 18
 * municipal). Jianghai (seed [000]) has 5 national and 2 provincial carriers and, with its two
 * municipal ones, 812,300 m² of space (over 800,000); Pengjiang (seed [001]) the national incubator
 * and the national makerspace of 江门火炬创业园.
 */
record IncubatorGenerator(Random random, DemoIds ids, DemoRows rows) {

    /** name, kind, level, district, operator, area m², recognised on. */
    private static final String[][] NAMED = {
            {"江海区科技企业孵化器", "INCUBATOR", "NATIONAL", "JIANGHAI", "江门高新技术创业服务中心", "120000", "2018-12-10"},
            {"江门高新区科技企业加速器", "ACCELERATOR", "NATIONAL", "JIANGHAI", "江门高新区投资发展有限公司", "265000", "2016-11-28"},
            {"五邑大学国家大学科技园", "UNIVERSITY_SCIENCE_PARK", "NATIONAL", "JIANGHAI", "五邑大学", "180000", "2020-12-18"},
            {"江门市高新技术创业中心", "INCUBATOR", "NATIONAL", "JIANGHAI", "江门市科技创业服务有限公司", "150000", "2011-09-16"},
            {"江海区侨梦苑众创空间", "MAKERSPACE", "NATIONAL", "JIANGHAI", "江门侨梦苑投资有限公司", "18000", "2017-10-30"},
            {"江门市大健康产业孵化器", "INCUBATOR", "PROVINCIAL", "JIANGHAI", "江门市大健康产业技术创新联盟", "46000", "2019-06-20"},
            {"江海区智能制造众创空间", "MAKERSPACE", "PROVINCIAL", "JIANGHAI", "江门高新区投资发展有限公司", "12500", "2021-03-15"},
            {"江海区外海科技创业园", "INCUBATOR", "MUNICIPAL", "JIANGHAI", "江海区外海街道办事处", "16000", "2022-08-10"},
            {"江海区青年创新创业基地", "MAKERSPACE", "MUNICIPAL", "JIANGHAI", "共青团江门市江海区委员会", "4800", "2023-09-12"},
            {"江门火炬创业园", "INCUBATOR", "NATIONAL", "PENGJIANG", "江门市火炬创业园管理有限公司", "98000", "2014-12-05"},
            {"江门火炬创业园众创空间", "MAKERSPACE", "NATIONAL", "PENGJIANG", "江门市火炬创业园管理有限公司", "8600", "2016-09-22"},
            {"珠西创谷科技企业孵化器", "INCUBATOR", "PROVINCIAL", "PENGJIANG", "江门珠西创谷投资有限公司", "72000", "2019-11-08"},
            {"人才岛科技产业园孵化器", "INCUBATOR", "PROVINCIAL", "PENGJIANG", "江门人才岛建设管理有限公司", "54000", "2022-04-18"},
            {"江港澳科技转移中心", "INCUBATOR", "PROVINCIAL", "PENGJIANG", "江门市科技成果转化服务中心", "21000", "2021-07-09"},
            {"新会区银湖湾科技企业孵化器", "INCUBATOR", "NATIONAL", "XINHUI", "江门银湖湾投资有限公司", "88000", "2019-12-16"},
            {"鹤山市工业城科技企业加速器", "ACCELERATOR", "NATIONAL", "HESHAN", "鹤山市工业城管理委员会", "110000", "2020-11-27"}};

    /** Further carriers per district, in DemoDistrict order: provincial, municipal. */
    private static final int[][] MORE = {{4, 4}, {0, 0}, {6, 3}, {3, 2}, {4, 2}, {5, 3}, {3, 2}};

    void generate() {
        for (String[] c : NAMED) {
            BigDecimal area = DemoStory.money(c[5]);
            add(c[0], c[1], c[2], DemoDistrict.valueOf(c[3]), c[4], area, LocalDate.parse(c[6]));
        }
        for (DemoDistrict district : DemoDistrict.values()) {
            int[] more = MORE[district.ordinal()];
            for (int i = 0; i < more[0] + more[1]; i++) {
                boolean provincial = i < more[0];
                boolean makerspace = i % 3 == 2;
                String name = district.shortName() + (makerspace ? "创新创业众创空间" : "科技企业孵化器")
                        + (i == 0 ? "" : "（" + (i + 1) + "号园区）");
                BigDecimal area = BigDecimal.valueOf((makerspace ? 2_000 : 8_000) + random.nextInt(30) * 1_000L)
                        .setScale(2);
                add(name, makerspace ? "MAKERSPACE" : "INCUBATOR", provincial ? "PROVINCIAL" : "MUNICIPAL", district,
                        district.shortName() + "科技创新服务中心", area,
                        LocalDate.of(2012 + random.nextInt(11), 1 + random.nextInt(12), 1 + random.nextInt(28)));
            }
        }
    }

    private void add(String name, String kind, String level, DemoDistrict district, String operator, BigDecimal area,
                     LocalDate recognizedOn) {
        int tenants = 10 + area.intValue() / 2_000 + random.nextInt(20);
        rows.add(DemoRows.INCUBATOR, ids.next("incubator"), name, kind, level, district.code(), operator, area, tenants,
                tenants / 4 + random.nextInt(10), recognizedOn);
    }
}
