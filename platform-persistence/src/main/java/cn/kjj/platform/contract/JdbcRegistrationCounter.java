package cn.kjj.platform.contract;

import org.springframework.jdbc.core.simple.JdbcClient;
import org.springframework.stereotype.Repository;
import org.springframework.transaction.annotation.Propagation;
import org.springframework.transaction.annotation.Transactional;

/**
 * Registration numbers from {@code registration_counter}: one row per registering region and
 * year, incremented by an upsert that keeps the row locked until the registering transaction
 * ends. Concurrent registrations in one region queue on that row; a transaction that rolls
 * back takes its increment with it, so numbers are consecutive and never reused (a sequence
 * would leave gaps).
 */
@Repository
class JdbcRegistrationCounter implements RegistrationNumberSource {

    private final JdbcClient jdbc;

    JdbcRegistrationCounter(JdbcClient jdbc) {
        this.jdbc = jdbc;
    }

    @Override
    @Transactional(propagation = Propagation.MANDATORY)
    public RegistrationNumber next(String regionCode, int year) {
        int serial = jdbc.sql("""
                        insert into registration_counter (region_code, year, last_serial) values (?, ?, 1)
                        on conflict (region_code, year)
                        do update set last_serial = registration_counter.last_serial + 1
                        returning last_serial""")
                .params(regionCode, year)
                .query(Integer.class)
                .single();
        return new RegistrationNumber(year, regionCode, serial);
    }
}
