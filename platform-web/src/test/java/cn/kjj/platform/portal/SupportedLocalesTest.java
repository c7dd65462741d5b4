package cn.kjj.platform.portal;

import static org.assertj.core.api.Assertions.assertThat;

import java.util.List;
import java.util.Locale;
import org.junit.jupiter.api.Test;

class SupportedLocalesTest {

    @Test
    void anyEnglishIsEnglishAndEverythingElseIsSimplifiedChinese() {
        assertThat(SupportedLocales.closestTo(Locale.US)).isEqualTo(Locale.ENGLISH);
        assertThat(SupportedLocales.closestTo(Locale.ENGLISH)).isEqualTo(Locale.ENGLISH);
        assertThat(SupportedLocales.closestTo(Locale.TRADITIONAL_CHINESE)).isEqualTo(Locale.SIMPLIFIED_CHINESE);
        assertThat(SupportedLocales.closestTo(Locale.FRENCH)).isEqualTo(Locale.SIMPLIFIED_CHINESE);
        assertThat(SupportedLocales.closestTo(null)).isEqualTo(Locale.SIMPLIFIED_CHINESE);
    }

    @Test
    void theFirstPreferredLanguageThatThePortalSpeaksWins() {
        assertThat(SupportedLocales.firstSupported(List.of(Locale.FRENCH, Locale.UK, Locale.CHINA)))
                .isEqualTo(Locale.ENGLISH);
        assertThat(SupportedLocales.firstSupported(List.of(Locale.GERMAN))).isEqualTo(Locale.SIMPLIFIED_CHINESE);
    }
}
