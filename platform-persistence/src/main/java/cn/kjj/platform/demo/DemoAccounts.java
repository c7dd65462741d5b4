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

    /** An expert of the demo registry with his account (role EXPERT, decision 0042). */
    record ExpertAccount(String username, String expertName) {
    }

    /** Written with the experts they belong to ({@link ProgramApplicationDemo}), with the same password. */
    static final List<ExpertAccount> EXPERTS = List.of(
            new ExpertAccount("expert.demo", "黄伟"),
            new ExpertAccount("expert.li", "李明"),
            new ExpertAccount("expert.chen", "陈静"));

    static final List<String> USERNAMES = ALL.stream().map(Account::username).toList();

    private DemoAccounts() {
    }

    static String displayName(String username) {
        return ALL.stream().filter(a -> a.username().equals(username)).findFirst().orElseThrow().displayName();
    }
}
