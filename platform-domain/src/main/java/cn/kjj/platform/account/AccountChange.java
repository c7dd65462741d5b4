package cn.kjj.platform.account;

import jakarta.validation.constraints.Pattern;
import jakarta.validation.constraints.Size;
import java.util.Set;

/** A partial change of an account: fields left null stay as they are. */
public record AccountChange(
        Boolean enabled,
        @Size(min = 1) Set<Role> roles,
        @Pattern(regexp = "^[0-9]{6}$") String regionCode,
        Long enterpriseId,
        @Size(min = 1, max = 100) String displayName) {
}
