package cn.kjj.platform.demo;

import cn.kjj.platform.indicator.HighTechLedger;
import java.util.List;
import org.springframework.jdbc.core.simple.JdbcClient;
import org.springframework.stereotype.Component;

/**
 * Brings the indicator roll-ups (decision 0014) in line with the base tables after the bulk load,
 * in the loading transaction: the turnover roll-up is computed again from every registered
 * contract (the definition of V11's back-fill), the high-tech roll-ups by the ledger's own
 * recomputation of the loaded enterprises, in slices so that its per-enterprise statement stays small.
 */
@Component
class DemoRollups {

    private static final int SLICE = 50;

    private final JdbcClient jdbc;
    private final HighTechLedger highTech;

    DemoRollups(JdbcClient jdbc, HighTechLedger highTech) {
        this.jdbc = jdbc;
        this.highTech = highTech;
    }

    void recompute(List<Long> certifiedEnterprises) {
        jdbc.sql("delete from contract_turnover_rollup").update();
        jdbc.sql("""
                insert into contract_turnover_rollup
                select seller_region_code, 'SELLER', date_trunc('month', registered_on)::date, type,
                       count(*), sum(contract_amount), sum(tech_transaction_amount)
                from technology_contract where status = 'REGISTERED'
                group by 1, 3, 4""").update();
        jdbc.sql("""
                insert into contract_turnover_rollup
                select buyer_region_code, 'BUYER', date_trunc('month', registered_on)::date, type,
                       count(*), sum(contract_amount), sum(tech_transaction_amount)
                from technology_contract where status = 'REGISTERED' and buyer_region_code is not null
                group by 1, 3, 4""").update();
        List<Long> ids = certifiedEnterprises.stream().distinct().sorted().toList();
        for (int from = 0; from < ids.size(); from += SLICE) {
            highTech.recompute(ids.subList(from, Math.min(ids.size(), from + SLICE)));
        }
    }
}
