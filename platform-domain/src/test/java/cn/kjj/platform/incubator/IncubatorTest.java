package cn.kjj.platform.incubator;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import cn.kjj.platform.common.InvalidInputException;
import cn.kjj.platform.region.RecognitionLevel;
import java.math.BigDecimal;
import java.time.Instant;
import java.time.LocalDate;
import org.junit.jupiter.api.Test;

class IncubatorTest {

    private static final Instant NOW = Instant.parse("2023-03-01T08:00:00Z");

    @Test
    void anIncubatorKeepsItsNormalisedDetails() {
        Incubator incubator = new Incubator(new IncubatorDetails(" 江海区科技企业孵化器 ", IncubatorKind.INCUBATOR,
                RecognitionLevel.NATIONAL, "440704", " 江门市高新区管委会 ", new BigDecimal("120000.5"), 85, 12,
                LocalDate.of(2019, 12, 1)), NOW);

        assertThat(incubator.getName()).isEqualTo("江海区科技企业孵化器");
        assertThat(incubator.getOperator()).isEqualTo("江门市高新区管委会");
        assertThat(incubator.getAreaSqm()).isEqualTo(new BigDecimal("120000.50"));
        assertThat(incubator.getCreatedAt()).isEqualTo(NOW);
        assertThat(incubator.getUpdatedAt()).isEqualTo(NOW);
    }

    @Test
    void anUpdateReplacesTheDetailsAndMovesUpdatedAt() {
        Incubator incubator = new Incubator(new IncubatorDetails("A", IncubatorKind.MAKERSPACE,
                RecognitionLevel.DISTRICT, "440704", null, null, null, null, null), NOW);
        Instant later = NOW.plusSeconds(3600);

        incubator.update(new IncubatorDetails("B", IncubatorKind.ACCELERATOR, RecognitionLevel.PROVINCIAL, "440703",
                null, BigDecimal.TEN, 3, 0, null), later);

        assertThat(incubator.getDetails()).isEqualTo(new IncubatorDetails("B", IncubatorKind.ACCELERATOR,
                RecognitionLevel.PROVINCIAL, "440703", null, new BigDecimal("10.00"), 3, 0, null));
        assertThat(incubator.getCreatedAt()).isEqualTo(NOW);
        assertThat(incubator.getUpdatedAt()).isEqualTo(later);
    }

    @Test
    void detailsListEveryBrokenFieldAtOnce() {
        IncubatorDetails details = new IncubatorDetails("", null, null, "44070A", null, new BigDecimal("-1"), -1, -2,
                null);

        assertThatThrownBy(details::validated)
                .isInstanceOfSatisfying(InvalidInputException.class, e -> assertThat(e.errors())
                        .extracting(InvalidInputException.FieldError::field)
                        .containsExactly("name", "kind", "level", "regionCode", "areaSqm", "tenantCount",
                                "graduatedCount"));
    }

    @Test
    void anAreaWithMoreThanTwoDecimalsOrTooManyDigitsIsRefused() {
        assertThatThrownBy(() -> details(new BigDecimal("1.001")).validated())
                .isInstanceOf(InvalidInputException.class);
        assertThatThrownBy(() -> details(new BigDecimal("12345678901")).validated())
                .isInstanceOf(InvalidInputException.class);
        assertThat(details(new BigDecimal("9999999999.99")).validated().areaSqm())
                .isEqualTo(new BigDecimal("9999999999.99"));
    }

    private static IncubatorDetails details(BigDecimal area) {
        return new IncubatorDetails("A", IncubatorKind.INCUBATOR, RecognitionLevel.MUNICIPAL, "440704", null, area,
                null, null, null);
    }
}
