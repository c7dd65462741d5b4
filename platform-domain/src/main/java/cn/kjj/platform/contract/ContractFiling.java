package cn.kjj.platform.contract;

import cn.kjj.platform.common.ConflictException;
import cn.kjj.platform.common.InvalidInputException;
import cn.kjj.platform.identity.AccountPrincipal;
import java.nio.charset.StandardCharsets;
import java.security.MessageDigest;
import java.security.NoSuchAlgorithmException;
import java.util.HexFormat;
import java.util.Optional;
import org.springframework.dao.DataIntegrityViolationException;
import org.springframework.stereotype.Service;
import org.springframework.transaction.PlatformTransactionManager;
import org.springframework.transaction.support.TransactionTemplate;

/**
 * Filing with an {@code Idempotency-Key}: a retried request (same account, same key, same
 * body) returns the contract the first one created instead of creating a second; the same
 * key with another body is a 409. Two copies racing each other end the same way: the loser's
 * transaction fails on the key or the duplicate index and then finds the winner's result.
 */
@Service
public class ContractFiling {

    public static final int MAX_KEY_LENGTH = 100;

    /** The contract, and whether it was created by an earlier request with the same key. */
    public record Filed(ContractView contract, boolean replayed) {
    }

    private final ContractService service;
    private final ContractQueries queries;
    private final IdempotencyKeys keys;
    private final TransactionTemplate transaction;

    ContractFiling(ContractService service, ContractQueries queries, IdempotencyKeys keys,
                   PlatformTransactionManager transactionManager) {
        this.service = service;
        this.queries = queries;
        this.keys = keys;
        this.transaction = new TransactionTemplate(transactionManager);
    }

    public Filed file(AccountPrincipal actor, NewContract request, String idempotencyKey) {
        if (idempotencyKey == null) {
            return new Filed(service.create(actor, request), false);
        }
        if (idempotencyKey.isBlank() || idempotencyKey.length() > MAX_KEY_LENGTH) {
            throw InvalidInputException.forField("Idempotency-Key", "error.idempotency.key",
                    "an Idempotency-Key has 1 to " + MAX_KEY_LENGTH + " characters");
        }
        String hash = hash(request);
        try {
            // the key is looked up in the filing's own transaction: one connection and one transaction per request
            return transaction.execute(status -> replay(actor, idempotencyKey, hash).orElseGet(() -> {
                ContractView view = service.create(actor, request);
                keys.remember(actor.id(), idempotencyKey, hash, view.id());
                return new Filed(view, false);
            }));
        } catch (DataIntegrityViolationException | ConflictException e) {
            return replay(actor, idempotencyKey, hash).orElseThrow(() -> e);
        }
    }

    private Optional<Filed> replay(AccountPrincipal actor, String key, String hash) {
        return keys.find(actor.id(), key).map(remembered -> {
            if (!remembered.requestHash().equals(hash)) {
                throw new ConflictException("error.idempotency.keyReused",
                        "this Idempotency-Key was used before for a different request");
            }
            return new Filed(queries.get(actor, remembered.contractId()), true);
        });
    }

    private static String hash(NewContract request) {
        try {
            byte[] digest = MessageDigest.getInstance("SHA-256")
                    .digest(request.toString().getBytes(StandardCharsets.UTF_8));
            return HexFormat.of().formatHex(digest);
        } catch (NoSuchAlgorithmException e) {
            throw new IllegalStateException("SHA-256 is part of every JVM", e);
        }
    }
}
