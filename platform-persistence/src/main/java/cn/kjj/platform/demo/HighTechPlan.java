package cn.kjj.platform.demo;

/**
 * The high-tech enterprise stock (enterprises with a certificate in force on 31 December) that the
 * generated certificates produce, per district and year. The columns add up to Jiangmen's published
 * stock (seed [002]): 27 in 2008 (the first year of the 2008 rules, so every one of them is certified
 * that year), 197 in 2015, 1,845 in 2020, 2,186 (over 2,180) in 2021 and 2,412 (over 2,300) in 2022.
 * Jianghai (seed [000]) has 407 in 2020 and 672 in 2022, Pengjiang (seed [001]) 563 in 2022.
 *
 * <p>Certificates last three years, so the enterprises certified in a year (new plus renewed) are
 * the stock's growth that year plus those certified three years before (nothing is revoked before
 * 2023). The 2017 and 2019 columns are chosen with that in mind: Jiangmen certifies
 * 341 + 508 + 45 + 25 + 11 = 930 enterprises in 2021 (seed [002]: 930 passed) and Jianghai
 * 141 + 108 + 34 + 7 + 4 = 294 (over 280, seed [000]) in 2022. Xinhui has 598 in 2023 (the urban
 * district of seed [004]) and Taishan 52 → 58 (+11.5 %) from 2022 to 2023 (the county of seed [003]).
 */
final class HighTechPlan {

    static final int FIRST_YEAR = 2008;
    /** The last year of the table; later years grow by {@link #LATER_GROWTH_PERCENT} a year. */
    static final int LAST_PLANNED_YEAR = 2025;
    static final int LATER_GROWTH_PERCENT = 3;

    /** Rows are years from 2008, columns the districts in {@link DemoDistrict} order. */
    private static final int[][] STOCK = {
            {9, 8, 5, 0, 2, 2, 1},                 // 2008: 27
            {12, 11, 7, 0, 3, 3, 2},               // 2009: 38
            {16, 15, 10, 1, 4, 4, 2},              // 2010: 52
            {22, 20, 14, 1, 5, 6, 3},              // 2011: 71
            {29, 27, 19, 2, 7, 8, 4},              // 2012: 96
            {36, 34, 24, 3, 9, 10, 5},             // 2013: 121
            {45, 42, 31, 4, 11, 13, 6},            // 2014: 152
            {58, 54, 40, 6, 14, 17, 8},            // 2015: 197
            {98, 88, 68, 10, 24, 29, 14},          // 2016: 331
            {128, 118, 88, 12, 30, 32, 18},        // 2017: 426
            {294, 210, 196, 32, 70, 88, 44},       // 2018: 934
            {398, 318, 286, 44, 102, 132, 66},     // 2019: 1,346
            {452, 407, 470, 48, 160, 198, 110},    // 2020: 1,845
            {505, 531, 540, 50, 180, 256, 124},    // 2021: 2,186
            {563, 672, 560, 52, 186, 251, 128},    // 2022: 2,412
            {610, 745, 598, 58, 196, 262, 136},    // 2023: 2,605
            {652, 801, 630, 61, 204, 271, 142},    // 2024: 2,761
            {688, 846, 655, 64, 211, 280, 149},    // 2025: 2,893
    };

    private HighTechPlan() {
    }

    /** The planned stock at the end of {@code year}; 0 before 2008. */
    static int stock(DemoDistrict district, int year) {
        if (year < FIRST_YEAR) {
            return 0;
        }
        if (year <= LAST_PLANNED_YEAR) {
            return STOCK[year - FIRST_YEAR][district.ordinal()];
        }
        int previous = stock(district, year - 1);
        return previous + (previous * LATER_GROWTH_PERCENT + 50) / 100;
    }

    /** Certificates revoked in a year (from 2023 on; none earlier, so the figures above hold exactly). */
    static int revocations(DemoDistrict district, int year) {
        if (year < 2023) {
            return 0;
        }
        return district == DemoDistrict.JIANGHAI || district == DemoDistrict.PENGJIANG ? 2 : 1;
    }
}
