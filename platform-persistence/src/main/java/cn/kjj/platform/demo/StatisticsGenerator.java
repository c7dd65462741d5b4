package cn.kjj.platform.demo;

import java.math.BigDecimal;
import java.math.MathContext;
import java.math.RoundingMode;

/**
 * GDP and R&D expenditure of every district from 2008 to last year (the statistics bureau publishes a
 * year's figures in the next). 2022 is fixed so that Jianghai's R&D intensity is 1,713,000,000 /
 * 30,000,000,000 = 0.0571 exactly (seed [000]) and Jiangmen's, the ratio of the sums,
 * 9,792,650,000 / 377,300,000,000 = 571 / 22,000 = 0.0571 / 2.2 exactly (≈ 2.595 %, below the
 * city's 2.7 % target of seed [002]): Jianghai is exactly 2.2 times the city. Other years grow
 * from there (GDP 7 % a year before 2022, 4.5 % after; intensity 4 % a year), rounded to 10,000 yuan.
 */
record StatisticsGenerator(DemoRows rows, int lastYear) {

    static final int PINNED_YEAR = 2022;
    static final String SOURCE = "江门市统计局";

    private static final BigDecimal GROWTH_BEFORE = new BigDecimal("1.07");
    private static final BigDecimal GROWTH_AFTER = new BigDecimal("1.045");
    private static final BigDecimal INTENSITY_STEP = new BigDecimal("0.04");
    private static final BigDecimal INTENSITY_FLOOR = new BigDecimal("0.35");

    /** 2022 GDP and R&D expenditure in yuan, in DemoDistrict order. */
    static final String[] GDP_2022 = {"98600000000", "30000000000", "75500000000", "52000000000", "44000000000",
            "46000000000", "31200000000"};
    static final String[] RD_2022 = {"3155200000", "1713000000", "1812000000", "676000000", "748000000",
            "1150000000", "538450000"};

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
                BigDecimal gdpFactor = growth(years);
                BigDecimal intensityFactor = INTENSITY_FLOOR.max(
                        BigDecimal.ONE.add(INTENSITY_STEP.multiply(BigDecimal.valueOf(years))));
                BigDecimal gdp = scaled(gdp2022, gdpFactor);
                BigDecimal rd = scaled(rd2022, gdpFactor.multiply(intensityFactor, MathContext.DECIMAL64));
                rows.add(DemoRows.STATISTIC, district.code(), year, gdp, rd, SOURCE);
            }
        }
    }

    /** GDP relative to the pinned year: 7 % a year before it, 4.5 % after, in decimal arithmetic. */
    private static BigDecimal growth(int years) {
        if (years >= 0) {
            return GROWTH_AFTER.pow(years, MathContext.DECIMAL64);
        }
        return BigDecimal.ONE.divide(GROWTH_BEFORE.pow(-years, MathContext.DECIMAL64), MathContext.DECIMAL64);
    }

    /** Yuan rounded to ten thousand, as the statistics bureau publishes them. */
    private static BigDecimal scaled(BigDecimal value, BigDecimal factor) {
        return value.multiply(factor, MathContext.DECIMAL64).setScale(-4, RoundingMode.HALF_EVEN).setScale(2);
    }
}
