package cn.kjj.platform.account;

import java.util.Optional;

/**
 * What the account feature needs to know of the experts registry to bind an EXPERT account: the
 * expert's name and the region whose bureau keeps him. Implemented by the program feature, so that
 * accounts depend on nothing of programs (decision 0027).
 */
public interface ExpertDirectory {

    /** An expert of the registry as an account sees him. */
    record ExpertEntry(long id, String name, String regionCode) {
    }

    Optional<ExpertEntry> find(long expertId);
}
