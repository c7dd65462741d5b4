package cn.kjj.platform.account;

import cn.kjj.platform.identity.Role;
import com.fasterxml.jackson.annotation.JsonProperty;
import io.swagger.v3.oas.annotations.media.Schema;
import jakarta.validation.constraints.Pattern;
import jakarta.validation.constraints.Size;
import java.util.Set;

/**
 * The body of {@code PATCH /api/v1/users/{id}}: fields left out stay as they are, and
 * {@code regionCode} or {@code enterpriseId} sent as {@code null} take the region or enterprise
 * away (as a JSON merge patch does, RFC 7396). A class, not a record: Jackson calls the setters
 * of these two only for a field the body names, which is what tells a null that was sent from a
 * field left out (the other fields it sets directly).
 */
@Schema(name = "AccountChange", description = "Fields left out stay as they are; regionCode or enterpriseId "
        + "sent as null clear the region or enterprise (an OFFICIAL keeps a region, an ENTERPRISE account an "
        + "enterprise).")
class UserChangeRequest {

    @JsonProperty
    private Boolean enabled;
    @JsonProperty
    @Size(min = 1)
    private Set<Role> roles;
    @JsonProperty
    @Pattern(regexp = "^[0-9]{6}$")
    @Schema(nullable = true)
    private String regionCode;
    @JsonProperty
    @Schema(nullable = true)
    private Long enterpriseId;
    @JsonProperty
    @Size(min = 1, max = 100)
    private String displayName;
    @JsonProperty
    @Schema(description = "A new password (an administrator's reset): the password policy applies")
    private String password;
    private boolean regionCodeSent;
    private boolean enterpriseIdSent;

    void setRegionCode(String regionCode) {
        this.regionCode = regionCode;
        this.regionCodeSent = true;
    }

    void setEnterpriseId(Long enterpriseId) {
        this.enterpriseId = enterpriseId;
        this.enterpriseIdSent = true;
    }

    AccountChange toChange() {
        return new AccountChange(enabled, roles, regionCode, enterpriseId, displayName, password,
                regionCodeSent && regionCode == null, enterpriseIdSent && enterpriseId == null);
    }

    /** Never the password. */
    @Override
    public String toString() {
        return toChange().toString();
    }
}
