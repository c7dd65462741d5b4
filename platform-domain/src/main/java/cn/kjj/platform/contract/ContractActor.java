package cn.kjj.platform.contract;

import java.util.Objects;

/**
 * Who acts on a contract, in which capacity, and the name that the history shows.
 *
 * @param accountId the account; {@code null} only for owner actions done by the system (demo
 *                  data), never for an official, whose id the second-review rule compares
 */
public record ContractActor(ActorKind kind, Long accountId, String name) {

    public ContractActor {
        Objects.requireNonNull(kind, "kind");
        if (kind == ActorKind.OFFICIAL) {
            Objects.requireNonNull(accountId, "an official acts under an account");
        }
        if (name == null || name.isBlank()) {
            throw new IllegalArgumentException("the history needs the actor's name");
        }
    }

    public static ContractActor owner(Long accountId, String name) {
        return new ContractActor(ActorKind.OWNER, accountId, name);
    }

    public static ContractActor official(long accountId, String name) {
        return new ContractActor(ActorKind.OFFICIAL, accountId, name);
    }
}
