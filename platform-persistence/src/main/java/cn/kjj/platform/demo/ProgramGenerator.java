package cn.kjj.platform.demo;

import java.math.BigDecimal;
import java.math.RoundingMode;
import java.time.LocalDate;
import java.util.List;
import java.util.Random;

/**
 * Policy programs of every district from 2012 (subsidies for certified enterprises, innovation
 * vouchers from 2016, talent programs from 2018) and the city's open-competition projects (揭榜挂帅)
 * from 2021, each with awards to enterprises of its region that never exceed its budget (past years
 * mostly spent, this year's partly). Fixed among them: Jianghai's 2023 innovation voucher program
 * (2,000,000 yuan, 200,000 to the demo enterprise on 30 June 2023), Taishan's 2023 high-tech subsidy of
 * 12,090,000 yuan paid out in full (seed [003]: 1,209 万) and the demo enterprise's later awards.
 */
record ProgramGenerator(Random random, DemoIds ids, DemoRows rows, EnterpriseFactory enterprises, DemoStory story,
                        LocalDate today) {

    static final String VOUCHER_2023 = "2023年江海区科技创新券";

    void generate() {
        for (int year = 2012; year <= today.getYear(); year++) {
            for (DemoDistrict d : DemoDistrict.values()) {
                boolean countySubsidy = d == DemoDistrict.TAISHAN && year == 2023;
                program(d.code(), List.of(d), year, year + "年" + d.shortName() + "高新技术企业扶持资金", "SUBSIDY",
                        countySubsidy ? "12090000" : budget(d, 500), countySubsidy, null);
                if (year >= 2016) {
                    boolean demoVoucher = d == DemoDistrict.JIANGHAI && year == 2023;
                    program(d.code(), List.of(d), year, year + "年" + d.shortName() + "科技创新券", "INNOVATION_VOUCHER",
                            demoVoucher ? "2000000" : budget(d, 150), false,
                            demoVoucher ? new BigDecimal("200000.00") : null);
                }
                if (year >= 2018) {
                    program(d.code(), List.of(d), year, year + "年" + d.shortName() + "创新人才引进计划", "TALENT",
                            budget(d, 400), false, null);
                }
            }
            if (year >= 2021) {
                program(DemoDistrict.CITY, List.of(DemoDistrict.values()), year,
                        year + "年江门市重大科技专项（揭榜挂帅）", "OPEN_COMPETITION", "30000000", false, null);
            }
        }
    }

    private String budget(DemoDistrict d, int baseWan) {
        int share = d == DemoDistrict.JIANGHAI || d == DemoDistrict.PENGJIANG ? 3 : 1;
        return String.valueOf((long) (baseWan * share + random.nextInt(baseWan)) * 10_000);
    }

    /** A program and its awards; {@code demoAward} goes first to the demo enterprise on 30 June. */
    private void program(String region, List<DemoDistrict> districts, int year, String name, String kind,
                         String budgetYuan, boolean spendAll, BigDecimal demoAward) {
        long id = ids.next("program");
        BigDecimal budget = DemoStory.money(budgetYuan);
        BigDecimal target = spendAll ? budget : budget.multiply(BigDecimal.valueOf(year < today.getYear() ? 85 + random.nextInt(15)
                : 30 + random.nextInt(30))).divide(BigDecimal.valueOf(100), -4, RoundingMode.DOWN).setScale(2);
        BigDecimal awarded = BigDecimal.ZERO.setScale(2);
        if (demoAward != null) {
            rows.add(DemoRows.AWARD, id, story.enterprise().id(), demoAward, LocalDate.of(year, 6, 30), "首批创新券兑付");
            awarded = awarded.add(demoAward);
        }
        if (name.startsWith("2024年江海区高新技术企业") || name.startsWith("2025年江门市重大科技专项")) {
            BigDecimal amount = new BigDecimal(name.startsWith("2024") ? "300000.00" : "800000.00");
            rows.add(DemoRows.AWARD, id, story.enterprise().id(), amount, LocalDate.of(year, 5, 20), "示范企业获奖");
            awarded = awarded.add(amount);
        }
        while (awarded.compareTo(target) < 0) {
            BigDecimal amount = BigDecimal.valueOf(20 + random.nextInt(130)).multiply(BigDecimal.valueOf(10_000)).setScale(2)
                    .min(target.subtract(awarded));
            DemoDistrict d = districts.get(random.nextInt(districts.size()));
            List<DemoEnterprise> firms = enterprises.in(d);
            LocalDate on = LocalDate.of(year, 3, 1).plusDays(random.nextInt(270));
            if (on.isAfter(today)) {
                break;
            }
            rows.add(DemoRows.AWARD, id, firms.get(random.nextInt(firms.size())).id(), amount, on, null);
            awarded = awarded.add(amount);
        }
        rows.add(DemoRows.PROGRAM, id, name, kind, region, year, budget, awarded, description(kind));
    }

    private static String description(String kind) {
        return switch (kind) {
            case "SUBSIDY" -> "对通过高新技术企业认定（含重新认定）的企业给予资助";
            case "INNOVATION_VOUCHER" -> "支持中小企业购买研发、检测和技术服务";
            case "TALENT" -> "引进创新创业团队和高层次人才";
            default -> "以揭榜挂帅方式组织关键核心技术攻关";
        };
    }
}
