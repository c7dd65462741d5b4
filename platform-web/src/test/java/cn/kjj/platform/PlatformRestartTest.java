package cn.kjj.platform;

import static org.assertj.core.api.Assertions.assertThat;

import cn.kjj.platform.account.AccountRepository;
import cn.kjj.platform.account.AccountService;
import cn.kjj.platform.account.NewAccount;
import cn.kjj.platform.identity.Role;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.Set;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;
import org.springframework.boot.builder.SpringApplicationBuilder;
import org.springframework.context.ConfigurableApplicationContext;

/**
 * Acceptance: the application, stopped and started again on the same data directory, still
 * has a record created before. Starts the real application twice (not the shared test context).
 */
class PlatformRestartTest {

    @TempDir
    Path dataDir;

    @Test
    void aRecordCreatedBeforeARestartIsStillThereAfterIt() {
        try (ConfigurableApplicationContext first = start()) {
            first.getBean(AccountService.class).create(new NewAccount("restart.check", "restart-password",
                    "重启检查", Set.of(Role.ANALYST), null, null));
        }
        assertThat(dataDir.resolve("postgres/PG_VERSION")).exists();
        assertThat(Files.exists(dataDir.resolve("postgres/postmaster.pid"))).as("database stopped with the application")
                .isFalse();

        try (ConfigurableApplicationContext second = start()) {
            assertThat(second.getBean(AccountRepository.class).findByUsername("restart.check"))
                    .hasValueSatisfying(account -> assertThat(account.getDisplayName()).isEqualTo("重启检查"));
        }
    }

    private ConfigurableApplicationContext start() {
        // arguments, not default properties: application.yml's platform.data-dir would win over those
        return new SpringApplicationBuilder(PlatformApplication.class)
                .run("--server.port=0",
                        "--platform.data-dir=" + dataDir,
                        "--platform.embedded-db.ephemeral=false",
                        "--platform.demo-data=false",
                        "--spring.main.banner-mode=off",
                        "--logging.level.root=WARN");
    }
}
