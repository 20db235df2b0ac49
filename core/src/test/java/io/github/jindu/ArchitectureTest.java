package io.github.jindu;

import static com.tngtech.archunit.lang.syntax.ArchRuleDefinition.classes;
import static com.tngtech.archunit.lang.syntax.ArchRuleDefinition.noClasses;
import static com.tngtech.archunit.lang.syntax.ArchRuleDefinition.noMethods;
import static org.assertj.core.api.Assertions.assertThat;

import com.tngtech.archunit.core.domain.JavaClasses;
import com.tngtech.archunit.core.importer.ClassFileImporter;
import com.tngtech.archunit.core.importer.ImportOption;
import com.tngtech.archunit.lang.ArchRule;
import java.io.IOException;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;
import java.util.regex.Matcher;
import java.util.regex.Pattern;
import java.util.stream.Stream;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.Test;

/** Dependencies point one way (docs/style.md): the domain depends on the JDK, Guava and annotations only. */
class ArchitectureTest {
  private static final String ROOT = "io.github.jindu";
  private static final String CATALOGUE = "io.github.jindu.catalogue";

  private static JavaClasses classes;

  @BeforeAll
  static void importMainClasses() {
    classes =
        new ClassFileImporter()
            .withImportOption(ImportOption.Predefined.DO_NOT_INCLUDE_TESTS)
            .importPackages(ROOT);
  }

  @Test
  void mainClassesAreImported() {
    assertThat(classes.contain(Evidence.class)).isTrue();
    assertThat(classes.contain(io.github.jindu.catalogue.MunicipalModelCommunity.class)).isTrue();
    assertThat(classes.contain(ArchitectureTest.class)).isFalse();
  }

  @Test
  void domain_dependsOnlyOnTheJdkGuavaAndAnnotations() {
    ArchRule rule =
        classes()
            .that()
            .resideInAPackage(ROOT)
            .should()
            .onlyDependOnClassesThat()
            .resideInAnyPackage(
                "java..",
                "com.google.common..",
                "org.immutables..",
                "org.jspecify..",
                "javax.annotation.processing..",
                "com.google.errorprone.annotations..",
                "io.github.jindu..");
    rule.check(classes);
  }

  @Test
  void domain_doesNotDependOnTheJsonCodecOrReports() {
    ArchRule rule =
        noClasses()
            .that()
            .resideInAPackage(ROOT)
            .should()
            .dependOnClassesThat()
            .resideInAnyPackage("io.github.jindu.json..", "io.github.jindu.report..")
            .allowEmptyShould(true);
    rule.check(classes);
  }

  @Test
  void catalogue_readsItsDefinitionThroughTheCodec_butNeverDependsOnReports() {
    ArchRule rule =
        noClasses()
            .that()
            .resideInAPackage(CATALOGUE)
            .should()
            .dependOnClassesThat()
            .resideInAnyPackage("io.github.jindu.report..")
            .allowEmptyShould(true);
    rule.check(classes);
  }

  @Test
  void domain_hasNoWireNameOrDisplayName() {
    ArchRule noWireNames =
        noClasses().that().resideInAPackage(ROOT + "..").should().haveSimpleName("WireNames");
    noWireNames.check(classes);
    ArchRule noWireNameMethods =
        noMethods()
            .that()
            .areDeclaredInClassesThat()
            .resideInAPackage(ROOT + "..")
            .should()
            .haveName("wireName")
            .orShould()
            .haveName("fromWireName");
    noWireNameMethods.check(classes);
    ArchRule noEnumDisplayNames =
        noMethods()
            .that()
            .areDeclaredInClassesThat()
            .areEnums()
            .and()
            .areDeclaredInClassesThat()
            .resideInAPackage(ROOT + "..")
            .should()
            .haveName("chineseName")
            .orShould()
            .haveName("englishName")
            .orShould()
            .haveName("requirement")
            .orShould()
            .haveName("symbol");
    noEnumDisplayNames.check(classes);
    ArchRule noRequirement =
        noMethods()
            .that()
            .areDeclaredInClassesThat()
            .resideInAPackage(ROOT + ".bar")
            .should()
            .haveName("requirement");
    noRequirement.check(classes);
  }

  /**
   * No floating point near a bar (style.md, "Exact arithmetic"): no source file of core names {@code double},
   * {@code float} or their boxes outside comments and string literals, so not even a local variable does.
   */
  @Test
  void domain_hasNoFloatingPoint() throws IOException {
    Pattern floating = Pattern.compile("\\b(double|float|Double|Float)\\b");
    List<String> found = new ArrayList<>();
    try (Stream<Path> files = Files.walk(Path.of("src", "main", "java"))) {
      for (Path file :
          (Iterable<Path>) files.filter(p -> p.toString().endsWith(".java"))::iterator) {
        String code =
            Files.readString(file, StandardCharsets.UTF_8)
                .replaceAll("(?s)/\\*.*?\\*/", "")
                .replaceAll("//[^\\n]*", "")
                .replaceAll("\"(?:[^\"\\\\\\n]|\\\\.)*\"", "\"\"");
        Matcher m = floating.matcher(code);
        while (m.find()) {
          found.add(file + ": " + m.group());
        }
      }
    }
    assertThat(found).as("floating point in core").isEmpty();
  }
}
