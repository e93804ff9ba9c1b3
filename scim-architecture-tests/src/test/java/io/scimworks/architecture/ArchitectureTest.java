package io.scimworks.architecture;

import static com.tngtech.archunit.lang.syntax.ArchRuleDefinition.classes;
import static com.tngtech.archunit.lang.syntax.ArchRuleDefinition.noClasses;
import static com.tngtech.archunit.library.dependencies.SlicesRuleDefinition.slices;
import static org.assertj.core.api.Assertions.assertThat;
import static org.junit.jupiter.api.DynamicTest.dynamicTest;

import com.tngtech.archunit.core.domain.JavaClasses;
import com.tngtech.archunit.core.importer.ClassFileImporter;
import com.tngtech.archunit.core.importer.ImportOption;
import com.tngtech.archunit.lang.ArchRule;
import java.util.Arrays;
import java.util.stream.Collectors;
import java.util.stream.Stream;
import org.junit.jupiter.api.DynamicTest;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.TestFactory;

/**
 * The module boundaries of the published library, as rules over its compiled classes. A broken rule
 * fails with the rule's name and each offending class (and the line that uses what it must not).
 * The arrows between modules are written once, in {@link Modules}.
 */
class ArchitectureTest {

  private static final JavaClasses LIBRARY =
      new ClassFileImporter()
          .withImportOption(ImportOption.Predefined.DO_NOT_INCLUDE_TESTS)
          .importPackages("io.scimworks");

  @Test
  void everyLibraryModuleIsImported() {
    for (Modules module : Modules.values()) {
      assertThat(
              LIBRARY.stream().anyMatch(c -> c.getPackageName().startsWith(module.rootPackage())))
          .as("classes of %s are on this module's test class path", module.artifact())
          .isTrue();
    }
  }

  @TestFactory
  Stream<DynamicTest> eachModuleUsesOnlyTheModulesItsArrowsPointAt() {
    return Arrays.stream(Modules.values())
        .filter(module -> !module.forbidden().isEmpty())
        .map(
            module ->
                rule(
                    noClasses()
                        .that()
                        .resideInAPackage(module.packages())
                        .should()
                        .dependOnClassesThat()
                        .resideInAnyPackage(
                            module.forbidden().stream()
                                .map(Modules::packages)
                                .toArray(String[]::new))
                        .as(
                            module.artifact()
                                + " uses only "
                                + (module.allowed().isEmpty()
                                    ? "its own classes"
                                    : module.allowed().stream()
                                        .map(Modules::artifact)
                                        .collect(Collectors.joining(", "))))));
  }

  @TestFactory
  Stream<DynamicTest> internalPackagesAreUsedOnlyInsideTheirOwnModule() {
    return Arrays.stream(Modules.values())
        .map(
            module ->
                rule(
                    noClasses()
                        .that()
                        .resideOutsideOfPackage(module.packages())
                        .should()
                        .dependOnClassesThat()
                        .resideInAPackage(module.rootPackage() + "..internal..")
                        .as("only " + module.artifact() + " uses its .internal packages")
                        .allowEmptyShould(true)));
  }

  @Test
  void apiPackagesNeverExposeAnInternalType() {
    classes()
        .that()
        .resideInAPackage("io.scimworks..")
        .and()
        .resideOutsideOfPackage("..internal..")
        .should(ApiSignatures.exposeNoInternalType())
        .as("API packages never expose an .internal type in a public signature")
        .check(LIBRARY);
  }

  @Test
  void packagesAreFreeOfCycles() {
    slices()
        .assignedFrom(new PackageWithInternals())
        .should()
        .beFreeOfCycles()
        .as("no cycles between packages (an .internal package counts as part of its parent)")
        .check(LIBRARY);
  }

  @TestFactory
  Stream<DynamicTest> frameworksStayInsideTheirPackages() {
    return Stream.of(
            noClasses()
                .that()
                .resideOutsideOfPackage("io.scimworks.server.http.jdk..")
                .should()
                .dependOnClassesThat()
                .resideInAPackage("com.sun.net.httpserver..")
                .as("only the JDK binding uses com.sun.net.httpserver"),
            noClasses()
                .that()
                .resideOutsideOfPackages(
                    "io.scimworks.server.http.servlet..", Modules.SPRING.packages())
                .should()
                .dependOnClassesThat()
                .resideInAPackage("jakarta.servlet..")
                .as("only the servlet binding and the Spring Boot starter use jakarta.servlet"),
            noClasses()
                .that()
                .resideInAnyPackage(Modules.FILTER.packages(), Modules.CORE.packages())
                .should()
                .dependOnClassesThat()
                .resideInAnyPackage(
                    "java.net.http..", "com.sun.net.httpserver..", "jakarta.servlet..")
                .as("scim-filter and scim-core know nothing of HTTP"),
            noClasses()
                .that()
                .resideOutsideOfPackage("io.scimworks.core.jsonb..")
                .should()
                .dependOnClassesThat()
                .resideInAPackage("jakarta.json.bind..")
                .as("only io.scimworks.core.jsonb uses the optional JSON Binding API"),
            noClasses()
                .that()
                .resideOutsideOfPackage("io.scimworks.filter.internal..")
                .should()
                .dependOnClassesThat()
                .resideInAPackage("org.antlr..")
                .as("only the filter parser (io.scimworks.filter.internal) uses the ANTLR runtime"),
            noClasses()
                .should()
                .dependOnClassesThat()
                .resideInAnyPackage("io.scimworks.examples..", "io.scimworks.benchmarks..")
                .as("no library module uses the examples or the benchmarks"))
        .map(ArchitectureTest::rule);
  }

  private static DynamicTest rule(ArchRule rule) {
    return dynamicTest(rule.getDescription(), () -> rule.check(LIBRARY));
  }
}
