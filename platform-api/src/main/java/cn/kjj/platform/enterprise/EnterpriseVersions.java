package cn.kjj.platform.enterprise;

import cn.kjj.platform.common.ETags;
import cn.kjj.platform.identity.AccountPrincipal;
import org.springframework.stereotype.Component;

/**
 * Turns an {@code If-Match} header into the version a write expects. The header is checked
 * against the record as the caller may see it (404 outside its scope, 412 when it names no
 * current version), and the matched version goes to the service, which checks it again inside
 * its transaction, so that a change in between is still a 412.
 */
@Component
class EnterpriseVersions {

    private final EnterpriseQueries queries;

    EnterpriseVersions(EnterpriseQueries queries) {
        this.queries = queries;
    }

    /** The certificate's version to expect, or {@code null} when the header is absent or {@code *}. */
    Long certification(AccountPrincipal caller, long enterpriseId, long certificationId, String ifMatch) {
        if (absent(ifMatch)) {
            return null;
        }
        return matched(ifMatch, queries.certification(caller, enterpriseId, certificationId).version(),
                "certification", certificationId);
    }

    private static boolean absent(String ifMatch) {
        return ifMatch == null || ifMatch.isBlank();
    }

    private static Long matched(String ifMatch, long current, String entity, long id) {
        ETags.checkIfMatch(ifMatch, current, entity, id);
        return ifMatch.strip().equals("*") ? null : current;
    }
}
