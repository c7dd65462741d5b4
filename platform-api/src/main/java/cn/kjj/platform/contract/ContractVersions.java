package cn.kjj.platform.contract;

import cn.kjj.platform.common.ETags;
import cn.kjj.platform.identity.AccountPrincipal;
import org.springframework.stereotype.Component;

/**
 * Turns an {@code If-Match} header into the version a write expects. The header is checked
 * against the contract as the caller may see it (404 outside its scope, 412 when it names no
 * current version), and the matched version is handed to the service, which checks it again
 * inside its transaction, so that a change in between is still a 412.
 */
@Component
record ContractVersions(ContractQueries queries) {

    /** The version to expect, or {@code null} when the header is absent or {@code *}. */
    Long expected(AccountPrincipal caller, long id, String ifMatch) {
        if (ifMatch == null || ifMatch.isBlank()) {
            return null;
        }
        long current = queries.get(caller, id).version(); // 404 before 412, also for "*"
        return ETags.expected(ifMatch, () -> current, "contract", id);
    }
}
