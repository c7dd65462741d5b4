package cn.kjj.platform.demo;

import java.math.BigDecimal;
import java.math.RoundingMode;

/**
 * GDP and R&D expenditure of every district from 2008 to last year (the statistics bureau publishes a
 * year's figures in the next). 2022 is fixed so that Jianghai's R&D intensity is 1,713,000,000 /
 * 30,000,000,000 = 0.0571 exactly (seed [000]) and Jiangmen's, the ratio of the sums,
 * 9,792,650,000 / 377,300,000,000 = 571 / 22,000 = 0.0571 / 2.2 exactly (≈ 2.595 %, below the
 * city's 2.7 % target of seed [002]): Jianghai is exactly 2.2 times the city. Other years grow
 * from there (GDP 7 % a year before 2022, 4.5 % after; intensity 4 % a year), rounded to 10,000 yuan.
 */
final class StatisticsGenerator {

    static final int PINNED_YEAR = 2022;
    static final String SOURCE = "江门市统计局";

    /** 2022 GDP and R&D expenditure in yuan, in DemoDistrict order. */
    static final String[] GDP_2022 = {"98600000000", "30000000000", "75500000000", "52000000000", "44000000000",
            "46000000000", "31200000000"};
    static final String[] RD_2022 = {"3155200000", "1713000000", "1812000000", "676000000", "748000000",
            "1150000000", "538450000"};

    private final DemoRows rows;
    private final int lastYear;

    StatisticsGenerator(DemoRows rows, int currentYear) {
        this.rows = rows;
        this.lastYear = currentYear - 1;
    }

    void generate() {
        for (DemoDistrict district : DemoDistrict.values()) {
            BigDecimal gdp2022 = DemoStory.money(GDP_2022[district.ordinal()]);
            BigDecimal rd2022 = DemoStory.money(RD_2022[district.ordinal()]);
            for (int year = HighTechPlan.FIRST_YEAR; year <= lastYear; year++) {
                if (year == PINNED_YEAR) {
                    rows.add(DemoRows.STATISTIC, district.code(), year, gdp2022, rd2022, SOURCE);
                    continue;
                }
                int years = year - PINNED_YEAR;
                double gdpFactor = Math.pow(years < 0 ? 1.07 : 1.045, years);
                double intensityFactor = Math.max(0.35, 1 + 0.04 * years);
                BigDecimal gdp = scaled(gdp2022, gdpFactor);
                BigDecimal rd = scaled(rd2022, gdpFactor * intensityFactor);
                rows.add(DemoRows.STATISTIC, district.code(), year, gdp, rd, SOURCE);
            }
        }
    }

    private static BigDecimal scaled(BigDecimal value, double factor) {
        return value.multiply(BigDecimal.valueOf(factor)).setScale(-4, RoundingMode.HALF_EVEN).setScale(2);
    }
}
