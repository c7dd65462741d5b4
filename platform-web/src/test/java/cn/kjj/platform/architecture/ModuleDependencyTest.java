package cn.kjj.platform.architecture;

import static com.tngtech.archunit.base.DescribedPredicate.not;
import static com.tngtech.archunit.core.domain.JavaClass.Predicates.resideInAnyPackage;
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

    /**
     * What the portal may use of the API module (decision 0027): the HTTP infrastructure of both
     * faces, the documents (generic ones, and a feature's own in its {@code document} sub-package,
     * e.g. an import's templates) and the generic registry support. A feature's API package (its
     * controllers and request records) is the API's own.
     */
    private static final String[] API_PACKAGES_FOR_THE_PORTAL = {
        "cn.kjj.platform.http", "cn.kjj.platform.document", "cn.kjj.platform.*.document",
        "cn.kjj.platform.registry"};

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
    void theWebModuleUsesOnlyTheNamedSharedPackagesOfTheApi() {
        noClasses().that(inModule("platform-web"))
                .should().dependOnClassesThat(apiClassesTheWebMayNotUse())
                .check(classes);
    }

    @Test
    void aFeaturesApiPackageIsForbiddenToTheWebModuleAndTheSharedOnesAreNot() {
        DescribedPredicate<JavaClass> forbidden = apiClassesTheWebMayNotUse();
        assertThat(forbidden.test(classes.get("cn.kjj.platform.imports.ImportController"))).isTrue();
        assertThat(forbidden.test(classes.get("cn.kjj.platform.common.PageQuery"))).isTrue();
        assertThat(forbidden.test(classes.get("cn.kjj.platform.http.Problems"))).isFalse();
        assertThat(forbidden.test(classes.get("cn.kjj.platform.imports.document.ImportTemplates"))).isFalse();
        assertThat(forbidden.test(classes.get("cn.kjj.platform.audit.AuditLog"))).as("a domain class").isFalse();
    }

    @Test
    void neitherApiNorWebUsesJpaOrJdbcDirectly() {
        noClasses().that(inModule("platform-api").or(inModule("platform-web")))
                .should().dependOnClassesThat().resideInAnyPackage("jakarta.persistence..", "org.springframework.jdbc..")
                .check(classes);
    }

    private static DescribedPredicate<JavaClass> apiClassesTheWebMayNotUse() {
        return inModule("platform-api")
                .and(not(resideInAnyPackage(API_PACKAGES_FOR_THE_PORTAL)));
    }

    private static DescribedPredicate<JavaClass> inModule(String module) {
        return DescribedPredicate.describe("in " + module, javaClass -> javaClass.getSource()
                .map(source -> source.getUri().toString().contains("/" + module + "/"))
                .orElse(false));
    }
}
