package cn.kjj.platform.common;

import static org.assertj.core.api.Assertions.assertThat;

import java.io.IOException;
import java.io.InputStream;
import java.io.InputStreamReader;
import java.io.UncheckedIOException;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.text.MessageFormat;
import java.util.Properties;
import java.util.Set;
import java.util.TreeSet;
import java.util.regex.Matcher;
import java.util.regex.Pattern;
import java.util.stream.Stream;
import org.junit.jupiter.api.Test;

/**
 * Keeps the two language files of error messages in step with each other and with the codes
 * that the code base throws: a code without a message would reach clients as a bare default.
 */
class ErrorMessagesTest {

    private static final Pattern LITERAL_CODE = Pattern.compile("\"(error\\.[A-Za-z0-9_.]*[A-Za-z0-9_])\"");
    private static final Pattern NOT_FOUND_OF = Pattern.compile("NotFoundException\\.of\\(\"([A-Za-z0-9_]+)\"");
    private static final Pattern VALIDATION_KEY = Pattern.compile("message\\s*=\\s*\"\\{([A-Za-z0-9_.]+)}\"");
    private static final Pattern HAN = Pattern.compile("\\p{IsHan}");

    private final Properties chinese = load("messages/errors.properties");
    private final Properties english = load("messages/errors_en.properties");

    @Test
    void bothLanguagesHaveTheSameKeys() {
        assertThat(new TreeSet<>(english.stringPropertyNames()))
                .containsExactlyElementsOf(new TreeSet<>(chinese.stringPropertyNames()));
    }

    @Test
    void theDefaultFileIsChineseAndTheEnglishFileIsNot() {
        assertThat(chinese.stringPropertyNames()).allSatisfy(key ->
                assertThat(chinese.getProperty(key)).as(key).containsPattern(HAN));
        assertThat(english.stringPropertyNames()).allSatisfy(key ->
                assertThat(english.getProperty(key)).as(key).isNotBlank().doesNotContainPattern(HAN));
    }

    @Test
    void everyMessageFormatsWithArgumentsAndNoApostropheGetsLost() {
        Stream.of(chinese, english).forEach(messages -> messages.stringPropertyNames().forEach(key -> {
            String message = messages.getProperty(key);
            // MessageFormat (used when there are arguments) would swallow a single apostrophe
            assertThat(message).as(key).doesNotContain("'");
            assertThat(new MessageFormat(message).format(new Object[] {"a", "b", "c", "d"})).as(key).isNotBlank();
        }));
    }

    @Test
    void everyErrorCodeOfTheCodeBaseHasAMessage() throws IOException {
        Set<String> used = codesUsedIn(Path.of(".."));

        assertThat(used).as("codes found in the sources").contains("error.validation", "error.account.notFound");
        Set<String> known = new TreeSet<>(chinese.stringPropertyNames());
        // validation message keys may also live in the portal's messages files
        known.addAll(portalMessageKeys(Path.of("..")));
        assertThat(known).containsAll(used);
    }

    private static Set<String> codesUsedIn(Path root) throws IOException {
        Set<String> codes = new TreeSet<>();
        try (Stream<Path> modules = Files.list(root)) {
            for (Path module : modules.filter(p -> p.getFileName().toString().startsWith("platform-")).toList()) {
                Path sources = module.resolve("src/main/java");
                if (!Files.isDirectory(sources)) {
                    continue;
                }
                try (Stream<Path> files = Files.walk(sources)) {
                    files.filter(f -> f.toString().endsWith(".java")).forEach(f -> collect(read(f), codes));
                }
            }
        }
        return codes;
    }

    private static Set<String> portalMessageKeys(Path root) throws IOException {
        Set<String> keys = new TreeSet<>();
        try (Stream<Path> modules = Files.list(root)) {
            for (Path module : modules.filter(p -> p.getFileName().toString().startsWith("platform-")).toList()) {
                Path file = module.resolve("src/main/resources/messages/messages.properties");
                if (Files.isRegularFile(file)) {
                    Properties properties = new Properties();
                    properties.load(new java.io.StringReader(read(file)));
                    keys.addAll(properties.stringPropertyNames());
                }
            }
        }
        return keys;
    }

    private static void collect(String source, Set<String> codes) {
        Matcher literal = LITERAL_CODE.matcher(source);
        while (literal.find()) {
            codes.add(literal.group(1));
        }
        Matcher notFound = NOT_FOUND_OF.matcher(source);
        while (notFound.find()) {
            codes.add("error." + notFound.group(1) + ".notFound");
        }
        Matcher validation = VALIDATION_KEY.matcher(source);
        while (validation.find()) {
            if (!validation.group(1).startsWith("jakarta.")) {
                codes.add(validation.group(1));
            }
        }
    }

    private static String read(Path file) {
        try {
            return Files.readString(file, StandardCharsets.UTF_8);
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        }
    }

    private static Properties load(String resource) {
        Properties properties = new Properties();
        try (InputStream in = ErrorMessagesTest.class.getClassLoader().getResourceAsStream(resource)) {
            assertThat(in).as(resource).isNotNull();
            properties.load(new InputStreamReader(in, StandardCharsets.UTF_8));
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        }
        return properties;
    }
}
