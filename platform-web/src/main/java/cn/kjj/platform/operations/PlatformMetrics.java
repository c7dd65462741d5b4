package cn.kjj.platform.operations;

import cn.kjj.platform.contract.ContractTransitioned;
import cn.kjj.platform.imports.ImportFinished;
import io.micrometer.core.instrument.Counter;
import io.micrometer.core.instrument.MeterRegistry;
import jakarta.annotation.PostConstruct;
import java.util.Locale;
import org.springframework.context.event.EventListener;
import org.springframework.security.authentication.event.AbstractAuthenticationFailureEvent;
import org.springframework.security.authentication.event.AuthenticationSuccessEvent;
import org.springframework.stereotype.Component;
import org.springframework.transaction.event.TransactionalEventListener;

/**
 * The platform's own counters beside the HTTP, JVM and connection-pool metrics that Actuator
 * gives (all on {@code /actuator/prometheus}, see docs/operations.md):
 * <ul>
 * <li>{@code platform_contracts_transitions_total{action,status}}: contract steps that committed
 *     (submit, register, return, reject, revoke) and the status each led to;</li>
 * <li>{@code platform_import_rows_total{kind}} and {@code platform_imports_total{kind,result}}:
 *     rows written by imports and jobs written or refused;</li>
 * <li>{@code platform_logins_total{result}}: portal sign-ins that succeeded or failed.</li>
 * </ul>
 */
@Component
record PlatformMetrics(MeterRegistry registry) {

    /** The login counters are present from the start, so that a rate over them begins at 0. */
    @PostConstruct
    void registerLogins() {
        logins("failed", 0);
        logins("succeeded", 0);
    }

    /** Counted once the step's transaction committed: a rolled-back step never happened. */
    @TransactionalEventListener
    void contractTransitioned(ContractTransitioned event) {
        Counter.builder("platform.contracts.transitions")
                .description("Technology contract steps that committed")
                .tag("action", lower(event.action()))
                .tag("status", lower(event.to()))
                .register(registry)
                .increment();
    }

    @TransactionalEventListener(fallbackExecution = true)
    void importFinished(ImportFinished event) {
        String kind = event.kind().slug();
        Counter.builder("platform.imports").description("Import jobs that ended")
                .tag("kind", kind).tag("result", event.written() ? "written" : "refused")
                .register(registry).increment();
        Counter.builder("platform.import.rows").description("Rows written by imports")
                .tag("kind", kind).register(registry).increment(event.rows());
    }

    @EventListener
    void loginFailed(AbstractAuthenticationFailureEvent event) {
        logins("failed", 1);
    }

    @EventListener
    void loginSucceeded(AuthenticationSuccessEvent event) {
        logins("succeeded", 1);
    }

    private void logins(String result, int count) {
        Counter.builder("platform.logins").description("Portal sign-ins by result")
                .tag("result", result).register(registry).increment(count);
    }

    private static String lower(Enum<?> value) {
        return value.name().toLowerCase(Locale.ROOT);
    }
}
