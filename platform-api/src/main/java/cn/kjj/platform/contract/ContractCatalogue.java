package cn.kjj.platform.contract;

import io.swagger.v3.oas.annotations.media.Schema;
import java.util.Arrays;
import java.util.List;

/** The codes a contract form offers, with their Chinese and English names. */
@Schema(description = "Contract types with their subtypes, technology fields and statuses")
public record ContractCatalogue(List<TypeEntry> types, List<Entry> technologyFields, List<Entry> statuses) {

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

    static final ContractCatalogue INSTANCE = new ContractCatalogue(
            Arrays.stream(ContractType.values())
                    .map(t -> new TypeEntry(t.name(), t.nameZh(), t.nameEn(), t.allowedSubtypes().stream()
                            .map(s -> new Entry(s.name(), s.nameZh(), s.nameEn())).toList()))
                    .toList(),
            Arrays.stream(TechnologyField.values()).map(f -> new Entry(f.name(), f.nameZh(), f.nameEn())).toList(),
            Arrays.stream(ContractStatus.values()).map(s -> new Entry(s.name(), s.nameZh(), s.nameEn())).toList());
}
