package cn.kjj.platform.architecture;

import static com.tngtech.archunit.lang.syntax.ArchRuleDefinition.noClasses;
import static org.assertj.core.api.Assertions.assertThat;

import com.tngtech.archunit.base.DescribedPredicate;
import com.tngtech.archunit.core.domain.JavaClass;
import com.tngtech.archunit.core.domain.JavaClasses;
import com.tngtech.archunit.core.importer.ClassFileImporter;
import com.tngtech.archunit.core.importer.ImportOption;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.Test;

/**
 * Modules depend one way (docs/decisions/0001-modules-and-dependency-direction.md):
 * domain ← persistence, domain ← api, and web assembles everything. A class's module is
 * where it was loaded from: {@code platform-domain/target/classes} in the reactor, or the
 * installed {@code platform-domain} jar.
 */
class ModuleDependencyTest {

    private static JavaClasses classes;

    @BeforeAll
    static void importClasses() {
        classes = new ClassFileImporter()
                .withImportOption(ImportOption.Predefined.DO_NOT_INCLUDE_TESTS)
                .importPackages("cn.kjj.platform");
    }

    @Test
    void allFourModulesAreFoundOnTheClasspath() {
        for (String module : new String[] {"platform-domain", "platform-persistence", "platform-api", "platform-web"}) {
            assertThat(classes.stream().filter(inModule(module)::test)).as("classes of %s", module).isNotEmpty();
        }
    }

    @Test
    void theDomainDependsOnNoOtherModuleAndNotOnSpringWeb() {
        noClasses().that(inModule("platform-domain"))
                .should().dependOnClassesThat(inModule("platform-persistence")
                        .or(inModule("platform-api")).or(inModule("platform-web")))
                .orShould().dependOnClassesThat().resideInAPackage("org.springframework.web..")
                .check(classes);
    }

    @Test
    void persistenceDependsOnNeitherApiNorWeb() {
        noClasses().that(inModule("platform-persistence"))
                .should().dependOnClassesThat(inModule("platform-api").or(inModule("platform-web")))
                .check(classes);
    }

    @Test
    void theApiDependsOnNeitherPersistenceNorWeb() {
        noClasses().that(inModule("platform-api"))
                .should().dependOnClassesThat(inModule("platform-persistence").or(inModule("platform-web")))
                .allowEmptyShould(true)
                .check(classes);
    }

    @Test
    void theWebModuleDependsOnNoPersistenceClass() {
        noClasses().that(inModule("platform-web"))
                .should().dependOnClassesThat(inModule("platform-persistence"))
                .check(classes);
    }

    @Test
    void neitherApiNorWebUsesJpaOrJdbcDirectly() {
        noClasses().that(inModule("platform-api").or(inModule("platform-web")))
                .should().dependOnClassesThat().resideInAnyPackage("jakarta.persistence..", "org.springframework.jdbc..")
                .check(classes);
    }

    private static DescribedPredicate<JavaClass> inModule(String module) {
        return DescribedPredicate.describe("in " + module, javaClass -> javaClass.getSource()
                .map(source -> source.getUri().toString().contains("/" + module + "/"))
                .orElse(false));
    }
}
