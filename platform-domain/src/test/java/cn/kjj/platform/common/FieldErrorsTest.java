package cn.kjj.platform.common;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import cn.kjj.platform.common.InvalidInputException.FieldError;
import java.math.BigDecimal;
import org.junit.jupiter.api.Test;

class FieldErrorsTest {

    @Test
    void reportsEveryBrokenRuleInOneException() {
        FieldErrors errors = new FieldErrors();
        errors.text("name", "  ", 10, true);
        errors.text("title", "eleven chars", 10, true);
        errors.check(() -> Money.requireYuan(new BigDecimal("1.001"), "amount"));

        assertThatThrownBy(errors::throwIfAny)
                .isInstanceOfSatisfying(InvalidInputException.class, e -> assertThat(e.errors()).containsExactly(
                        new FieldError("name", "error.field.required", "is required"),
                        new FieldError("title", "error.field.tooLong", "must be at most 10 characters"),
                        new FieldError("amount", "error.money.scale", "must have at most 2 decimals, got 1.001")));
    }

    @Test
    void stripsTextAndLetsOptionalTextBeMissing() {
        FieldErrors errors = new FieldErrors();

        assertThat(errors.text("name", "  江海  ", 10, true)).isEqualTo("江海");
        assertThat(errors.text("industry", " ", 10, false)).isNull();
        assertThat(errors.isEmpty()).isTrue();
    }

    enum Colour { RED, GREEN }

    @Test
    void readsAConstantByItsCodeAndNamesAMissingOrUnknownOne() {
        FieldErrors errors = new FieldErrors();

        assertThat(errors.constant("colour", Colour.class, " GREEN ", true, "error.colour.unknown")).isEqualTo(Colour.GREEN);
        assertThat(errors.constant("tint", Colour.class, "", false, "error.colour.unknown")).isNull();
        assertThat(errors.isEmpty()).isTrue();
        assertThat(errors.constant("colour", Colour.class, "green", true, "error.colour.unknown")).isNull();
        assertThat(errors.constant("shade", Colour.class, null, true, "error.colour.unknown")).isNull();

        assertThatThrownBy(errors::throwIfAny)
                .isInstanceOfSatisfying(InvalidInputException.class, e -> assertThat(e.errors()).containsExactly(
                        new FieldError("colour", "error.colour.unknown", "must be one of [RED, GREEN]"),
                        new FieldError("shade", "error.field.required", "is required")));
    }

    @Test
    void throwsNothingWhenAllIsWell() {
        FieldErrors errors = new FieldErrors();
        assertThat(errors.check(() -> Money.requireYuan(BigDecimal.ONE, "amount"))).isEqualByComparingTo("1.00");
        errors.throwIfAny();
    }
}
