package cn.kjj.platform.account;

import io.swagger.v3.oas.annotations.media.Schema;
import jakarta.validation.constraints.Max;
import jakarta.validation.constraints.Min;
import jakarta.validation.constraints.NotBlank;
import jakarta.validation.constraints.Size;

/** A request for a new bearer token. */
@Schema(description = "A new bearer token")
record CreateTokenRequest(
        @Schema(description = "What the token is for", example = "reporting script")
        @NotBlank @Size(max = 100) String name,
        @Schema(description = "Days until the token expires, 1 to 366; 90 when left out", example = "90")
        @Min(1) @Max(ApiTokenService.MAX_DAYS) Integer expiresInDays) {

    static final int DEFAULT_DAYS = 90;

    int days() {
        return expiresInDays == null ? DEFAULT_DAYS : expiresInDays;
    }
}
