package cn.kjj.platform.security;

import cn.kjj.platform.enterprise.CreditCode;
import java.time.LocalDate;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.concurrent.ThreadLocalRandom;
import java.util.concurrent.atomic.AtomicInteger;
import java.util.function.Supplier;

/**
 * The API's write endpoints with a valid body each (fresh unique values per call), and the
 * tables a refused request must leave as they were.
 */
record WriteTargets(String method, String uri, Supplier<Map<String, Object>> validBody, List<String> tables) {

    private static final AtomicInteger SERIAL = new AtomicInteger();

    static List<WriteTargets> all(long enterpriseId, long programId) {
        return all(enterpriseId, programId, 0);
    }

    /** @param voucherProgramId an innovation-voucher program of Jianghai (vouchers are issued on one) */
    static List<WriteTargets> all(long enterpriseId, long programId, long voucherProgramId) {
        return List.of(
                new WriteTargets("POST", "/api/v1/enterprises", WriteTargets::enterprise, List.of("enterprise")),
                new WriteTargets("POST", "/api/v1/contracts", () -> contract(enterpriseId),
                        List.of("technology_contract", "contract_history")),
                new WriteTargets("POST", "/api/v1/incubators", WriteTargets::incubator, List.of("incubator")),
                new WriteTargets("POST", "/api/v1/labs", WriteTargets::lab, List.of("lab")),
                new WriteTargets("POST", "/api/v1/programs", WriteTargets::program, List.of("program")),
                new WriteTargets("POST", "/api/v1/programs/" + programId + "/awards", () -> award(enterpriseId),
                        List.of("program_award")),
                new WriteTargets("PUT", "/api/v1/statistics/regional/440704/2016", WriteTargets::statistic,
                        List.of("regional_statistic", "regional_statistic_revision")),
                new WriteTargets("POST", "/api/v1/enterprises/" + enterpriseId + "/certifications",
                        WriteTargets::certification, List.of("high_tech_certification")),
                new WriteTargets("PUT", "/api/v1/calendar/2031-06-02", () -> body("kind", "HOLIDAY", "name",
                        unique("坏输入假日")), List.of("calendar_exception")),
                new WriteTargets("POST", "/api/v1/users", WriteTargets::user, List.of("account")),
                new WriteTargets("POST", "/api/v1/auth/tokens", WriteTargets::token, List.of("api_token")),
                new WriteTargets("POST", "/api/v1/achievements", WriteTargets::achievement, List.of("achievement")),
                new WriteTargets("POST", "/api/v1/experts", WriteTargets::expert, List.of("expert")),
                new WriteTargets("POST", "/api/v1/vouchers", () -> body("programId", voucherProgramId,
                        "enterpriseId", enterpriseId, "amount", "100.00", "validTo",
                        LocalDate.now().plusMonths(6).toString()), List.of("innovation_voucher",
                        "innovation_voucher_history")));
    }

    @Override
    public String toString() {
        return method + " " + uri;
    }

    private static String unique(String prefix) {
        return prefix + "-" + SERIAL.incrementAndGet() + "-" + ThreadLocalRandom.current().nextInt(100_000);
    }

    private static Map<String, Object> enterprise() {
        String organisation = String.format("%08d", ThreadLocalRandom.current().nextInt(100_000_000));
        return body("name", unique("坏输入企业"), "creditCode",
                CreditCode.withCheckCharacters("91440704" + organisation).value(), "regionCode", "440704",
                "industry", "电子信息", "foundedOn", "2019-03-01", "employees", 40, "rdStaff", 8,
                "revenue", "12000000.00", "rdExpense", "900000.00");
    }

    private static Map<String, Object> contract(long enterpriseId) {
        String signed = LocalDate.now().minusDays(10).toString();
        String amount = ThreadLocalRandom.current().nextInt(100_000, 4_000_000) + ".00";
        return body("title", unique("坏输入合同"), "type", "TECHNOLOGY_DEVELOPMENT", "subtype", "COMMISSIONED",
                "technologyField", "ADVANCED_MANUFACTURING",
                "buyer", body("name", "深圳市示例买方有限公司", "creditCode", "91440300708461136T",
                        "regionCode", "440300", "country", "CN"),
                "signedOn", signed, "validFrom", signed, "validTo", LocalDate.now().plusYears(1).toString(),
                "contractAmount", amount, "techTransactionAmount", amount, "sellerId", enterpriseId,
                "submit", false);
    }

    private static Map<String, Object> incubator() {
        return body("name", unique("坏输入孵化器"), "kind", "INCUBATOR", "level", "DISTRICT", "regionCode", "440704",
                "operator", "运营方", "areaSqm", "1200.50", "tenantCount", 10, "graduatedCount", 2,
                "recognizedOn", "2018-12-10");
    }

    private static Map<String, Object> lab() {
        return body("name", unique("坏输入研发平台"), "kind", "KEY_LABORATORY", "level", "DISTRICT",
                "regionCode", "440704", "hostInstitution", "五邑大学", "recognizedOn", "2023-05-18");
    }

    private static Map<String, Object> program() {
        return body("name", unique("坏输入项目"), "kind", "SUBSIDY", "regionCode", "440704", "year", 2024,
                "budget", "2000000.00", "description", "说明");
    }

    private static Map<String, Object> award(long enterpriseId) {
        return body("enterpriseId", enterpriseId, "amount", "1.00", "awardedOn", "2024-06-30", "note", "备注");
    }

    private static Map<String, Object> statistic() {
        return body("gdp", "31500000000.00", "rdExpenditure", "1798650000.00", "source", unique("统计公报"));
    }

    private static Map<String, Object> certification() {
        return body("certificateNo", "GR" + String.format("%012d", ThreadLocalRandom.current().nextLong(1_000_000_000_000L)),
                "issuedOn", "2015-01-10", "expiresOn", "2018-01-09", "kind", "INITIAL");
    }

    private static Map<String, Object> achievement() {
        return body("title", unique("坏输入科技成果"), "holder", "坏输入大学", "holderNature", "UNIVERSITY",
                "field", "ADVANCED_MANUFACTURING", "ipType", "PATENT", "maturity", "PILOT",
                "transferModes", List.of("LICENSING"), "priceHint", "面议", "summary", "一种坏输入检测方法",
                "contact", "科研处", "regionCode", "440704");
    }

    private static Map<String, Object> expert() {
        return body("name", unique("坏输入专家"), "organisation", "坏输入研究院", "organisationCreditCode",
                "12440700455868397Q", "fields", "智能制造", "regionCode", "440704");
    }

    private static Map<String, Object> user() {
        return body("username", unique("bad-input"), "password", "long-enough-password-1", "displayName", "坏输入",
                "roles", List.of("ANALYST"));
    }

    private static Map<String, Object> token() {
        return body("name", unique("bad-input"), "expiresInDays", 30);
    }

    static Map<String, Object> body(Object... pairs) {
        Map<String, Object> body = new LinkedHashMap<>();
        for (int i = 0; i < pairs.length; i += 2) {
            body.put((String) pairs[i], pairs[i + 1]);
        }
        return body;
    }

    /** The body as JSON, with the value at {@code path} ("buyer.name" for nested fields) replaced by raw JSON. */
    static String json(Map<String, Object> body, String path, String rawValue) {
        StringBuilder out = new StringBuilder("{");
        for (Map.Entry<String, Object> field : body.entrySet()) {
            if (out.length() > 1) {
                out.append(',');
            }
            out.append(quote(field.getKey())).append(':');
            if (field.getKey().equals(path)) {
                out.append(rawValue);
            } else if (field.getValue() instanceof Map<?, ?> nested) {
                @SuppressWarnings("unchecked")
                Map<String, Object> inner = (Map<String, Object>) nested;
                out.append(json(inner, path != null && path.startsWith(field.getKey() + ".")
                        ? path.substring(field.getKey().length() + 1) : null, rawValue));
            } else {
                out.append(value(field.getValue()));
            }
        }
        return out.append('}').toString();
    }

    /** Every field path of the body, nested ones as "buyer.name". */
    static List<String> paths(Map<String, Object> body) {
        return body.entrySet().stream().flatMap(e -> e.getValue() instanceof Map<?, ?> nested
                ? nested.keySet().stream().map(k -> e.getKey() + "." + k)
                : java.util.stream.Stream.of(e.getKey())).toList();
    }

    private static String value(Object value) {
        if (value instanceof String text) {
            return quote(text);
        }
        if (value instanceof List<?> list) {
            return "[" + String.join(",", list.stream().map(WriteTargets::value).toList()) + "]";
        }
        return String.valueOf(value);
    }

    private static String quote(String text) {
        return "\"" + text.replace("\\", "\\\\").replace("\"", "\\\"") + "\"";
    }
}
