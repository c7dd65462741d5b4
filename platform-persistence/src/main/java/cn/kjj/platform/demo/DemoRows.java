package cn.kjj.platform.demo;

import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;

/**
 * The generated rows, table by table, in the order they are written (parents before children).
 * Each table is named with its column list, exactly as COPY takes it.
 */
final class DemoRows {

    static final String ENTERPRISE = "enterprise (id, name, credit_code, region_code, industry, founded_on, employees,"
            + " rd_staff, revenue, rd_expense)";
    static final String CERTIFICATION = "high_tech_certification (id, enterprise_id, certificate_no, kind, issued_on,"
            + " expires_on, revoked_on, revocation_reason)";
    static final String CONTRACT = "technology_contract (id, title, type, subtype, technology_field, seller_id,"
            + " seller_region_code, buyer_name, buyer_credit_code, buyer_region_code, buyer_country, signed_on,"
            + " valid_from, valid_to, contract_amount, tech_transaction_amount, status, registration_no, registered_on,"
            + " first_reviewer_id, submitted_at, due_on, created_by, created_at, updated_at, version,"
            + " declared_tech_transaction_amount, ip_type, plan_source, payment_method, reason_code, verification_token)";
    static final String HISTORY = "contract_history (contract_id, at, actor_id, actor_name, from_status, to_status,"
            + " reason, reason_code, tech_transaction_amount)";
    static final String COUNTER = "registration_counter (region_code, year, last_serial)";
    static final String INCUBATOR = "incubator (id, name, kind, level, region_code, operator, area_sqm, tenant_count,"
            + " graduated_count, recognized_on)";
    static final String LAB = "lab (id, name, kind, level, region_code, host_enterprise_id, host_institution,"
            + " recognized_on)";
    static final String PROGRAM = "program (id, name, kind, region_code, year, budget, awarded_total, description)";
    static final String AWARD = "program_award (program_id, enterprise_id, amount, awarded_on, note)";
    static final String STATISTIC = "regional_statistic (region_code, year, gdp, rd_expenditure, source)";

    /** Tables whose id column is an identity the loader fills itself; their sequences move past the ids used. */
    static final List<String> IDENTITY_TABLES = List.of("enterprise", "high_tech_certification",
            "technology_contract", "incubator", "lab", "program");

    private final Map<String, List<Object[]>> tables = new LinkedHashMap<>();

    DemoRows() {
        for (String table : List.of(ENTERPRISE, CERTIFICATION, CONTRACT, HISTORY, COUNTER, INCUBATOR, LAB, PROGRAM,
                AWARD, STATISTIC)) {
            tables.put(table, new ArrayList<>());
        }
    }

    void add(String table, Object... values) {
        List<Object[]> rows = tables.get(table);
        if (rows == null) {
            throw new IllegalArgumentException("not a demo table: " + table);
        }
        rows.add(values);
    }

    List<Object[]> rows(String table) {
        return tables.get(table);
    }

    Map<String, List<Object[]>> tables() {
        return tables;
    }

    /** The bare table name of a COPY target such as {@code "lab (id, name, …)"}. */
    static String tableName(String target) {
        return target.substring(0, target.indexOf(' '));
    }
}
