package cn.kjj.platform.enterprise;

import io.swagger.v3.oas.annotations.media.Schema;
import java.time.LocalDate;

/** The body of {@code POST .../certifications/{cid}/revoke}. */
@Schema(name = "RevocationRequest", description = "Why, and from which day, a certificate is withdrawn")
record RevocationRequest(
        @Schema(description = "Why the certificate is revoked (required, at most 1000 characters)",
                example = "虚假申报，取消高新技术企业资格", requiredMode = Schema.RequiredMode.REQUIRED)
        String reason,
        @Schema(description = "First day no longer in force; default today, never in the future", example = "2024-07-01")
        LocalDate revokedOn) {
}
