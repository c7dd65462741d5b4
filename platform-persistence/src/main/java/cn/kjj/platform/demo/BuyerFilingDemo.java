package cn.kjj.platform.demo;

import cn.kjj.platform.contract.VerificationToken;
import cn.kjj.platform.enterprise.CreditCode;
import java.math.BigDecimal;
import java.time.LocalDate;
import java.time.ZoneId;
import java.util.List;
import org.springframework.jdbc.core.simple.JdbcClient;
import org.springframework.stereotype.Component;

/**
 * The demo rows of decision 0036 (docs/demo-data.md): a university and two institutes that file like
 * enterprises (their organisation nature), technology imports and developments commissioned abroad that
 * their domestic buyers registered, and contracts registered at other offices whose buyers are here, as
 * the national system's export would bring them in. All of them are absorption (技术吸纳) only, so no
 * published output figure moves. Written in the loader's transaction, before the roll-ups are rebuilt.
 */
@Component
record BuyerFilingDemo(JdbcClient jdbc) {

    private static final ZoneId OFFICE = ZoneId.of("Asia/Shanghai");

    /** An organisation that is not an enterprise; credit codes of public institutions start with 12. */
    record Organisation(String name, String first16, String regionCode, String nature, String industry) {
    }

    static final List<Organisation> ORGANISATIONS = List.of(
            new Organisation("五邑大学", "12440700455985UN", "440703", "UNIVERSITY", "高等教育"),
            new Organisation("江门职业技术学院", "12440700MB2C7JWY", "440704", "UNIVERSITY", "高等教育"),
            new Organisation("广东省科学院江门产业技术研究院", "12440700MB2D8KY1", "440704", "RESEARCH_INSTITUTE",
                    "科学研究和技术服务"));

    /** A contract its domestic buyer registered: the filer (by credit code), its seller abroad, when. */
    record Filed(String filerCode, String title, String type, String subtype, String field, String ipType,
                 String sellerName, String sellerCountry, String amount, String techAmount, LocalDate signedOn,
                 LocalDate registeredOn) {
    }

    /**
     * A registration of another office whose buyer is here; the seller's credit code by its first 16 characters; the
     * form's statistical fields as the export states them (null: left out, counted as UNKNOWN, V38).
     */
    record External(String number, String office, LocalDate registeredOn, String type, String field, String sellerName,
                    String sellerCode, String sellerCountry, String buyerRegion, String amount, String techAmount,
                    String sellerNature, String ipType, String planSource) {
    }

    static final List<External> EXTERNAL = List.of(
            new External("2024440106000527", "440106", LocalDate.of(2024, 5, 20), "TECHNOLOGY_DEVELOPMENT",
                    "ELECTRONIC_INFORMATION", "广州市天河区云图数据有限公司", "91440106MA59C3KL", "CN", "440704",
                    "1800000.00", "1500000.00", "ENTERPRISE", "SOFTWARE_COPYRIGHT", "NONE"),
            new External("2024440305001207", "440305", LocalDate.of(2024, 9, 12), "TECHNICAL_SERVICE",
                    "ADVANCED_MANUFACTURING", "深圳市南山区智造检测技术有限公司", "91440305MA5F7K01", "CN", "440703",
                    "650000.00", "600000.00", "ENTERPRISE", "NONE", "NONE"),
            new External("2025440606000451", "440606", LocalDate.of(2025, 3, 28), "TECHNOLOGY_TRANSFER",
                    "NEW_MATERIALS", "佛山市顺德区新材料研究院有限公司", "91440606MA4WKP02", "CN", "440705",
                    "2400000.00", "2400000.00", "RESEARCH_INSTITUTE", "PATENT", "PROVINCIAL"),
            new External("2025110108002736", "110108", LocalDate.of(2025, 7, 15), "TECHNOLOGY_LICENSING",
                    "BIOMEDICINE", "北京市海淀区生物医药研究所有限公司", "91110108MA01QX03", "CN", "440704",
                    "3200000.00", "3000000.00", "RESEARCH_INSTITUTE", null, null));

    void load(DemoEnterprise demo, LocalDate today) {
        for (Organisation o : ORGANISATIONS) {
            jdbc.sql("""
                    insert into enterprise (name, credit_code, region_code, industry, founded_on, nature)
                    values (?, ?, ?, ?, date '1985-01-01', ?)""")
                    .params(o.name(), code(o.first16()), o.regionCode(), o.industry(), o.nature()).update();
        }
        List<Filed> filed = List.of(
                new Filed(demo.creditCode(), "工业机器人视觉定位专利实施许可合同", "TECHNOLOGY_LICENSING", "PATENT",
                        "ADVANCED_MANUFACTURING", "PATENT", "Fraunhofer-Gesellschaft", "DE", "2600000.00", "2600000.00",
                        LocalDate.of(2024, 3, 8), LocalDate.of(2024, 3, 27)),
                new Filed(code(ORGANISATIONS.get(0).first16()), "海洋新材料联合研究委托开发合同", "TECHNOLOGY_DEVELOPMENT",
                        "COMMISSIONED", "NEW_MATERIALS", "NONE", "National University of Singapore", "SG",
                        "1200000.00", "1150000.00", LocalDate.of(2024, 10, 16), LocalDate.of(2024, 11, 5)),
                new Filed(code(ORGANISATIONS.get(2).first16()), "精密涂层工艺技术秘密转让合同", "TECHNOLOGY_TRANSFER",
                        "TECHNICAL_SECRET", "NEW_MATERIALS", "TECHNICAL_SECRET", "株式会社アルバック", "JP",
                        "980000.00", "900000.00", LocalDate.of(2025, 4, 2), LocalDate.of(2025, 4, 24)));
        for (Filed f : filed) {
            if (!f.registeredOn().isAfter(today)) {
                register(f);
            }
        }
        for (External e : EXTERNAL) {
            if (e.registeredOn().isAfter(today)) {
                continue;
            }
            String buyerCode = jdbc.sql("select credit_code from enterprise where region_code = ? and nature = 'ENTERPRISE'"
                            + " order by id limit 1").param(e.buyerRegion()).query(String.class).single();
            String buyerName = jdbc.sql("select name from enterprise where credit_code = ?").param(buyerCode)
                    .query(String.class).single();
            jdbc.sql("""
                    insert into external_contract_registration (registration_no, registering_region_code,
                        registered_on, signed_on, type, technology_field, seller_name, seller_credit_code,
                        seller_region_code, seller_country, buyer_name, buyer_credit_code, buyer_region_code,
                        contract_amount, tech_transaction_amount, seller_nature, buyer_nature, ip_type, plan_source)
                    values (?, ?, ?, ?, ?, ?, ?, ?, ?, ?, ?, ?, ?, ?, ?, ?, 'ENTERPRISE', ?, ?)""")
                    .params(e.number(), e.office(), e.registeredOn(), e.registeredOn().minusDays(21), e.type(),
                            e.field(), e.sellerName(), code(e.sellerCode()), e.office(), e.sellerCountry(), buyerName,
                            buyerCode, e.buyerRegion(), new BigDecimal(e.amount()), new BigDecimal(e.techAmount()),
                            e.sellerNature(), e.ipType(), e.planSource())
                    .update();
        }
    }

    /** Filed by the buyer, submitted and registered by the office with its next number, with its history. */
    private void register(Filed f) {
        var filer = jdbc.sql("select id, name, region_code, nature from enterprise where credit_code = ?")
                .param(f.filerCode()).query((rs, i) -> new Object[] {rs.getLong(1), rs.getString(2), rs.getString(3),
                        rs.getString(4)}).single();
        String region = (String) filer[2];
        int year = f.registeredOn().getYear();
        int serial = jdbc.sql("""
                insert into registration_counter (region_code, year, last_serial) values (?, ?, 1)
                on conflict (region_code, year) do update set last_serial = registration_counter.last_serial + 1
                returning last_serial""").params(region, year).query(Integer.class).single();
        String number = String.format("%04d%s%06d", year, region, serial);
        var submitted = f.signedOn().plusDays(3).atTime(10, 0).atZone(OFFICE).toInstant();
        var registered = f.registeredOn().atTime(15, 30).atZone(OFFICE).toInstant();
        long id = jdbc.sql("""
                insert into technology_contract (title, type, subtype, technology_field, seller_id, seller_region_code,
                    buyer_name, buyer_credit_code, buyer_region_code, buyer_country, buyer_nature, signed_on,
                    valid_from, valid_to, contract_amount, tech_transaction_amount, declared_tech_transaction_amount,
                    ip_type, status, registration_no, registered_on, submitted_at, created_at, updated_at,
                    verification_token, filer_role, abroad_seller_name, abroad_seller_country, abroad_seller_nature)
                values (?, ?, ?, ?, ?, ?, ?, ?, ?, 'CN', ?, ?, ?, ?, ?, ?, ?, ?, 'REGISTERED', ?, ?, ?, ?, ?, ?,
                    'BUYER', ?, ?, 'FOREIGN')
                returning id""")
                .params(f.title(), f.type(), f.subtype(), f.field(), filer[0], region, filer[1], f.filerCode(), region,
                        filer[3], f.signedOn(), f.signedOn(), f.signedOn().plusYears(3), new BigDecimal(f.amount()),
                        new BigDecimal(f.techAmount()), new BigDecimal(f.techAmount()), f.ipType(), number,
                        f.registeredOn(), java.sql.Timestamp.from(submitted), java.sql.Timestamp.from(submitted),
                        java.sql.Timestamp.from(registered), VerificationToken.random(), f.sellerName(),
                        f.sellerCountry())
                .query(Long.class).single();
        history(id, submitted, null, "DRAFT");
        history(id, submitted, "DRAFT", "SUBMITTED");
        jdbc.sql("""
                insert into contract_history (contract_id, at, actor_id, actor_name, from_status, to_status,
                    tech_transaction_amount)
                values (?, ?, null, ?, 'SUBMITTED', 'REGISTERED', ?)""")
                .params(id, java.sql.Timestamp.from(registered), "440703".equals(region) ? "蓬江区科技局审核员"
                        : "江海区科技局审核员", new BigDecimal(f.techAmount())).update();
    }

    private void history(long id, java.time.Instant at, String from, String to) {
        jdbc.sql("""
                insert into contract_history (contract_id, at, actor_name, from_status, to_status)
                values (?, ?, '申报单位', ?, ?)""")
                .params(id, java.sql.Timestamp.from(at), from, to).update();
    }

    private static String code(String first16) {
        return CreditCode.withCheckCharacters(first16).value();
    }
}
