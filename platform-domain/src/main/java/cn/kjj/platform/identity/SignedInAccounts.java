package cn.kjj.platform.identity;

import java.util.Optional;

/**
 * An open session's account as it is now, for the session guard of both faces, which checks on
 * each request that the account a session holds still exists and is unchanged. The account
 * feature answers it ({@code AccountService}).
 */
public interface SignedInAccounts {

    /**
     * The account as it is now (without its password hash) and its session stamp, in one read;
     * empty when the account is gone or disabled.
     */
    Optional<SignedInAccount> signedIn(long accountId);

    /** An open session's account as it is now, and its stamp. */
    record SignedInAccount(AccountPrincipal principal, String stamp) {
    }
}
