package io.github.jindu.examples;

import static com.tngtech.archunit.library.Architectures.layeredArchitecture;
import static org.assertj.core.api.Assertions.assertThat;

import com.tngtech.archunit.core.domain.JavaClasses;
import com.tngtech.archunit.core.importer.ClassFileImporter;
import com.tngtech.archunit.core.importer.ImportOption;
import io.github.jindu.Evidence;
import io.github.jindu.cli.JinduCli;
import io.github.jindu.json.EvidenceJson;
import io.github.jindu.report.TextReport;
import org.junit.jupiter.api.Test;

/**
 * The artifacts' arrows run one way, over every package of every artifact: jindu-core ← jindu-json ←
 * jindu-report ← jindu-cli ← the examples. Nothing reaches back: the domain knows no JSON and no words, the JSON
 * formats no report, the reports no command line.
 */
class LayeredArchitectureTest {
  private static final JavaClasses CLASSES =
      new ClassFileImporter()
          .withImportOption(ImportOption.Predefined.DO_NOT_INCLUDE_TESTS)
          .importPackages("io.github.jindu");

  @Test
  void everyArtifactIsImported() {
    assertThat(CLASSES.contain(Evidence.class)).isTrue();
    assertThat(CLASSES.contain(EvidenceJson.class)).isTrue();
    assertThat(CLASSES.contain(TextReport.class)).isTrue();
    assertThat(CLASSES.contain(JinduCli.class)).isTrue();
    assertThat(CLASSES.contain(EmbeddingExample.class)).isTrue();
  }

  @Test
  void artifacts_dependOneWay() {
    layeredArchitecture()
        .consideringOnlyDependenciesInLayers()
        .layer("core")
        .definedBy(
            "io.github.jindu",
            "io.github.jindu.bar..",
            "io.github.jindu.points..",
            "io.github.jindu.district..",
            "io.github.jindu.catalogue..",
            "io.github.jindu.internal..")
        .layer("json")
        .definedBy("io.github.jindu.json..")
        .layer("report")
        .definedBy("io.github.jindu.report..")
        .layer("cli")
        .definedBy("io.github.jindu.cli..")
        .layer("examples")
        .definedBy("io.github.jindu.examples..")
        .whereLayer("examples")
        .mayNotBeAccessedByAnyLayer()
        .whereLayer("cli")
        .mayOnlyBeAccessedByLayers("examples")
        .whereLayer("report")
        .mayOnlyBeAccessedByLayers("cli", "examples")
        .whereLayer("json")
        .mayOnlyBeAccessedByLayers("report", "cli", "examples")
        .whereLayer("core")
        .mayOnlyBeAccessedByLayers("json", "report", "cli", "examples")
        .check(CLASSES);
  }
}
