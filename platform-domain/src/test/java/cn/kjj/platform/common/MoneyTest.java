package cn.kjj.platform.common;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import java.math.BigDecimal;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.ValueSource;

class MoneyTest {

    @ParameterizedTest
    @ValueSource(strings = {"2", "1.5", "1.50", "1.500", "0.01", "-3.25", "0", "1E+3"})
    void acceptsAmountsWithAtMostTwoSignificantDecimalsAndReturnsThemWithScaleTwo(String text) {
        BigDecimal yuan = Money.requireYuan(new BigDecimal(text), "amount");

        assertThat(yuan.scale()).isEqualTo(2);
        assertThat(yuan).isEqualByComparingTo(text);
    }

    @ParameterizedTest
    @ValueSource(strings = {"1.005", "0.001", "1.555", "12345.6789"})
    void refusesMoreThanTwoDecimalsInsteadOfRounding(String text) {
        assertThatThrownBy(() -> Money.requireYuan(new BigDecimal(text), "contractAmount"))
                .isInstanceOfSatisfying(InvalidInputException.class, e -> {
                    assertThat(e.errors()).singleElement().satisfies(error -> {
                        assertThat(error.field()).isEqualTo("contractAmount");
                        assertThat(error.code()).isEqualTo("error.money.scale");
                        assertThat(error.defaultMessage()).contains(text);
                    });
                });
    }

    @Test
    void acceptsTheLargestAmountThatNumeric18Comma2Holds() {
        assertThat(Money.requireYuan(new BigDecimal("9999999999999999.99"), "amount"))
                .isEqualByComparingTo("9999999999999999.99");
        assertThat(Money.requireYuan(new BigDecimal("-9999999999999999.99"), "amount"))
                .isEqualByComparingTo("-9999999999999999.99");
    }

    @ParameterizedTest
    @ValueSource(strings = {"10000000000000000", "10000000000000000.00", "1E+16", "-10000000000000000"})
    void refusesAmountsWithMoreThanSixteenIntegerDigits(String text) {
        assertThatThrownBy(() -> Money.requireYuan(new BigDecimal(text), "revenue"))
                .isInstanceOfSatisfying(InvalidInputException.class, e ->
                        assertThat(e.errors()).singleElement().satisfies(error -> {
                            assertThat(error.field()).isEqualTo("revenue");
                            assertThat(error.code()).isEqualTo("error.money.tooLarge");
                        }));
    }

    @Test
    void leavesAMissingOptionalAmountMissing() {
        assertThat(Money.requireYuan(null, "revenue")).isNull();
        assertThat(Money.requireNonNegative(null, "revenue")).isNull();
    }

    @ParameterizedTest
    @ValueSource(strings = {"0", "0.00", "-0.01", "-5"})
    void requirePositiveRefusesZeroAndNegativeAmounts(String text) {
        assertThatThrownBy(() -> Money.requirePositive(new BigDecimal(text), "contractAmount"))
                .isInstanceOfSatisfying(InvalidInputException.class, e ->
                        assertThat(e.errors()).singleElement().satisfies(error -> {
                            assertThat(error.field()).isEqualTo("contractAmount");
                            assertThat(error.code()).isEqualTo("error.money.notPositive");
                        }));
    }

    @Test
    void requirePositiveSaysAMissingAmountIsRequired() {
        assertThatThrownBy(() -> Money.requirePositive(null, "contractAmount"))
                .isInstanceOfSatisfying(InvalidInputException.class, e ->
                        assertThat(e.errors().get(0).code()).isEqualTo("error.field.required"));
    }

    @Test
    void requirePositiveAcceptsOneFen() {
        assertThat(Money.requirePositive(new BigDecimal("0.01"), "amount")).isEqualByComparingTo("0.01");
    }

    @Test
    void requirePositiveStillChecksTheDecimals() {
        assertThatThrownBy(() -> Money.requirePositive(new BigDecimal("1.005"), "amount"))
                .isInstanceOfSatisfying(InvalidInputException.class, e ->
                        assertThat(e.errors().get(0).code()).isEqualTo("error.money.scale"));
    }

    @Test
    void requireNonNegativeAcceptsZeroButNotLess() {
        assertThat(Money.requireNonNegative(BigDecimal.ZERO, "revenue")).isEqualByComparingTo("0.00");
        assertThatThrownBy(() -> Money.requireNonNegative(new BigDecimal("-0.01"), "revenue"))
                .isInstanceOfSatisfying(InvalidInputException.class, e ->
                        assertThat(e.errors().get(0).code()).isEqualTo("error.money.negative"));
    }
}
