package cn.kjj.platform.contract;

import io.swagger.v3.oas.annotations.Parameter;
import java.time.LocalDate;
import java.util.List;
import java.util.Objects;
import java.util.Set;
import java.util.stream.Collectors;
import org.springframework.format.annotation.DateTimeFormat;

/**
 * The filters of {@code GET /api/v1/contracts}, every one optional. They narrow the caller's
 * scope (own enterprise, own region) and can never widen it.
 */
public record ContractListParameters(
        @Parameter(description = "Only these statuses: repeated or comma-separated, e.g. SUBMITTED,PENDING_SECOND_REVIEW")
        List<ContractStatus> status,
        @Parameter(description = "Only this kind of contract") ContractType type,
        @Parameter(description = "Registering region (the seller's district) or a region above it", example = "440704")
        String region,
        @Parameter(description = "Signed on or after", example = "2023-01-01")
        @DateTimeFormat(iso = DateTimeFormat.ISO.DATE) LocalDate signedFrom,
        @Parameter(description = "Signed on or before", example = "2023-12-31")
        @DateTimeFormat(iso = DateTimeFormat.ISO.DATE) LocalDate signedTo,
        @Parameter(description = "Registered on or after", example = "2023-01-01")
        @DateTimeFormat(iso = DateTimeFormat.ISO.DATE) LocalDate registeredFrom,
        @Parameter(description = "Registered on or before", example = "2023-12-31")
        @DateTimeFormat(iso = DateTimeFormat.ISO.DATE) LocalDate registeredTo,
        @Parameter(description = "Text in the title, the buyer's or the seller's name, or a registration number")
        String q,
        @Parameter(description = "true: awaiting a decision past the due date; false: all others") Boolean overdue,
        @Parameter(description = "Only this seller (enterprise id)") Long sellerId,
        @Parameter(description = "Only contracts returned or refused on this ground (refusalReasons of the catalogue)")
        RefusalReason reasonCode,
        @Parameter(description = "true: registered contracts exempt from VAT (taxRelief.vatExempt); false: all others")
        Boolean vatExempt,
        @Parameter(description = "Only contracts filed by the SELLER, or by the BUYER (technology import and development "
                + "commissioned abroad, registered by the domestic buyer)")
        FilerRole filerRole) {

    public static final int MAX_QUERY_LENGTH = 200;

    ContractFilter toFilter() {
        String text = q == null || q.isBlank() ? null : q.strip();
        Set<ContractStatus> statuses = status == null ? Set.of()
                : status.stream().filter(Objects::nonNull).collect(Collectors.toSet());
        return new ContractFilter(statuses, type, region == null || region.isBlank() ? null : region.strip(), sellerId,
                signedFrom, signedTo, registeredFrom, registeredTo, text, overdue, reasonCode, vatExempt, filerRole);
    }
}
