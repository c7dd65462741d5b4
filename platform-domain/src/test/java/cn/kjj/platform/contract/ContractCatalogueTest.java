package cn.kjj.platform.contract;

import static cn.kjj.platform.contract.ContractSubtype.*;
import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import cn.kjj.platform.common.InvalidInputException;
import java.util.Arrays;
import org.junit.jupiter.api.Test;

class ContractCatalogueTest {

    @Test
    void eachTypeAdmitsTheSubtypesOfApiMd() {
        assertThat(ContractType.TECHNOLOGY_DEVELOPMENT.allowedSubtypes()).containsExactlyInAnyOrder(COMMISSIONED, COOPERATIVE);
        assertThat(ContractType.TECHNOLOGY_TRANSFER.allowedSubtypes()).containsExactlyInAnyOrder(
                PATENT, PATENT_APPLICATION, TECHNICAL_SECRET, SOFTWARE_COPYRIGHT, IC_LAYOUT, PLANT_VARIETY, OTHER);
        assertThat(ContractType.TECHNOLOGY_LICENSING.allowedSubtypes()).containsExactlyInAnyOrder(PATENT, TECHNICAL_SECRET, OTHER);
        assertThat(ContractType.TECHNICAL_SERVICE.allowedSubtypes()).containsExactlyInAnyOrder(GENERAL, TRAINING, INTERMEDIARY);
        assertThat(ContractType.TECHNICAL_CONSULTING.allowedSubtypes()).isEmpty();
    }

    @Test
    void everySubtypeBelongsToSomeType() {
        for (ContractSubtype subtype : ContractSubtype.values()) {
            assertThat(Arrays.stream(ContractType.values()).anyMatch(t -> t.admits(subtype))).as(subtype.name()).isTrue();
        }
    }

    @Test
    void consultingTakesNoSubtypeAndTheOthersNeedOne() {
        assertThat(ContractType.TECHNICAL_CONSULTING.admits(null)).isTrue();
        assertThat(ContractType.TECHNICAL_CONSULTING.admits(GENERAL)).isFalse();
        assertThat(ContractType.TECHNOLOGY_DEVELOPMENT.admits(null)).isFalse();
        assertThat(ContractType.TECHNOLOGY_LICENSING.admits(PATENT_APPLICATION)).isFalse();
    }

    @Test
    void saysWhichSubtypeIsWrongOrMissing() {
        assertThatThrownBy(() -> ContractType.TECHNOLOGY_DEVELOPMENT.requireSubtype(PATENT))
                .isInstanceOfSatisfying(InvalidInputException.class, e -> assertThat(e.errors()).singleElement()
                        .satisfies(error -> {
                            assertThat(error.field()).isEqualTo("subtype");
                            assertThat(error.code()).isEqualTo("error.contract.subtype.invalid");
                            assertThat(error.defaultMessage()).contains("PATENT", "TECHNOLOGY_DEVELOPMENT");
                        }));
        assertThatThrownBy(() -> ContractType.TECHNICAL_SERVICE.requireSubtype(null))
                .isInstanceOfSatisfying(InvalidInputException.class, e ->
                        assertThat(e.errors().get(0).code()).isEqualTo("error.contract.subtype.required"));
        assertThatThrownBy(() -> ContractType.TECHNICAL_CONSULTING.requireSubtype(OTHER))
                .isInstanceOfSatisfying(InvalidInputException.class, e ->
                        assertThat(e.errors().get(0).defaultMessage()).contains("takes no subtype"));
    }

    @Test
    void everyEntryOfTheCatalogueHasAChineseAndAnEnglishName() {
        assertThat(ContractType.TECHNOLOGY_DEVELOPMENT.nameZh()).isEqualTo("技术开发");
        assertThat(ContractType.TECHNOLOGY_TRANSFER.nameZh()).isEqualTo("技术转让");
        assertThat(ContractType.TECHNOLOGY_LICENSING.nameZh()).isEqualTo("技术许可");
        assertThat(ContractType.TECHNICAL_CONSULTING.nameZh()).isEqualTo("技术咨询");
        assertThat(ContractType.TECHNICAL_SERVICE.nameZh()).isEqualTo("技术服务");
        assertThat(TechnologyField.NEW_ENERGY.nameZh()).isEqualTo("新能源与高效节能");
        assertThat(TechnologyField.NUCLEAR_APPLICATIONS.nameZh()).isEqualTo("核应用技术");
        for (ContractType t : ContractType.values()) {
            assertThat(t.nameEn()).isNotBlank();
        }
        for (ContractSubtype s : ContractSubtype.values()) {
            assertThat(s.nameZh()).isNotBlank();
            assertThat(s.nameEn()).isNotBlank();
        }
        for (TechnologyField f : TechnologyField.values()) {
            assertThat(f.nameZh()).isNotBlank();
            assertThat(f.nameEn()).isNotBlank();
        }
        for (ContractStatus s : ContractStatus.values()) {
            assertThat(s.nameZh()).isNotBlank();
            assertThat(s.nameEn()).isNotBlank();
        }
    }
}
