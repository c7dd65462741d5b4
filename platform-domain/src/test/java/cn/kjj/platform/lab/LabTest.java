package cn.kjj.platform.lab;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import cn.kjj.platform.common.InvalidInputException;
import cn.kjj.platform.region.RecognitionLevel;
import java.time.Instant;
import org.junit.jupiter.api.Test;

class LabTest {

    private static final Instant NOW = Instant.parse("2023-03-01T08:00:00Z");

    @Test
    void aLabHostedByAnEnterpriseNeedsNoInstitution() {
        Lab lab = new Lab(new LabDetails("江门市智能装备重点实验室", LabKind.KEY_LABORATORY, RecognitionLevel.MUNICIPAL,
                "440704", 5L, "  ", null), NOW);

        assertThat(lab.getHostEnterpriseId()).isEqualTo(5L);
        assertThat(lab.getHostInstitution()).isNull();
    }

    @Test
    void aLabHostedByAnInstitutionNeedsNoEnterprise() {
        Lab lab = new Lab(new LabDetails("五邑大学工程技术研究中心", LabKind.ENGINEERING_TECHNOLOGY_CENTER,
                RecognitionLevel.PROVINCIAL, "440703", null, " 五邑大学 ", null), NOW);

        assertThat(lab.getHostInstitution()).isEqualTo("五邑大学");
    }

    @Test
    void aLabWithoutAnyHostIsRefused() {
        assertThatThrownBy(() -> new Lab(new LabDetails("x", LabKind.NEW_RD_INSTITUTION, RecognitionLevel.DISTRICT,
                "440704", null, null, null), NOW))
                .isInstanceOfSatisfying(InvalidInputException.class, e -> assertThat(e.errors())
                        .extracting(InvalidInputException.FieldError::code)
                        .containsExactly("error.lab.hostRequired"));
    }

    @Test
    void everyKindHasAChineseAndAnEnglishName() {
        for (LabKind kind : LabKind.values()) {
            assertThat(kind.nameZh()).isNotBlank();
            assertThat(kind.nameEn()).isNotBlank();
        }
        assertThat(LabKind.ACADEMICIAN_WORKSTATION.nameZh()).isEqualTo("院士工作站");
        assertThat(RecognitionLevel.NATIONAL.nameZh()).isEqualTo("国家级");
    }
}
