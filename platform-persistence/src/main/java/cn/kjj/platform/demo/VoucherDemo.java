package cn.kjj.platform.demo;

import cn.kjj.platform.enterprise.CreditCode;
import java.math.BigDecimal;
import java.sql.Timestamp;
import java.time.LocalDate;
import java.time.ZoneOffset;
import java.util.List;
import org.springframework.jdbc.core.simple.JdbcClient;

/**
 * Innovation vouchers in the demo (decision 0043, docs/demo-data.md): Jianghai's voucher program of this
 * year with vouchers in every state — issued (the demo enterprise's among them), redeemed at a service
 * provider, paid out, and one past its last day (expired) — each with its steps. The program's
 * voucher_total is the sum of its vouchers, so the budget check holds; the expired voucher has given its
 * face value back (decision 0051), as the sweep would have the day after its last day.
 */
record VoucherDemo(JdbcClient jdbc, DemoStory story, LocalDate today) {

    static final String PROGRAM = "江海区科技创新券";
    static final String PROVIDER = "江门市检验检测认证研究院";
    static final String PROVIDER_CODE = CreditCode.withCheckCharacters("12440700MB2C0000").value();

    /** One voucher: to which enterprise (index into the district's firms, -1 the demo enterprise), its state. */
    private record Plan(int firm, String amount, String state, String redeemed) {
    }

    void load() {
        long official = story.account("official.jianghai");
        int year = today.getYear();
        long program = jdbc.sql("""
                        insert into program (name, kind, region_code, year, budget, description)
                        values (?, 'INNOVATION_VOUCHER', '440704', ?, 1000000.00,
                                '企业凭券向服务机构购买检验检测、研发设计、技术转移等科技服务') returning id""")
                .params(year + "年" + PROGRAM, year).query(Long.class).single();
        List<Long> firms = jdbc.sql("select id from enterprise where region_code = '440704' and id <> ? order by id "
                + "offset 20 limit 6").param(story.enterprise().id()).query(Long.class).list();
        List<Plan> plans = List.of(
                new Plan(-1, "50000.00", "ISSUED", null),
                new Plan(-1, "30000.00", "PAID", "28000.00"),
                new Plan(0, "40000.00", "ISSUED", null),
                new Plan(1, "60000.00", "REDEEMED", "45000.00"),
                new Plan(2, "20000.00", "PAID", "20000.00"),
                new Plan(3, "25000.00", "EXPIRED", null));
        BigDecimal issued = BigDecimal.ZERO;
        BigDecimal released = BigDecimal.ZERO;
        for (Plan plan : plans) {
            long enterprise = plan.firm() < 0 ? story.enterprise().id() : firms.get(plan.firm() % firms.size());
            voucher(program, enterprise, plan, official);
            issued = issued.add(new BigDecimal(plan.amount()));
            released = plan.state().equals("EXPIRED") ? released.add(new BigDecimal(plan.amount())) : released;
        }
        jdbc.sql("update program set voucher_total = ?, voucher_released_total = ? where id = ?")
                .params(issued, released, program).update();
    }

    private void voucher(long program, long enterprise, Plan plan, long official) {
        boolean expired = plan.state().equals("EXPIRED");
        LocalDate issuedOn = expired ? today.minusDays(200) : today.minusDays(60);
        LocalDate validTo = expired ? today.minusDays(10) : today.plusDays(180);
        boolean redeemed = plan.redeemed() != null;
        boolean paid = plan.state().equals("PAID");
        BigDecimal amount = new BigDecimal(plan.amount());
        BigDecimal used = redeemed ? new BigDecimal(plan.redeemed()) : null;
        LocalDate redeemedOn = redeemed ? issuedOn.plusDays(20) : null;
        LocalDate paidOn = paid ? issuedOn.plusDays(40) : null;
        long id = jdbc.sql("""
                        insert into innovation_voucher (program_id, enterprise_id, amount, issued_on, valid_to, status,
                            provider_name, provider_credit_code, redeemed_amount, redeemed_on, paid_amount, paid_on,
                            released_amount, released_on, created_at, updated_at)
                        values (?, ?, ?, ?, ?, ?, ?, ?, ?, ?, ?, ?, ?, ?, ?, ?) returning id""")
                .params(program, enterprise, amount, issuedOn, validTo, expired ? "ISSUED" : plan.state(),
                        redeemed ? PROVIDER : null, redeemed ? PROVIDER_CODE : null, used, redeemedOn,
                        paid ? used : null, paidOn, expired ? amount : null, expired ? validTo.plusDays(1) : null,
                        at(issuedOn), at(paid ? paidOn : redeemed ? redeemedOn : issuedOn))
                .query(Long.class).single();
        step(id, issuedOn, official, "科技局经办人", "ISSUE", null, "ISSUED", amount, null);
        if (redeemed) {
            step(id, redeemedOn, null, "持券企业", "REDEEM", "ISSUED", "REDEEMED", used, PROVIDER + " " + PROVIDER_CODE);
        }
        if (paid) {
            step(id, paidOn, official, "科技局经办人", "PAY", "REDEEMED", "PAID", used, null);
        }
        if (expired) {
            step(id, validTo.plusDays(1), null, "系统（到期释放）", "RELEASE", "EXPIRED", "EXPIRED", amount,
                    "valid to " + validTo);
        }
    }

    private void step(long voucher, LocalDate day, Long actor, String actorName, String action, String from,
                      String to, BigDecimal amount, String note) {
        jdbc.sql("""
                        insert into innovation_voucher_history (voucher_id, at, actor_id, actor_name, action, from_status,
                            to_status, amount, note) values (?, ?, ?, ?, ?, ?, ?, ?, ?)""")
                .params(voucher, at(day), actor, actorName, action, from, to, amount, note).update();
    }

    private static Timestamp at(LocalDate day) {
        return Timestamp.from(day.atTime(9, 0).toInstant(ZoneOffset.ofHours(8)));
    }
}
