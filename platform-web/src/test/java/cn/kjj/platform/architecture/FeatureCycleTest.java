package cn.kjj.platform.architecture;

import static com.tngtech.archunit.library.dependencies.SlicesRuleDefinition.slices;

import com.tngtech.archunit.core.domain.JavaClasses;
import com.tngtech.archunit.core.importer.ClassFileImporter;
import com.tngtech.archunit.core.importer.ImportOption;
import org.junit.jupiter.api.Test;

/**
 * Feature packages depend one way (docs/decisions/0027-feature-package-dependencies.md). A
 * feature is {@code cn.kjj.platform.<feature>} in all four modules at once, e.g. the lab's
 * entity, its SQL, its API controller and its pages; the web module's test classpath holds them all.
 */
class FeatureCycleTest {

    @Test
    void noTwoFeaturePackagesDependOnEachOther() {
        JavaClasses classes = new ClassFileImporter()
                .withImportOption(ImportOption.Predefined.DO_NOT_INCLUDE_TESTS)
                .importPackages("cn.kjj.platform");
        slices().matching("cn.kjj.platform.(*)..").namingSlices("$1")
                .should().beFreeOfCycles()
                .because("a lower feature offers a port (an interface, or a section of its page) that a higher one "
                        + "implements, rather than reading the higher one (decision 0027)")
                .check(classes);
    }
}
