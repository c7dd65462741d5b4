package cn.kjj.platform.account;

import java.sql.Timestamp;
import java.time.Instant;
import java.util.Optional;
import org.springframework.jdbc.core.simple.JdbcClient;
import org.springframework.stereotype.Repository;
import org.springframework.transaction.annotation.Propagation;
import org.springframework.transaction.annotation.Transactional;

/** The failed-login state in the account row, changed by single SQL statements (any number of nodes). */
@Repository
class JdbcLoginAttempts implements LoginAttempts {

    private final JdbcClient jdbc;

    JdbcLoginAttempts(JdbcClient jdbc) {
        this.jdbc = jdbc;
    }

    @Override
    public Optional<Instant> lockedUntil(String username, Instant now) {
        return jdbc.sql("select locked_until from account where username = ? and locked_until > ?")
                .params(username, Timestamp.from(now))
                .query((rs, row) -> rs.getTimestamp(1).toInstant())
                .optional();
    }

    @Override
    @Transactional(propagation = Propagation.MANDATORY)
    public Optional<Failure> countFailure(String username) {
        // the update takes the row lock: concurrent failures on several nodes are all counted
        return jdbc.sql("""
                        update account set failed_logins = failed_logins + 1 where username = ?
                        returning id, region_code, failed_logins, locked_until""")
                .param(username)
                .query((rs, row) -> new Failure(rs.getLong(1), rs.getString(2), rs.getInt(3),
                        rs.getTimestamp(4) == null ? null : rs.getTimestamp(4).toInstant()))
                .optional();
    }

    @Override
    @Transactional(propagation = Propagation.MANDATORY)
    public void lock(long accountId, Instant until) {
        jdbc.sql("update account set locked_until = ? where id = ?").params(Timestamp.from(until), accountId).update();
    }

    @Override
    @Transactional(propagation = Propagation.MANDATORY)
    public boolean reset(long accountId) {
        return jdbc.sql("""
                        update account set failed_logins = 0, locked_until = null
                        where id = ? and (failed_logins > 0 or locked_until is not null)""")
                .param(accountId)
                .update() > 0;
    }
}
