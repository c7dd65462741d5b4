package cn.kjj.platform.contract;

import java.util.Optional;
import org.springframework.jdbc.core.simple.JdbcClient;
import org.springframework.stereotype.Repository;
import org.springframework.transaction.annotation.Propagation;
import org.springframework.transaction.annotation.Transactional;

@Repository
class JdbcIdempotencyKeys implements IdempotencyKeys {

    private final JdbcClient jdbc;

    JdbcIdempotencyKeys(JdbcClient jdbc) {
        this.jdbc = jdbc;
    }

    @Override
    public Optional<Remembered> find(long accountId, String key) {
        return jdbc.sql("select contract_id, request_hash from idempotency_key where account_id = ? and key = ?")
                .params(accountId, key)
                .query((rs, row) -> new Remembered(rs.getLong(1), rs.getString(2)))
                .optional();
    }

    @Override
    @Transactional(propagation = Propagation.MANDATORY)
    public void remember(long accountId, String key, String requestHash, long contractId) {
        jdbc.sql("insert into idempotency_key (account_id, key, request_hash, contract_id) values (?, ?, ?, ?)")
                .params(accountId, key, requestHash, contractId)
                .update();
    }
}
