package io.github.jindu.report;

import static com.tngtech.archunit.lang.syntax.ArchRuleDefinition.classes;
import static com.tngtech.archunit.lang.syntax.ArchRuleDefinition.noClasses;

import com.tngtech.archunit.core.domain.JavaClasses;
import com.tngtech.archunit.core.importer.ClassFileImporter;
import com.tngtech.archunit.core.importer.ImportOption;
import org.junit.jupiter.api.Test;

/** The report depends on the domain, never the reverse (style.md, "Layout"). */
class ReportDependencyTest {
  private static final JavaClasses CORE = new ClassFileImporter()
      .withImportOption(ImportOption.Predefined.DO_NOT_INCLUDE_TESTS)
      .importPackages("io.github.jindu");

  @Test
  void noOtherPackage_dependsOnTheReport() {
    noClasses().that().resideOutsideOfPackage("io.github.jindu.report..")
        .should().dependOnClassesThat().resideInAPackage("io.github.jindu.report..")
        .check(CORE);
  }

  @Test
  void theReport_dependsOnlyOnTheDomainItsInternalsGuavaAndTheJdk() {
    classes().that().resideInAPackage("io.github.jindu.report..")
        .should().onlyDependOnClassesThat().resideInAnyPackage("io.github.jindu.report..", "io.github.jindu",
            "io.github.jindu.district..", "io.github.jindu.internal..", "com.google.common..", "org.jspecify..",
            "java..")
        .check(CORE);
  }
}
