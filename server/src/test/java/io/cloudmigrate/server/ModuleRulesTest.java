package io.cloudmigrate.server;

import com.tngtech.archunit.core.domain.JavaClasses;
import com.tngtech.archunit.core.importer.ClassFileImporter;
import com.tngtech.archunit.core.importer.ImportOption;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.Test;

import java.util.List;

import static com.tngtech.archunit.lang.syntax.ArchRuleDefinition.noClasses;

/**
 * The rules of ARCHITECTURE.md that keep the modules easy to live in: dependencies point one way,
 * and no module reaches into another's {@code internal} package.
 */
class ModuleRulesTest
{
    /** The modules in data-flow order; each may use only those before it. */
    private static final List<String> MODULES = List.of("discovery", "graph", "scoring", "recommend", "templates", "codegen", "server");

    private static JavaClasses classes;

    @BeforeAll
    static void importClasses()
    {
        classes = new ClassFileImporter()
                .withImportOption(ImportOption.Predefined.DO_NOT_INCLUDE_TESTS)
                .importPackages("io.cloudmigrate");
    }

    @Test
    void noModuleReachesIntoAnotherModulesInternalPackage()
    {
        for (String module : MODULES) {
            noClasses().that().resideOutsideOfPackage("io.cloudmigrate." + module + "..")
                    .should().dependOnClassesThat().resideInAPackage("io.cloudmigrate." + module + ".internal..")
                    .because("a module's internal package is its own")
                    .check(classes);
        }
    }

    @Test
    void dependenciesPointDownstreamOnly()
    {
        for (int i = 0; i < MODULES.size(); i++) {
            for (String later : MODULES.subList(i + 1, MODULES.size())) {
                noClasses().that().resideInAPackage("io.cloudmigrate." + MODULES.get(i) + "..")
                        .should().dependOnClassesThat().resideInAPackage("io.cloudmigrate." + later + "..")
                        .because(MODULES.get(i) + " comes before " + later + " in the data flow")
                        .check(classes);
            }
        }
    }
}
