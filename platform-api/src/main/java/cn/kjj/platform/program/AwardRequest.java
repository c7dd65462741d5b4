package cn.kjj.platform.program;

import io.swagger.v3.oas.annotations.media.Schema;
import java.math.BigDecimal;
import java.time.LocalDate;

/** The body of {@code POST /api/v1/programs/{id}/awards}. */
@Schema(name = "AwardRequest", description = "An award from a program to an enterprise; amount in yuan")
record AwardRequest(
        @Schema(description = "An enterprise of the registry, in the official's region",
                requiredMode = Schema.RequiredMode.REQUIRED) Long enterpriseId,
        @Schema(description = "Yuan, above 0, at most 2 decimals", example = "150000.00",
                requiredMode = Schema.RequiredMode.REQUIRED) BigDecimal amount,
        @Schema(example = "2023-06-30", requiredMode = Schema.RequiredMode.REQUIRED) LocalDate awardedOn,
        @Schema(example = "首批创新券兑付") String note) {

    NewAward toNewAward() {
        return new NewAward(enterpriseId, amount, awardedOn, note);
    }
}
