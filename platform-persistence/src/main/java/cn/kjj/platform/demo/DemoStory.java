package cn.kjj.platform.demo;

import java.math.BigDecimal;
import java.time.LocalDate;
import java.util.Map;

/**
 * The demo enterprise (江门市江海区示范科技有限公司, 91440704MA4WJH011B, bound to
 * {@code enterprise.demo}) and the people who act in the generated history. Its high-tech
 * certificates run without a break from 28 December 2017 (renewed every three years on 28 December,
 * GR202344004567 in 2023); the renewal of the current year is issued 16 days before today when 28
 * December has not come yet, so a certificate is in force for the current year and beyond.
 */
record DemoStory(DemoEnterprise enterprise, Map<String, Long> accounts) {

    static final int FIRST_CERTIFIED_YEAR = 2017;
    static final String CERTIFICATE_2023 = "GR202344004567";

    /** Who took a step: an account (or none for people without one) and the name kept in the history. */
    record Actor(Long accountId, String name) {
    }

    boolean isDemo(DemoEnterprise e) {
        return e.id() == enterprise.id();
    }

    long account(String username) {
        return accounts.get(username);
    }

    /** The certificate of the demo enterprise issued in {@code year} (one of 2017, 2020, 2023, 2026, …). */
    LocalDate renewalDate(int year, LocalDate today) {
        LocalDate usual = LocalDate.of(year, 12, 28);
        return usual.isAfter(today) ? today.minusDays(16) : usual;
    }

    String certificateNo(int year) {
        return year == 2023 ? CERTIFICATE_2023 : "GR" + year + "44009001";
    }

    Actor owner() {
        return new Actor(account(DemoAccounts.ENTERPRISE), DemoAccounts.displayName(DemoAccounts.ENTERPRISE));
    }

    /**
     * The official deciding a contract of the district: Jianghai's and the city's demo officials for
     * Jianghai (the city's takes the second review), the district bureau by name elsewhere (it has no
     * demo account); a first review awaiting its second is recorded on the city official's account.
     */
    Actor reviewer(DemoDistrict district, boolean second) {
        if (district == DemoDistrict.JIANGHAI) {
            String username = second ? DemoAccounts.CITY_OFFICIAL : DemoAccounts.JIANGHAI_OFFICIAL;
            return new Actor(account(username), DemoAccounts.displayName(username));
        }
        return second ? new Actor(null, district.bureau() + "复核")
                : new Actor(account(DemoAccounts.CITY_OFFICIAL), DemoAccounts.displayName(DemoAccounts.CITY_OFFICIAL));
    }

    static BigDecimal money(String amount) {
        return new BigDecimal(amount).setScale(2);
    }
}
