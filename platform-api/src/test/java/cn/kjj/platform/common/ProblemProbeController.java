package cn.kjj.platform.common;

import java.sql.SQLException;
import java.sql.SQLTransientConnectionException;
import org.springframework.dao.DataIntegrityViolationException;
import org.springframework.dao.OptimisticLockingFailureException;
import org.springframework.transaction.CannotCreateTransactionException;
import org.springframework.web.bind.annotation.GetMapping;
import org.springframework.web.bind.annotation.PathVariable;
import org.springframework.web.bind.annotation.RestController;
import org.springframework.web.multipart.MaxUploadSizeExceededException;

/** Test-only endpoints that fail the ways a real endpoint might, to see what the client gets. */
@RestController
class ProblemProbeController {

    static final String SECRET_SQL = "insert into account (username) values ('x') -- secret constraint account_username_key";

    @GetMapping("/api/v1/test-probes/{kind}")
    String fail(@PathVariable String kind) {
        switch (kind) {
            case "bug" -> throw new IllegalStateException("internal detail: table account is locked");
            case "duplicate" -> throw new DataIntegrityViolationException(SECRET_SQL,
                    new SQLException("duplicate key value violates unique constraint \"account_username_key\""));
            case "concurrent" -> throw new OptimisticLockingFailureException("row was updated by another transaction");
            case "database-down" -> throw new CannotCreateTransactionException("Could not open JPA EntityManager",
                    new SQLTransientConnectionException("HikariPool-1 - Connection is not available, request timed "
                            + "out after 3000ms (total=0, active=0, idle=0, waiting=0)"));
            case "too-large" -> throw new MaxUploadSizeExceededException(20L * 1024 * 1024);
            case "conflict" -> throw new ConflictException("error.contract.transition.illegal",
                    "a contract in status DRAFT cannot take action REGISTER", "DRAFT", "REGISTER");
            default -> {
                return "ok";
            }
        }
    }
}
