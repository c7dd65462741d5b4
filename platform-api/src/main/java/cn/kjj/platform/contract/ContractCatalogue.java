package cn.kjj.platform.contract;

import cn.kjj.platform.common.Named;
import io.swagger.v3.oas.annotations.media.Schema;
import java.util.Arrays;
import java.util.List;

/** The codes a contract form offers, with their Chinese and English names. */
@Schema(description = "Contract types with their subtypes, technology fields, statuses, the registration form's "
        + "codes (IP types, plan sources, payment methods, party natures) and the grounds of refusal and return")
public record ContractCatalogue(List<TypeEntry> types, List<Entry> technologyFields, List<Entry> statuses,
                                List<Entry> ipTypes, List<Entry> planSources, List<Entry> paymentMethods,
                                @Schema(description = "Natures of a buyer (and of a registered organisation, "
                                        + "without INDIVIDUAL and FOREIGN)") List<Entry> partyNatures,
                                @Schema(description = "Grounds of a refusal (不予登记) or a return (补正)")
                                List<Entry> refusalReasons) {

    /** One code and its names. */
    @Schema(name = "ContractCatalogueEntry")
    public record Entry(@Schema(example = "ELECTRONIC_INFORMATION") String code,
                        @Schema(example = "电子信息") String nameZh,
                        @Schema(example = "Electronic information") String nameEn) {
    }

    /** A contract type and the subtypes it admits (none for consulting). */
    @Schema(name = "ContractCatalogueType")
    public record TypeEntry(@Schema(example = "TECHNOLOGY_DEVELOPMENT") String code,
                            @Schema(example = "技术开发") String nameZh,
                            @Schema(example = "Technology development") String nameEn,
                            List<Entry> subtypes) {
    }

    static <E extends Enum<E> & Named> List<Entry> entries(E[] values) {
        return Arrays.stream(values).map(v -> new Entry(v.name(), v.nameZh(), v.nameEn())).toList();
    }

    static final ContractCatalogue INSTANCE = new ContractCatalogue(
            Arrays.stream(ContractType.values())
                    .map(t -> new TypeEntry(t.name(), t.nameZh(), t.nameEn(), t.allowedSubtypes().stream()
                            .map(s -> new Entry(s.name(), s.nameZh(), s.nameEn())).toList()))
                    .toList(),
            entries(TechnologyField.values()), entries(ContractStatus.values()), entries(IpType.values()),
            entries(PlanSource.values()), entries(PaymentMethod.values()), entries(PartyNature.values()),
            entries(RefusalReason.values()));
}
