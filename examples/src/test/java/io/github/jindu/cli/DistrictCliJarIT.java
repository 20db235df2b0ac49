package io.github.jindu.cli;

import static java.nio.charset.StandardCharsets.UTF_8;
import static org.assertj.core.api.Assertions.assertThat;

import io.github.jindu.examples.GenerateBatch;
import java.io.IOException;
import java.io.Writer;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;
import java.util.concurrent.TimeUnit;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

/**
 * {@code select} and {@code assess-batch} of the packaged {@code jindu-cli.jar}, run as a subprocess: the batch in a
 * heap of 64 MiB, which holds only if lines are streamed, and the report byte-identical under another locale.
 */
class DistrictCliJarIT {
  private static final Path JAR =
      Path.of(System.getProperty("jindu.cli.jar", "target/jindu-cli.jar"));
  private static final Path DATA = Path.of(System.getProperty("jindu.data.dir", "data"));
  private static final Path JAVA = Path.of(System.getProperty("java.home"), "bin", "java");

  @TempDir Path tmp;

  private record Run(int status, Path out, String err) {}

  private Run run(List<String> jvm, String... args) throws IOException, InterruptedException {
    List<String> command = new ArrayList<>(List.of(JAVA.toString()));
    command.addAll(jvm);
    command.addAll(List.of("-jar", JAR.toString()));
    command.addAll(List.of(args));
    Path out = Files.createTempFile(tmp, "out", ".txt");
    Path err = Files.createTempFile(tmp, "err", ".txt");
    ProcessBuilder builder =
        new ProcessBuilder(command).redirectOutput(out.toFile()).redirectError(err.toFile());
    builder.environment().keySet().removeIf(name -> name.startsWith("LC_"));
    builder.environment().put("LANG", "C");
    builder.environment().put("TZ", "Pacific/Kiritimati");
    Process process = builder.start();
    assertThat(process.waitFor(120, TimeUnit.SECONDS)).as("the jar finished within 120 s").isTrue();
    return new Run(process.exitValue(), out, Files.readString(err, UTF_8));
  }

  @Test
  void assessBatch_fiveThousandUnitsInA64MiBHeap() throws Exception {
    Path batch = tmp.resolve("batch.jsonl");
    try (Writer out = Files.newBufferedWriter(batch, UTF_8)) {
      GenerateBatch.write(5_000, 2025, out);
    }

    Run run = run(List.of("-Xmx64m"), "assess-batch", batch.toString());

    // Standard error is a file here, not a terminal: a plain progress line every 10 seconds, if the
    // run is that
    // long, then the summary.
    List<String> err = List.of(run.err().split("\n"));
    assertThat(err.get(err.size() - 1))
        .isEqualTo("jindu：已评估 5000 个单位（达标 1067，未达标 3877，材料不全 56，一票否决 0），0 行无效（共 5000 行）");
    assertThat(err.subList(0, err.size() - 1))
        .allMatch(l -> l.matches("jindu：已读 \\d+ 行，已读输入的 \\d+%"));
    assertThat(run.status()).isZero();
    try (var lines = Files.lines(run.out(), UTF_8)) {
      assertThat(lines.count()).isEqualTo(5_000);
    }
  }

  @Test
  void select_printsWhatTheInProcessRunPrints_underAnyLocaleOrTimeZone() throws Exception {
    Run run = run(List.of(), "select", DATA.resolve("district-2025").toString());

    assertThat(run.status()).isZero();
    assertThat(run.err()).isEmpty();
    assertThat(Files.readString(run.out(), UTF_8))
        .isEqualTo(CliRun.of("select", DATA.resolve("district-2025").toString()).out());
  }
}
