package cn.kjj.platform.demo;

import java.time.OffsetDateTime;
import java.time.LocalDate;
import java.time.ZoneId;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import org.springframework.jdbc.core.simple.JdbcClient;

/**
 * The demo's changes, cancellations and objections (decision 0034), written after the contracts and
 * before the roll-ups' rebuild (which reads them): on Jianghai contracts registered from 2024 on, so
 * that every published figure (2022, the first half of 2023) stays as it is. Two approved changes,
 * one approved cancellation, a pending change and a pending cancellation for the officials' queue, an
 * open and a confirmed objection.
 */
record DemoContractChanges(JdbcClient jdbc) {

    private static final ZoneId BEIJING = ZoneId.of("Asia/Shanghai");
    private static final String OFFICIAL = "江海区科技局审核员";
    private static final String CLERK = "企业经办人";

    /** The rows written, by table. */
    Map<String, Integer> write(LocalDate today) {
        List<Long> ids = jdbc.sql("""
                        select id from technology_contract
                        where status = 'REGISTERED' and seller_region_code = '440704'
                          and registered_on between date '2024-01-01' and ? - 30
                        order by registered_on desc, id limit 7""")
                .param(today).query(Long.class).list();
        Map<String, Integer> counts = new LinkedHashMap<>();
        if (ids.size() < 7) {
            return counts;
        }
        int changes = 0;
        int objections = 0;
        int history = 0;
        changes += approvedChange(ids.get(0), today, "1.10", "双方签订补充协议，增加开发内容");
        changes += approvedChange(ids.get(1), today, "0.95", "合同部分解除，合同金额相应核减");
        history += 2;
        changes += cancelled(ids.get(2), today);
        history += 1;
        changes += pending(ids.get(3), today, "CHANGE", "履行期限延长一年");
        changes += pending(ids.get(4), today, "CANCEL", "合同已协议解除");
        objections += objection(ids.get(5), today, false);
        objections += objection(ids.get(6), today, true);
        history += 3;
        counts.put("contract_change", changes);
        counts.put("contract_objection", objections);
        counts.put("contract_history", history);
        return counts;
    }

    /** Amounts times {@code factor} (the 核定 amount never above the contract amount nor the declared one's floor). */
    private int approvedChange(long id, LocalDate today, String factor, String reason) {
        OffsetDateTime requested = at(today.minusDays(20));
        OffsetDateTime decided = at(today.minusDays(12));
        jdbc.sql("""
                        insert into contract_change (contract_id, kind, status, reason, contract_amount,
                            tech_transaction_amount, requested_by_name, requested_at, before_contract_amount,
                            before_tech_amount, after_contract_amount, after_tech_amount, decided_by_name, decided_at,
                            decided_on, note)
                        select id, 'CHANGE', 'APPROVED', ?, new_amount, new_tech, ?, ?, contract_amount,
                            tech_transaction_amount, new_amount, new_tech, ?, ?, ?, '补充协议已核验'
                        from (select id, contract_amount, tech_transaction_amount,
                                  greatest(round(contract_amount * ?::numeric, 2), declared_tech_transaction_amount)
                                      as new_amount,
                                  least(round(tech_transaction_amount * ?::numeric, 2),
                                        greatest(round(contract_amount * ?::numeric, 2),
                                                 declared_tech_transaction_amount)) as new_tech
                              from technology_contract where id = ?) c""")
                .params(reason, CLERK, requested, OFFICIAL, decided, today.minusDays(12), factor, factor, factor, id)
                .update();
        jdbc.sql("""
                        update technology_contract c set contract_amount = ch.after_contract_amount,
                            tech_transaction_amount = ch.after_tech_amount, updated_at = ch.decided_at,
                            version = c.version + 1
                        from contract_change ch where ch.contract_id = c.id and c.id = ?""")
                .param(id).update();
        note(id, decided, "变更登记：" + reason + "（补充协议已核验）");
        return 1;
    }

    private int cancelled(long id, LocalDate today) {
        OffsetDateTime decided = at(today.minusDays(5));
        jdbc.sql("""
                        insert into contract_change (contract_id, kind, status, reason, requested_by_name, requested_at,
                            decided_by_name, decided_at, decided_on, note)
                        values (?, 'CANCEL', 'APPROVED', '合同经双方协商终止履行', ?, ?, ?, ?, ?, '终止协议已核验')""")
                .params(id, CLERK, at(today.minusDays(9)), OFFICIAL, decided, today.minusDays(5)).update();
        jdbc.sql("update technology_contract set status = 'CANCELLED', updated_at = ?, version = version + 1 where id = ?")
                .params(decided, id).update();
        jdbc.sql("""
                        insert into contract_history (contract_id, at, actor_name, from_status, to_status, reason)
                        values (?, ?, ?, 'REGISTERED', 'CANCELLED', '合同经双方协商终止履行（终止协议已核验）')""")
                .params(id, decided, OFFICIAL).update();
        return 1;
    }

    private int pending(long id, LocalDate today, String kind, String reason) {
        LocalDate validTo = kind.equals("CHANGE") ? today.plusYears(2) : null;
        jdbc.sql("""
                        insert into contract_change (contract_id, kind, status, reason, valid_to, requested_by_name,
                            requested_at)
                        values (?, ?, 'PENDING', ?, ?, ?, ?)""")
                .params(id, kind, reason, validTo, CLERK, at(today.minusDays(2))).update();
        return 1;
    }

    private int objection(long id, LocalDate today, boolean confirmed) {
        OffsetDateTime raised = at(today.minusDays(confirmed ? 15 : 3));
        OffsetDateTime decided = at(today.minusDays(8));
        String reason = confirmed ? "技术交易额可能包含设备采购费用" : "买方称技术成果尚未交付";
        jdbc.sql("""
                        insert into contract_objection (contract_id, status, raised_as, reason, raised_by_name,
                            raised_at, note, decided_by_name, decided_at)
                        values (?, ?, ?, ?, ?, ?, ?, ?, ?)""")
                .params(id, confirmed ? "CONFIRMED" : "OPEN", confirmed ? "OFFICE" : "PARTY", reason,
                        confirmed ? "江门市税务局核查员" : "买方经办人", raised,
                        confirmed ? "设备费用已在核定时扣除" : null, confirmed ? OFFICIAL : null,
                        confirmed ? decided : null)
                .update();
        note(id, raised, "异议：" + reason);
        if (confirmed) {
            note(id, decided, "异议复核，维持登记：设备费用已在核定时扣除");
        }
        return 1;
    }

    private void note(long id, OffsetDateTime at, String reason) {
        jdbc.sql("""
                        insert into contract_history (contract_id, at, actor_name, from_status, to_status, reason)
                        values (?, ?, ?, 'REGISTERED', 'REGISTERED', ?)""")
                .params(id, at, OFFICIAL, reason).update();
    }

    private static OffsetDateTime at(LocalDate day) {
        return day.atTime(10, 0).atZone(BEIJING).toOffsetDateTime();
    }
}
