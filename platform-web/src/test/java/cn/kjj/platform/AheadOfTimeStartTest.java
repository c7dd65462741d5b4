package cn.kjj.platform;

import static org.assertj.core.api.Assertions.assertThat;

import com.tngtech.archunit.core.domain.JavaAnnotation;
import com.tngtech.archunit.core.domain.JavaClass;
import com.tngtech.archunit.core.domain.JavaClasses;
import com.tngtech.archunit.core.importer.ClassFileImporter;
import com.tngtech.archunit.core.importer.ImportOption;
import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.Set;
import java.util.TreeSet;
import java.util.regex.Matcher;
import java.util.regex.Pattern;
import java.util.stream.Stream;
import org.junit.jupiter.api.Test;
import org.springframework.mock.env.MockEnvironment;

/**
 * The ahead-of-time context is used only where it is the context the settings ask for (decision 0071): a start with
 * an external database, a replica, the caches off or a profile runs the classic way, and no condition of the
 * platform reads a setting that the choice does not look at.
 */
class AheadOfTimeStartTest {

    /** Conditions of the platform's own that read settings, and the settings they read. */
    private static final Map<String, List<String>> OWN_CONDITIONS = Map.of(
            "cn.kjj.platform.database.NoDataSourceUrlCondition",
            List.of("spring.datasource.url", "platform.embedded-db.enabled"));

    private static final Pattern PLACEHOLDER = Pattern.compile("\\$\\{([^:}]+)");

    @Test
    void theDefaultsKeepTheProcessedContext() {
        assertThat(AheadOfTimeStart.differing(new MockEnvironment())).isEmpty();
        assertThat(AheadOfTimeStart.differing(new MockEnvironment()
                .withProperty("platform.indicators.cache.enabled", "true")
                .withProperty("platform.embedded-db.enabled", "TRUE")
                .withProperty("platform.data-dir", "/srv/platform")   // where, not which beans
                .withProperty("server.port", "9090"))).isEmpty();
    }

    @Test
    void settingsThatMakeOtherBeansStartTheClassicWay() {
        MockEnvironment external = new MockEnvironment()
                .withProperty("spring.datasource.url", "jdbc:postgresql://db:5432/platform?password=secret");
        assertThat(AheadOfTimeStart.differing(external)).containsExactly("spring.datasource.url");
        assertThat(AheadOfTimeStart.differing(new MockEnvironment()
                .withProperty("platform.datasource.replica.url", "jdbc:postgresql://replica/platform")
                .withProperty("platform.indicators.cache.enabled", "false")
                .withProperty("platform.audit.verify", "true")
                .withProperty("spring.profiles.active", "ops")))
                .containsExactlyInAnyOrder("platform.datasource.replica.url", "platform.indicators.cache.enabled",
                        "platform.audit.verify", "spring.profiles.active");
        assertThat(AheadOfTimeStart.differing(new MockEnvironment()
                .withProperty("platform.embedded-db.enabled", "false"))).containsExactly("platform.embedded-db.enabled");
    }

    @Test
    void everySettingAConditionOfThePlatformReadsDecidesTheStart() {
        JavaClasses classes = new ClassFileImporter()
                .withImportOption(ImportOption.Predefined.DO_NOT_INCLUDE_TESTS)
                .withImportOption(location -> !location.contains("__"))   // the build's generated AOT classes
                .importPackages("cn.kjj.platform");
        Set<String> read = new TreeSet<>();
        List<String> conditioned = new ArrayList<>();
        for (JavaClass type : classes) {
            Stream.concat(type.getAnnotations().stream(), type.getMethods().stream()
                            .flatMap(method -> method.getAnnotations().stream()))
                    .forEach(annotation -> {
                        List<String> names = settingsRead(annotation);
                        if (!names.isEmpty()) {
                            read.addAll(names);
                            conditioned.add(type.getSimpleName());
                        }
                    });
        }
        // the search guards the guard: the conditions known today are found
        assertThat(conditioned).contains("EmbeddedPostgresAutoConfiguration", "ReadReplicaAutoConfiguration",
                "IndicatorCacheConfiguration", "SearchCacheConfiguration", "DataChangeListener",
                "AuditChainVerification");
        assertThat(AheadOfTimeStart.DECIDING.keySet())
                .as("a condition reads a setting that AheadOfTimeStart.DECIDING does not list: add it there")
                .containsAll(read);
    }

    private static List<String> settingsRead(JavaAnnotation<?> annotation) {
        String type = annotation.getRawType().getName();
        String conditions = "org.springframework.boot.autoconfigure.condition.";
        List<String> names = new ArrayList<>();
        if (type.equals(conditions + "ConditionalOnProperty") || type.equals(conditions + "ConditionalOnBooleanProperty")) {
            String prefix = (String) annotation.get("prefix").orElse("");
            for (String attribute : List.of("name", "value")) {
                for (String name : strings(annotation.get(attribute))) {
                    names.add(prefix.isEmpty() ? name : prefix + "." + name);
                }
            }
        } else if (type.equals(conditions + "ConditionalOnExpression")) {
            Matcher placeholders = PLACEHOLDER.matcher((String) annotation.get("value").orElseThrow());
            while (placeholders.find()) {
                names.add(placeholders.group(1));
            }
        } else if (type.equals("org.springframework.context.annotation.Conditional")) {
            for (Object condition : (Object[]) annotation.get("value").orElseThrow()) {
                String name = ((JavaClass) condition).getName();
                assertThat(OWN_CONDITIONS).as("a new condition class: list the settings it reads here and in "
                        + "AheadOfTimeStart.DECIDING").containsKey(name);
                names.addAll(OWN_CONDITIONS.get(name));
            }
        }
        return names;
    }

    private static List<String> strings(Optional<Object> value) {
        return value.map(v -> List.of((String[]) v)).orElse(List.of());
    }
}
