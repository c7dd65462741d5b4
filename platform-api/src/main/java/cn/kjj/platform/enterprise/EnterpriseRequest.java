package cn.kjj.platform.enterprise;

import cn.kjj.platform.registry.RegistryRequest;
import io.swagger.v3.oas.annotations.media.Schema;
import java.math.BigDecimal;
import java.time.LocalDate;

/** The body of {@code POST} and {@code PUT /api/v1/enterprises}: every field of the record. */
@Schema(name = "EnterpriseRequest", description = "An enterprise record; PUT replaces every field")
record EnterpriseRequest(
        @Schema(description = "Registered name", example = "江门市江海区示范科技有限公司", requiredMode = Schema.RequiredMode.REQUIRED)
        String name,
        @Schema(description = "Unified social credit code (GB 32100-2015), unique", example = "91440704MA4WJH011B",
                requiredMode = Schema.RequiredMode.REQUIRED)
        String creditCode,
        @Schema(description = "District where it is registered (6-digit code within the caller's region)",
                example = "440704", requiredMode = Schema.RequiredMode.REQUIRED)
        String regionCode,
        @Schema(description = "Industry", example = "电子信息") String industry,
        @Schema(description = "Date of foundation", example = "2015-06-18") LocalDate foundedOn,
        @Schema(description = "Employees", example = "120") Integer employees,
        @Schema(description = "R&D staff, at most the employees", example = "18") Integer rdStaff,
        @Schema(description = "Revenue of the last year, yuan", example = "52000000.00") BigDecimal revenue,
        @Schema(description = "R&D expense of the last year, yuan", example = "3100000.00") BigDecimal rdExpense,
        @Schema(description = "Nature of the organisation; ENTERPRISE when left out") OrganisationNature nature)
        implements RegistryRequest<EnterpriseDetails> {

    @Override
    public EnterpriseDetails toDetails() {
        return new EnterpriseDetails(name, creditCode, regionCode, industry, foundedOn, employees, rdStaff, revenue,
                rdExpense, nature);
    }
}
