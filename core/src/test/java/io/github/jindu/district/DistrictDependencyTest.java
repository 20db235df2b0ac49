package io.github.jindu.district;

import static com.tngtech.archunit.lang.syntax.ArchRuleDefinition.classes;

import com.tngtech.archunit.core.domain.JavaClasses;
import com.tngtech.archunit.core.importer.ClassFileImporter;
import com.tngtech.archunit.core.importer.ImportOption;
import org.junit.jupiter.api.Test;

/** The tiers and the selection are domain (docs/style.md, "Layout"): the vocabulary, bars and points, no catalogue. */
class DistrictDependencyTest {
  private static final JavaClasses CORE =
      new ClassFileImporter()
          .withImportOption(ImportOption.Predefined.DO_NOT_INCLUDE_TESTS)
          .importPackages("io.github.jindu");

  @Test
  void theDistrict_dependsOnlyOnTheDomainItsInternalsGuavaAnnotationsAndTheJdk() {
    classes()
        .that()
        .resideInAPackage("io.github.jindu.district..")
        .should()
        .onlyDependOnClassesThat()
        .resideInAnyPackage(
            "io.github.jindu.district..",
            "io.github.jindu",
            "io.github.jindu.bar..",
            "io.github.jindu.points..",
            "io.github.jindu.internal..",
            "com.google.common..",
            "org.immutables..",
            "org.jspecify..",
            "javax.annotation.processing..",
            "com.google.errorprone.annotations..",
            "java..")
        .check(CORE);
  }
}
