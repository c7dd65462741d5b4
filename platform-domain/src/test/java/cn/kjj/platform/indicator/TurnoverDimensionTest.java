package cn.kjj.platform.indicator;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import cn.kjj.platform.common.InvalidInputException;
import cn.kjj.platform.contract.PartyNature;
import org.junit.jupiter.api.Test;

class TurnoverDimensionTest {

    @Test
    void aDimensionIsReadInAnyCaseAndNoneMeansUnsplit() {
        assertThat(TurnoverDimension.parse("by", " plan_source ")).isEqualTo(TurnoverDimension.PLAN_SOURCE);
        assertThat(TurnoverDimension.parse("by", "")).isNull();
        assertThat(TurnoverDimension.parse("by", null)).isNull();
    }

    @Test
    void anUnknownDimensionIsRefusedNamingTheFieldAndListingEveryDimension() {
        assertThatThrownBy(() -> TurnoverDimension.parse("by", "REGION"))
                .isInstanceOfSatisfying(InvalidInputException.class, e ->
                        assertThat(e.errors()).singleElement().satisfies(error -> {
                            assertThat(error.field()).isEqualTo("by");
                            assertThat(error.defaultMessage()).isEqualTo("must be one of TYPE, FIELD, SELLER_NATURE, "
                                    + "BUYER_NATURE, IP_TYPE, PLAN_SOURCE, FLOW");
                        }));
    }

    @Test
    void eachDimensionListsItsGroupsInTheOrderTheTablesShowThem() {
        assertThat(TurnoverDimension.FLOW.groups()).containsExactly("WITHIN_PROVINCE", "OTHER_PROVINCE", "ABROAD");
        // every nature, then the group of imported registrations that do not state one (decision 0054)
        assertThat(TurnoverDimension.BUYER_NATURE.groups()).hasSize(PartyNature.values().length + 1)
                .endsWith("FOREIGN", "UNKNOWN");
        assertThat(TurnoverDimension.TYPE.groups()).doesNotContain("UNKNOWN");
        assertThat(TurnoverDimension.FIELD.requireGroup("group", " BIOMEDICINE ")).isEqualTo("BIOMEDICINE");
        assertThatThrownBy(() -> TurnoverDimension.FIELD.requireGroup("group", "PATENT"))
                .isInstanceOf(InvalidInputException.class);
    }
}
