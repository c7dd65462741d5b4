package cn.kjj.platform.demo;

import java.util.List;

/** The five demo accounts of the API contract; password {@value #PASSWORD} for all. */
final class DemoAccounts {

    static final String PASSWORD = "demo";
    static final String ADMIN = "admin";
    static final String JIANGHAI_OFFICIAL = "official.jianghai";
    static final String CITY_OFFICIAL = "official.city";
    static final String ENTERPRISE = "enterprise.demo";
    static final String ANALYST = "analyst";

    record Account(String username, String displayName, String role, String regionCode, boolean enterprise) {
    }

    static final List<Account> ALL = List.of(
            new Account(ADMIN, "系统管理员", "ADMIN", null, false),
            new Account(JIANGHAI_OFFICIAL, "江海区科技局审核员", "OFFICIAL", DemoDistrict.JIANGHAI.code(), false),
            new Account(CITY_OFFICIAL, "江门市科技局审核员", "OFFICIAL", DemoDistrict.CITY, false),
            new Account(ENTERPRISE, "示范科技企业填报员", "ENTERPRISE", null, true),
            new Account(ANALYST, "数据分析员", "ANALYST", null, false));

    static final List<String> USERNAMES = ALL.stream().map(Account::username).toList();

    private DemoAccounts() {
    }

    static String displayName(String username) {
        return ALL.stream().filter(a -> a.username().equals(username)).findFirst().orElseThrow().displayName();
    }
}
