package cn.kjj.platform.portal;

import static org.assertj.core.api.Assertions.assertThat;

import java.io.IOException;
import java.io.InputStream;
import java.io.InputStreamReader;
import java.nio.charset.StandardCharsets;
import java.util.Map;
import java.util.Properties;
import java.util.TreeMap;
import org.junit.jupiter.api.Assumptions;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.ValueSource;

/** Every text exists in Chinese and in English, and none is empty. */
class MessagesFilesTest {

    @ParameterizedTest(name = "{0}")
    @ValueSource(strings = {"messages/messages", "messages/errors", "messages/reports"})
    void theChineseAndEnglishFilesHaveTheSameKeysAndNoEmptyValue(String basename) throws IOException {
        Map<String, String> chinese = load(basename + ".properties");
        Map<String, String> english = load(basename + "_en.properties");
        Assumptions.assumeTrue(chinese != null || english != null, basename + " is not on the classpath yet");
        assertThat(chinese).as(basename + ".properties").isNotNull();
        assertThat(english).as(basename + "_en.properties").isNotNull();

        assertThat(english.keySet()).as("keys of %s_en vs %s", basename, basename)
                .containsExactlyInAnyOrderElementsOf(chinese.keySet());
        assertThat(chinese).as("empty values in %s", basename).allSatisfy((key, value) -> assertThat(value).isNotBlank());
        assertThat(english).as("empty values in %s_en", basename).allSatisfy((key, value) -> assertThat(value).isNotBlank());
    }

    private static Map<String, String> load(String resource) throws IOException {
        try (InputStream in = MessagesFilesTest.class.getClassLoader().getResourceAsStream(resource)) {
            if (in == null) {
                return null;
            }
            Properties properties = new Properties();
            properties.load(new InputStreamReader(in, StandardCharsets.UTF_8));
            Map<String, String> result = new TreeMap<>();
            properties.forEach((key, value) -> result.put((String) key, (String) value));
            return result;
        }
    }
}
