package cn.kjj.platform.contract;

import io.swagger.v3.oas.annotations.media.Schema;

/** The buyer (买方) as a request names it; {@link ContractTerms#validated} checks and normalises it. */
@Schema(description = "The buyer (买方). Within China (country CN, the default) the credit code is required; the "
        + "district too, unless it is the one of the credit code (its characters 3 to 8), which then stands in.")
public record BuyerRequest(
        @Schema(description = "Name of the buyer", example = "广州市天河区云图数据有限公司", maxLength = 200) String name,
        @Schema(description = "Unified social credit code (GB 32100-2015), checked with its check character",
                example = "91440300708461136T") String creditCode,
        @Schema(description = "GB/T 2260 code of the buyer's district", example = "440106") String regionCode,
        @Schema(description = "ISO 3166-1 alpha-2 country; CN when left out", example = "CN") String country,
        @Schema(description = "Nature of the buyer (登记表 单位性质); ENTERPRISE when left out, FOREIGN when the "
                + "country is not CN") PartyNature nature) {

    Buyer toBuyer() {
        return new Buyer(name, creditCode, regionCode, country, nature);
    }
}
