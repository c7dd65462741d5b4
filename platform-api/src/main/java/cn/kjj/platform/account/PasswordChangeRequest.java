package cn.kjj.platform.account;

import io.swagger.v3.oas.annotations.media.Schema;

/** The signed-in person's new password, with the current one. */
@Schema(description = "A change of one's own password")
record PasswordChangeRequest(
        @Schema(description = "The current password") String currentPassword,
        @Schema(description = "The new password: 12 to 128 characters, not containing the username, not a common one")
        String newPassword) {

    @Override
    public String toString() {
        return "PasswordChangeRequest[(hidden)]";
    }
}
