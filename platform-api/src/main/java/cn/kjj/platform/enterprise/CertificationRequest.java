package cn.kjj.platform.enterprise;

import io.swagger.v3.oas.annotations.media.Schema;
import java.time.LocalDate;

/** The body of {@code POST /api/v1/enterprises/{id}/certifications}. */
@Schema(name = "CertificationRequest", description = "A high-tech enterprise certificate to enter")
record CertificationRequest(
        @Schema(description = "Certificate number: GR or GF and 12 digits, unique", example = "GR202344004567",
                requiredMode = Schema.RequiredMode.REQUIRED)
        String certificateNo,
        @Schema(description = "Issue date, not in the future", example = "2023-12-28",
                requiredMode = Schema.RequiredMode.REQUIRED)
        LocalDate issuedOn,
        @Schema(description = "Last day in force as printed; default: three years less a day", example = "2026-12-27")
        LocalDate expiresOn,
        @Schema(description = "INITIAL (首次认定) or RENEWAL (重新认定)", requiredMode = Schema.RequiredMode.REQUIRED)
        CertificationKind kind) {

    NewCertification toNewCertification() {
        return new NewCertification(certificateNo, kind, issuedOn, expiresOn);
    }
}
