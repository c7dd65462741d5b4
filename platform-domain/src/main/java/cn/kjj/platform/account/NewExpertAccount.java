package cn.kjj.platform.account;

/**
 * A sign-in account for an expert of the registry, as an official enters it (decision 0042): the
 * role is EXPERT and the account is bound to the expert; the display name defaults to the expert's
 * name. The password must satisfy {@link PasswordPolicy}.
 */
public record NewExpertAccount(String username, String password, String displayName) {

    /** Never the password. */
    @Override
    public String toString() {
        return "NewExpertAccount[username=" + username + ", displayName=" + displayName + "]";
    }
}
