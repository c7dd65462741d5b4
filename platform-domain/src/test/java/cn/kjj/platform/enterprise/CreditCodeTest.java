package cn.kjj.platform.enterprise;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import cn.kjj.platform.common.InvalidInputException;
import java.util.ArrayList;
import java.util.List;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.NullAndEmptySource;
import org.junit.jupiter.params.provider.ValueSource;

class CreditCodeTest {

    /** The verified examples of shared/design/domain.md. */
    static final List<String> VERIFIED = List.of(
            "91350100M000100Y43", "91440300708461136T", "914403001922038216", "9144030071526726XG");

    @Test
    void acceptsTheVerifiedExamplesOfDomainMd() {
        for (String code : VERIFIED) {
            assertThat(CreditCode.isValid(code)).as(code).isTrue();
            assertThat(CreditCode.of(code).value()).isEqualTo(code);
        }
    }

    @Test
    void rebuildsEachVerifiedExampleFromItsFirstSixteenCharacters() {
        for (String code : VERIFIED) {
            assertThat(CreditCode.withCheckCharacters(code.substring(0, 16)).value()).isEqualTo(code);
        }
    }

    @Test
    void generatesValidCodesForDemoData() {
        CreditCode code = CreditCode.withCheckCharacters("9144070400000001");

        assertThat(code.value()).hasSize(18).startsWith("9144070400000001");
        assertThat(CreditCode.isValid(code.value())).isTrue();
    }

    @Test
    void refusesToCompleteSomethingThatIsNotSixteenCharactersOfTheCharset() {
        assertThatThrownBy(() -> CreditCode.withCheckCharacters("914407040000000")).isInstanceOf(IllegalArgumentException.class);
        assertThatThrownBy(() -> CreditCode.withCheckCharacters("914407040000000I")).isInstanceOf(IllegalArgumentException.class);
        assertThatThrownBy(() -> CreditCode.withCheckCharacters(null)).isInstanceOf(IllegalArgumentException.class);
    }

    @Test
    void normalisesSurroundingWhitespaceAndLowerCaseInput() {
        assertThat(CreditCode.of("  91350100m000100y43\t").value()).isEqualTo("91350100M000100Y43");
        assertThat(CreditCode.of("9144030071526726xg").value()).isEqualTo("9144030071526726XG");
    }

    @Test
    void isValidJudgesTheTextExactlyAsItWouldBeStored() {
        assertThat(CreditCode.isValid("91350100m000100y43")).isFalse();
        assertThat(CreditCode.isValid(" 91350100M000100Y43")).isFalse();
    }

    @Test
    void detectsEverySingleCharacterChangeAtEveryPosition() {
        List<String> accepted = new ArrayList<>();
        for (String code : VERIFIED) {
            for (int position = 0; position < 18; position++) {
                for (char c : CreditCode.CHARSET.toCharArray()) {
                    if (c != code.charAt(position)) {
                        String altered = code.substring(0, position) + c + code.substring(position + 1);
                        if (CreditCode.isValid(altered)) {
                            accepted.add(altered);
                        }
                    }
                }
            }
        }
        assertThat(accepted).isEmpty();
    }

    @Test
    void detectsEverySwapOfTwoDifferentAdjacentCharacters() {
        for (String code : VERIFIED) {
            for (int i = 0; i < 17; i++) {
                if (code.charAt(i) != code.charAt(i + 1)) {
                    String swapped = code.substring(0, i) + code.charAt(i + 1) + code.charAt(i) + code.substring(i + 2);
                    assertThat(CreditCode.isValid(swapped)).as(swapped).isFalse();
                }
            }
        }
    }

    @Test
    void saysTheFinalCheckIsWrongWhenTheAuthorityCategoryOrRegionChanged() {
        assertProblem("81440300708461136T", "position 18"); // registration authority
        assertProblem("92440300708461136T", "position 18"); // category
        assertProblem("91440400708461136T", "position 18"); // region code
        assertProblem("91440300708461136U", "position 18"); // the final check itself
    }

    @Test
    void saysTheOrganisationCheckIsWrongWhenTheOrganisationCodeChanged() {
        assertProblem("91440300708461146T", "position 17"); // organisation-code body
        assertProblem("91440300708461137T", "position 17"); // its check character
    }

    @ParameterizedTest
    @ValueSource(strings = {"91440300708461I36T", "91440300708461O36T", "91440300708461S36T",
            "91440300708461V36T", "91440300708461Z36T", "91440300708461136", "91440300708461136TT",
            "9144030070846113-T", "91440300708461136ｔ"})
    void saysTheFormatIsWrongForForbiddenLettersOtherCharactersAndWrongLengths(String code) {
        assertProblem(code, "18 characters");
    }

    @ParameterizedTest
    @NullAndEmptySource
    @ValueSource(strings = {"   "})
    void refusesMissingCodes(String code) {
        assertThat(CreditCode.isValid(code)).isFalse();
        assertProblem(code, "18 characters");
    }

    @Test
    void theRecordCannotHoldAnInvalidCode() {
        assertThatThrownBy(() -> new CreditCode("91440300708461136U")).isInstanceOf(InvalidInputException.class);
    }

    @Test
    void namesTheFieldTheCallerGives() {
        assertThatThrownBy(() -> CreditCode.of("x", "buyer.creditCode"))
                .isInstanceOfSatisfying(InvalidInputException.class, e ->
                        assertThat(e.errors().get(0).field()).isEqualTo("buyer.creditCode"));
    }

    private static void assertProblem(String code, String messagePart) {
        assertThatThrownBy(() -> CreditCode.of(code))
                .isInstanceOfSatisfying(InvalidInputException.class, e ->
                        assertThat(e.errors()).singleElement().satisfies(error -> {
                            assertThat(error.field()).isEqualTo("creditCode");
                            assertThat(error.code()).isEqualTo("error.creditCode.invalid");
                            assertThat(error.defaultMessage()).contains(messagePart);
                        }));
    }
}
