package cn.kjj.platform.contract;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import org.junit.jupiter.api.Test;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.ValueSource;

class RegistrationNumberTest {

    @Test
    void writesYearRegionAndZeroPaddedSerial() {
        assertThat(new RegistrationNumber(2023, "440704", 123).value()).isEqualTo("2023440704000123");
        assertThat(new RegistrationNumber(2024, "440703", 1)).hasToString("2024440703000001");
        assertThat(new RegistrationNumber(2024, "440703", 999_999).value()).isEqualTo("2024440703999999");
    }

    @Test
    void readsANumberBack() {
        RegistrationNumber number = RegistrationNumber.parse("2023440704000123");

        assertThat(number).isEqualTo(new RegistrationNumber(2023, "440704", 123));
    }

    @Test
    void aSerialOutsideOneToNineHundredNinetyNineThousandIsABrokenCounter() {
        assertThatThrownBy(() -> new RegistrationNumber(2023, "440704", 0)).isInstanceOf(IllegalStateException.class);
        assertThatThrownBy(() -> new RegistrationNumber(2023, "440704", 1_000_000)).isInstanceOf(IllegalStateException.class);
    }

    @Test
    void refusesAMalformedRegionOrYear() {
        assertThatThrownBy(() -> new RegistrationNumber(2023, "44070", 1)).isInstanceOf(IllegalArgumentException.class);
        assertThatThrownBy(() -> new RegistrationNumber(2023, null, 1)).isInstanceOf(IllegalArgumentException.class);
        assertThatThrownBy(() -> new RegistrationNumber(123, "440704", 1)).isInstanceOf(IllegalArgumentException.class);
    }

    @ParameterizedTest
    @ValueSource(strings = {"", "202344070400012", "20234407040001234", "2023440704000000", "2023-440704-0001",
            "0000440704000001", "2023 440704 00012"})
    void refusesToParseWhatIsNotARegistrationNumber(String text) {
        assertThatThrownBy(() -> RegistrationNumber.parse(text)).isInstanceOf(IllegalArgumentException.class);
    }
}
