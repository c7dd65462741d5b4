package cn.kjj.platform.demo;

import java.math.BigDecimal;
import java.math.RoundingMode;
import java.time.LocalDate;
import java.util.ArrayList;
import java.util.List;

/**
 * The turnover (合同成交额, seller perspective, registered contracts) each district registers per
 * period. Jianghai (seed [000]): 360,000,000.00 yuan in 2022 and 230,000,000.00 in the first half
 * of 2023. Taishan (the county of seed [003]): 71,400,000.00 in 2022 and 93,680,000.00 (9,368 万,
 * +31.2 %) in 2023. The rest follows Jianghai's curve with a share per district; the current year
 * is counted up to today.
 */
final class ContractPlan {

    /** A period and the turnover registered in it. */
    record Window(LocalDate from, LocalDate to, BigDecimal turnover) {
    }

    static final BigDecimal JIANGHAI_2022 = new BigDecimal("360000000.00");
    static final BigDecimal JIANGHAI_2023_H1 = new BigDecimal("230000000.00");
    static final BigDecimal JIANGHAI_2023_H2 = new BigDecimal("176500000.00");
    static final BigDecimal TAISHAN_2022 = new BigDecimal("71400000.00");
    static final BigDecimal TAISHAN_2023 = new BigDecimal("93680000.00");

    /** Jianghai's yearly turnover in 万 yuan, 2008 to 2025; later years grow 8 % a year. */
    private static final long[] JIANGHAI_WAN = {1_500, 1_800, 2_200, 2_800, 3_500, 4_400, 5_500, 7_000, 9_200, 12_000,
            16_000, 20_500, 24_000, 29_000, 36_000, 40_650, 44_000, 48_000};
    /** Each district's turnover as a share (percent) of Jianghai's, in DemoDistrict order. */
    private static final int[] SHARE_PERCENT = {80, 100, 50, 18, 20, 30, 15};

    private ContractPlan() {
    }

    static List<Window> windows(DemoDistrict district, int year, LocalDate today) {
        if (district == DemoDistrict.JIANGHAI && year == 2023) {
            return List.of(new Window(LocalDate.of(2023, 1, 1), LocalDate.of(2023, 6, 30), JIANGHAI_2023_H1),
                    new Window(LocalDate.of(2023, 7, 1), LocalDate.of(2023, 12, 31), JIANGHAI_2023_H2));
        }
        LocalDate from = LocalDate.of(year, 1, 1);
        LocalDate to = LocalDate.of(year, 12, 31);
        BigDecimal turnover = yearly(district, year);
        if (to.isAfter(today)) {
            turnover = turnover.multiply(BigDecimal.valueOf(today.getDayOfYear()))
                    .divide(BigDecimal.valueOf(to.getDayOfYear()), -4, RoundingMode.HALF_EVEN).setScale(2);
            to = today;
        }
        List<Window> windows = new ArrayList<>();
        windows.add(new Window(from, to, turnover));
        return windows;
    }

    static BigDecimal yearly(DemoDistrict district, int year) {
        if (district == DemoDistrict.JIANGHAI && year == 2022) {
            return JIANGHAI_2022;
        }
        if (district == DemoDistrict.TAISHAN && (year == 2022 || year == 2023)) {
            return year == 2022 ? TAISHAN_2022 : TAISHAN_2023;
        }
        BigDecimal wan = BigDecimal.valueOf(jianghaiWan(year) * SHARE_PERCENT[district.ordinal()] / 100);
        return wan.multiply(BigDecimal.valueOf(10_000)).setScale(2);
    }

    private static long jianghaiWan(int year) {
        int last = HighTechPlan.FIRST_YEAR + JIANGHAI_WAN.length - 1;
        if (year <= last) {
            return JIANGHAI_WAN[year - HighTechPlan.FIRST_YEAR];
        }
        return jianghaiWan(year - 1) * 108 / 100;
    }

    /** The usual size of one contract of the district: bigger in the two central districts. */
    static BigDecimal typicalAmount(DemoDistrict district) {
        return district == DemoDistrict.JIANGHAI || district == DemoDistrict.PENGJIANG
                ? new BigDecimal("1500000") : new BigDecimal("900000");
    }
}
