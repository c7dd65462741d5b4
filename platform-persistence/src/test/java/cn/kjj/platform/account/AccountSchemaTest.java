package cn.kjj.platform.account;

import static org.assertj.core.api.Assertions.assertThat;

import cn.kjj.platform.PersistenceTest;
import cn.kjj.platform.SqlFixtures;
import cn.kjj.platform.SqlFixtures.Refusal;
import java.time.OffsetDateTime;
import java.time.ZoneOffset;
import java.util.Map;
import org.junit.jupiter.api.Test;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.dao.DataIntegrityViolationException;

@PersistenceTest
class AccountSchemaTest {

    private static final String HEX_HASH = "9f86d081884c7d659a2feaa0c55ad015a3bf4f1b2b0b822cd15d6c15b0f00a08";

    @Autowired
    SqlFixtures sql;

    @Test
    void anOfficialWithoutARegionIsRefused() {
        Refusal refusal = sql.refusal(() -> sql.account("official.nowhere", "{OFFICIAL}", null));

        assertThat(refusal.exception()).isInstanceOf(DataIntegrityViolationException.class);
        assertThat(refusal.sqlState()).isEqualTo(Refusal.CHECK);
        assertThat(refusal.constraint()).isEqualTo(sql.checkConstraint("account", "'OFFICIAL'::text = ANY"));
    }

    @Test
    void anOfficialWithARegionIsAccepted() {
        assertThat(sql.account("official.jianghai", "{OFFICIAL,ANALYST}", "440704")).isPositive();
    }

    @Test
    void anEnterpriseUserWithoutAnEnterpriseIsRefused() {
        Refusal refusal = sql.refusal(() -> sql.account("clerk", "{ENTERPRISE}", null));

        assertThat(refusal.constraint()).isEqualTo(sql.checkConstraint("account", "'ENTERPRISE'::text = ANY"));
    }

    @Test
    void anUnknownRoleOrNoRoleAtAllIsRefused() {
        assertThat(sql.refusal(() -> sql.account("root", "{SUPERUSER}", null)).constraint())
                .isEqualTo("account_roles_known");
        assertThat(sql.refusal(() -> sql.account("nobody", "{}", null)).constraint())
                .isEqualTo("account_roles_check");
    }

    @Test
    void anExpertAccountIsBoundToOneExpertAndHasNoOtherRole() {
        long expert = sql.insert("expert", Map.of("name", "测试专家", "organisation", "五邑大学", "region_code", "440704"));

        assertThat(sql.refusal(() -> expertAccount("expert.unbound", "{EXPERT}", null)).constraint())
                .isEqualTo("account_expert_bound");
        assertThat(sql.refusal(() -> expertAccount("expert.analyst", "{EXPERT,ANALYST}", expert)).constraint())
                .isEqualTo("account_expert_alone");
        assertThat(expertAccount("expert.bound", "{EXPERT}", expert)).isPositive();
        Refusal second = sql.refusal(() -> expertAccount("expert.second", "{EXPERT}", expert));
        assertThat(second.sqlState()).isEqualTo(Refusal.UNIQUE);
        assertThat(second.constraint()).isEqualTo("account_expert_idx");
    }

    private long expertAccount(String username, String roles, Long expertId) {
        return sql.jdbc().sql("""
                        insert into account (username, password_hash, display_name, roles, expert_id)
                        values (?, '{noop}x', '测试专家', cast(? as varchar(20)[]), ?) returning id""")
                .params(username, roles, expertId).query(Long.class).single();
    }

    @Test
    void anApiTokenWhoseHashIsNotLowerCaseHexIsRefused() {
        long accountId = sql.account("analyst", "{ANALYST}", null);

        for (String hash : new String[] {HEX_HASH.toUpperCase(), HEX_HASH.replace('f', 'g'), HEX_HASH.substring(1),
                "demo-token"}) {
            Refusal refusal = sql.refusal(() -> insertToken(accountId, hash));
            assertThat(refusal.sqlState()).as(hash).isEqualTo(Refusal.CHECK);
            assertThat(refusal.constraint()).as(hash).isEqualTo("api_token_token_hash_check");
        }
        assertThat(insertToken(accountId, HEX_HASH)).isPositive();
    }

    private long insertToken(long accountId, String hash) {
        return sql.insert("api_token", Map.of("account_id", accountId, "name", "ci", "token_hash", hash,
                "expires_at", OffsetDateTime.of(2099, 1, 1, 0, 0, 0, 0, ZoneOffset.UTC)));
    }
}
