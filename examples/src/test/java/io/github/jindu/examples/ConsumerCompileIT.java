package io.github.jindu.examples;

import static org.assertj.core.api.Assertions.assertThat;

import java.io.ByteArrayOutputStream;
import java.io.File;
import java.io.IOException;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;
import java.util.stream.Collectors;
import java.util.stream.Stream;
import javax.tools.JavaCompiler;
import javax.tools.ToolProvider;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

/**
 * A consumer's program compiles against the packaged {@code jindu-core} jar with {@code -Xlint:all -Werror}, on the
 * module path and on the class path, with what core's POM brings at compile scope (Guava, JSpecify and
 * Immutables' annotations, not its processor): no warning about a missing annotation leaks to the consumer. Then
 * it runs.
 */
class ConsumerCompileIT {
  private static final String PROGRAM =
      """
      package consumer;

      import io.github.jindu.AssessmentPeriod;
      import io.github.jindu.AssessmentResult;
      import io.github.jindu.Evidence;
      import io.github.jindu.Unit;
      import io.github.jindu.UnitKind;
      import io.github.jindu.catalogue.Metrics;
      import io.github.jindu.catalogue.MunicipalModelCommunity;
      import java.time.Year;

      public final class Main {
        private Main() {}

        public static void main(String[] args) {
          Evidence evidence = Evidence.builder()
              .unit(Unit.of("310199-001", "东沙镇", UnitKind.TOWN))
              .period(AssessmentPeriod.ofYear(Year.of(2025)))
              .putCounts(Metrics.POPULATION_ACTUAL, 84_210L)
              .putCounts(Metrics.USERS_NEW, 4L)
              .build();
          AssessmentResult result = MunicipalModelCommunity.criteriaSet().assess(evidence);
          System.out.println(result.overall() + " " + result.criterion("results.new-user-rate").orElseThrow().outcome());
        }
      }
      """;

  private static final String MODULE = "module consumer { requires io.github.jindu.core; }\n";

  @TempDir Path tmp;

  private static String dependencies() {
    String core = System.getProperty("jindu.core.jar");
    assertThat(core).as("failsafe passes jindu.core.jar").isNotNull();
    assertThat(Path.of(core)).exists();
    List<String> path = new ArrayList<>(List.of(core));
    for (String entry : System.getProperty("java.class.path").split(File.pathSeparator)) {
      String name = Path.of(entry).getFileName().toString();
      if (name.startsWith("guava-")
          || name.startsWith("failureaccess-")
          || name.startsWith("jspecify-")
          || name.startsWith("value-annotations-")) {
        path.add(entry);
      }
    }
    assertThat(path)
        .as("core, Guava, failureaccess, JSpecify and Immutables' annotations")
        .hasSize(5);
    return String.join(File.pathSeparator, path);
  }

  private String compile(boolean modular) throws IOException {
    Path src = tmp.resolve(modular ? "modular" : "plain");
    Path pkg = Files.createDirectories(src.resolve("consumer"));
    Files.writeString(pkg.resolve("Main.java"), PROGRAM, StandardCharsets.UTF_8);
    if (modular) {
      Files.writeString(src.resolve("module-info.java"), MODULE, StandardCharsets.UTF_8);
    }
    Path out = Files.createDirectories(src.resolve("out"));
    List<String> sources;
    try (Stream<Path> files = Files.walk(src)) {
      sources =
          files
              .filter(p -> p.toString().endsWith(".java"))
              .map(Path::toString)
              .collect(Collectors.toList());
    }
    List<String> args =
        new ArrayList<>(
            List.of(
                "--release",
                "17",
                "-Xlint:all",
                "-Werror",
                "-encoding",
                "UTF-8",
                "-d",
                out.toString(),
                modular ? "--module-path" : "--class-path",
                dependencies()));
    args.addAll(sources);
    JavaCompiler javac = ToolProvider.getSystemJavaCompiler();
    ByteArrayOutputStream diagnostics = new ByteArrayOutputStream();
    int status = javac.run(null, diagnostics, diagnostics, args.toArray(new String[0]));
    assertThat(diagnostics.toString(StandardCharsets.UTF_8)).as("javac output").isEmpty();
    assertThat(status).as("javac status").isZero();
    return out.toString();
  }

  private static String run(List<String> command) throws IOException, InterruptedException {
    Process p = new ProcessBuilder(command).redirectErrorStream(true).start();
    String output = new String(p.getInputStream().readAllBytes(), StandardCharsets.UTF_8);
    assertThat(p.waitFor()).as(output).isZero();
    return output.trim();
  }

  @Test
  void aProgramOnTheClassPath_compilesWithoutWarnings_andRuns() throws Exception {
    String out = compile(false);
    String java = Path.of(System.getProperty("java.home"), "bin", "java").toString();
    assertThat(
            run(List.of(java, "-cp", out + File.pathSeparator + dependencies(), "consumer.Main")))
        .isEqualTo("INCOMPLETE MET");
  }

  @Test
  void aModuleOnTheModulePath_compilesWithoutWarnings_andRuns() throws Exception {
    String out = compile(true);
    String java = Path.of(System.getProperty("java.home"), "bin", "java").toString();
    assertThat(
            run(
                List.of(
                    java,
                    "--module-path",
                    out + File.pathSeparator + dependencies(),
                    "-m",
                    "consumer/consumer.Main")))
        .isEqualTo("INCOMPLETE MET");
  }
}
