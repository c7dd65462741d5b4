package cn.kjj.platform.contract;

import cn.kjj.platform.identity.AccountPrincipal;
import io.swagger.v3.oas.annotations.Operation;
import io.swagger.v3.oas.annotations.Parameter;
import io.swagger.v3.oas.annotations.media.Schema;
import io.swagger.v3.oas.annotations.responses.ApiResponse;
import io.swagger.v3.oas.annotations.tags.Tag;
import org.springframework.security.core.annotation.AuthenticationPrincipal;
import org.springframework.web.bind.annotation.GetMapping;
import org.springframework.web.bind.annotation.PutMapping;
import org.springframework.web.bind.annotation.RequestBody;
import org.springframework.web.bind.annotation.RequestMapping;
import org.springframework.web.bind.annotation.RequestParam;
import org.springframework.web.bind.annotation.RestController;

/**
 * The rule profile of a registering office: every signed-in caller reads it, ADMIN chooses it (see
 * {@code ApiSecurityConfiguration#rules}). Contracts keep the profile they were submitted under.
 */
@RestController
@RequestMapping("/api/v1/contracts/rules")
@Tag(name = "Technology contracts")
record ContractRulesController(ContractRules rules) {

    /** The body of {@code PUT /api/v1/contracts/rules}. */
    @Schema(name = "ContractRulesRequest")
    record ProfileRequest(@Schema(description = "The named profile", allowableValues = {"DEFAULT", "MEASURES_2000",
            "DRAFT_2024"}, requiredMode = Schema.RequiredMode.REQUIRED) String profile) {
    }

    @GetMapping
    @Operation(operationId = "getContractRules", summary = "The rule profile of a registering office",
            description = "reviewDays (largeReviewDays for a large contract) counted in working days of the calendar "
                    + "or in calendar days (dayKind); a contract is large from largeThreshold yuan of the amount "
                    + "largeBasis names, and then needs a second official. An office that chose none works under "
                    + "DEFAULT. Any signed-in caller.")
    ContractRules.Rules get(@Parameter(description = "The office's region code", example = "440704")
                            @RequestParam(required = false) String region) {
        return rules.rules(region);
    }

    @PutMapping
    @Operation(operationId = "putContractRules", summary = "Choose the rule profile of a registering office (ADMIN)",
            description = "DEFAULT: 15/30 working days, large from 5,000,000 yuan of contract amount; MEASURES_2000: "
                    + "30 calendar days; DRAFT_2024: 15/30 working days, large from 5,000,000 yuan of technology "
                    + "transaction amount. Applies to later submissions; contracts already submitted keep theirs. "
                    + "Audited.")
    @ApiResponse(responseCode = "400", description = "An unknown region or profile; nothing is changed")
    ContractRules.Rules put(@AuthenticationPrincipal AccountPrincipal me,
                            @Parameter(example = "440704") @RequestParam(required = false) String region,
                            @RequestBody ProfileRequest request) {
        return rules.choose(me, region, request.profile());
    }
}
