package io.github.jindu;

import static org.assertj.core.api.Assertions.assertThat;

import java.io.IOException;
import java.io.InputStream;
import java.lang.module.ModuleDescriptor;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.Set;
import java.util.stream.Collectors;
import org.junit.jupiter.api.Test;

/**
 * What core's module exports is its public API (docs/versioning.md): the five packages of the vocabulary, and
 * {@code io.github.jindu.internal} only to Jindu's own modules, so no consumer can come to depend on it.
 */
class ModuleExportsTest {
  private static ModuleDescriptor descriptor() throws IOException {
    try (InputStream in = Files.newInputStream(Path.of("target", "classes", "module-info.class"))) {
      return ModuleDescriptor.read(in);
    }
  }

  @Test
  void theInternalPackage_isExportedOnlyToJsonAndReport_andTheApiPackagesToEveryone()
      throws IOException {
    ModuleDescriptor core = descriptor();
    assertThat(core.name()).isEqualTo("io.github.jindu.core");
    Set<String> unqualified =
        core.exports().stream()
            .filter(e -> !e.isQualified())
            .map(ModuleDescriptor.Exports::source)
            .collect(Collectors.toSet());
    assertThat(unqualified)
        .containsExactlyInAnyOrder(
            "io.github.jindu",
            "io.github.jindu.bar",
            "io.github.jindu.points",
            "io.github.jindu.catalogue",
            "io.github.jindu.district");
    assertThat(core.exports())
        .filteredOn(e -> e.source().contains(".internal"))
        .singleElement()
        .satisfies(
            e ->
                assertThat(e.targets())
                    .containsExactlyInAnyOrder("io.github.jindu.json", "io.github.jindu.report"));
  }
}
