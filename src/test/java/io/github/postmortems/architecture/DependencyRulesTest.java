package io.github.postmortems.architecture;

import com.tngtech.archunit.core.domain.JavaClasses;
import com.tngtech.archunit.core.importer.ClassFileImporter;
import com.tngtech.archunit.core.importer.ImportOption;
import com.tngtech.archunit.lang.ArchRule;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.Test;

import static com.tngtech.archunit.lang.syntax.ArchRuleDefinition.noClasses;
import static org.junit.jupiter.api.Assertions.assertTrue;

/**
 * The domain is plain Java: only the Confluence adapters and the Active Objects index may touch host types. That is
 * what keeps the domain fast to test and lets a build step move the plugin to Confluence 10 (jakarta).
 */
class DependencyRulesTest {

    private static final String[] HOST_PACKAGES = {
            "com.atlassian..", "net.java.ao..", "javax.servlet..", "javax.ws.rs..", "jakarta.servlet..",
            "jakarta.ws.rs..", "org.springframework..", "org.apache.velocity.."};

    private static JavaClasses plugin;

    @BeforeAll
    static void importPluginClasses() {
        plugin = new ClassFileImporter()
                .withImportOption(ImportOption.Predefined.DO_NOT_INCLUDE_TESTS)
                .importPackages("io.github.postmortems");
    }

    @Test
    void pluginClassesWereFound() {
        assertTrue(plugin.size() > 10, "expected the plugin's classes on the test classpath, found " + plugin.size());
    }

    @Test
    void domainDependsOnNoHostType() {
        ArchRule rule = noClasses()
                .that().resideInAPackage("io.github.postmortems..")
                .and().resideOutsideOfPackages("io.github.postmortems.confluence..", "io.github.postmortems.index..")
                .should().dependOnClassesThat().resideInAnyPackage(HOST_PACKAGES)
                .because("the domain must stay plain Java; host types belong in confluence/ and index/");
        rule.check(plugin);
    }

    @Test
    void onlyTheIndexTouchesActiveObjects() {
        ArchRule rule = noClasses()
                .that().resideInAPackage("io.github.postmortems..")
                .and().resideOutsideOfPackage("io.github.postmortems.index..")
                .should().dependOnClassesThat().resideInAnyPackage("net.java.ao..", "com.atlassian.activeobjects..")
                .because("AO entities never leave index/: it maps them to records inside the transaction");
        rule.check(plugin);
    }

    @Test
    void domainDoesNotReachIntoTheAdapters() {
        ArchRule rule = noClasses()
                .that().resideInAPackage("io.github.postmortems..")
                .and().resideOutsideOfPackages("io.github.postmortems.confluence..", "io.github.postmortems.index..")
                .should().dependOnClassesThat().resideInAnyPackage(
                        "io.github.postmortems.confluence..", "io.github.postmortems.index..")
                .because("adapters depend on the domain, never the other way round");
        rule.check(plugin);
    }
}
