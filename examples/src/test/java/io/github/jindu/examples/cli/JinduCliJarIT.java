package io.github.jindu.examples.cli;

import static java.nio.charset.StandardCharsets.UTF_8;
import static org.assertj.core.api.Assertions.assertThat;

import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.ObjectMapper;
import java.io.IOException;
import java.io.InputStream;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.concurrent.TimeUnit;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

/**
 * The packaged {@code jindu-cli.jar} run as a subprocess with the JVM running the tests ({@code java -jar}), as a
 * user runs it. Failsafe passes the jar ({@code jindu.cli.jar}) and the sample data directory
 * ({@code jindu.data.dir}).
 */
class JinduCliJarIT {
  private static final Path JAR = Path.of(required("jindu.cli.jar"));
  private static final Path SAMPLE = Path.of(required("jindu.data.dir"), "sample-town-2025.json");
  private static final Path JAVA = Path.of(System.getProperty("java.home"), "bin", "java");
  private static final ObjectMapper MAPPER = new ObjectMapper();

  @TempDir Path tmp;

  private static String required(String property) {
    String value = System.getProperty(property);
    assertThat(value).as("system property %s (set by the failsafe configuration)", property).isNotBlank();
    return value;
  }

  /** What one run of the jar printed and returned. */
  private static final class Run {
    final int status;
    final byte[] out;
    final String err;

    Run(int status, byte[] out, String err) {
      this.status = status;
      this.out = out;
      this.err = err;
    }

    String outText() {
      return new String(out, UTF_8);
    }
  }

  /** Runs {@code java -jar jindu-cli.jar args} with {@code LANG} and {@code TZ} set and no {@code LC_*}. */
  private Run run(String lang, String tz, String... args) throws IOException, InterruptedException {
    List<String> command = new ArrayList<>(List.of(JAVA.toString(), "-jar", JAR.toString()));
    command.addAll(List.of(args));
    Path out = Files.createTempFile(tmp, "out", ".bin");
    Path err = Files.createTempFile(tmp, "err", ".txt");
    ProcessBuilder builder = new ProcessBuilder(command).redirectOutput(out.toFile()).redirectError(err.toFile());
    Map<String, String> env = builder.environment();
    env.keySet().removeIf(name -> name.startsWith("LC_"));
    env.put("LANG", lang);
    env.put("TZ", tz);
    Process process = builder.start();
    assertThat(process.waitFor(60, TimeUnit.SECONDS)).as("the jar finished within 60 s").isTrue();
    return new Run(process.exitValue(), Files.readAllBytes(out), Files.readString(err, UTF_8));
  }

  private static Map<String, String> outcomes(JsonNode criteria) {
    Map<String, String> outcomes = new LinkedHashMap<>();
    criteria.forEach(c -> outcomes.put(c.get("id").asText(), c.get("outcome").asText()));
    return outcomes;
  }

  @Test
  void sample_json_givesTheExpectedOutcomeOfEveryCriterion() throws Exception {
    Run run = run("C.UTF-8", "UTC", "assess", SAMPLE.toString(), "--format", "json");

    assertThat(run.status).as("exit status; stderr: %s", run.err).isZero();
    JsonNode expected;
    try (InputStream in = JinduCliJarIT.class.getResourceAsStream("/sample-town-2025.expected.json")) {
      expected = MAPPER.readTree(in);
    }
    JsonNode actual = MAPPER.readTree(run.out);
    assertThat(actual.get("overall").asText()).isEqualTo("NOT_QUALIFIED").isEqualTo(expected.get("overall").asText());
    assertThat(outcomes(actual.get("criteria"))).containsExactlyEntriesOf(outcomes(expected.get("criteria")));
  }

  @Test
  void invalidEvidence_exitsTwoWithNothingOnStandardOutput() throws Exception {
    Path file = tmp.resolve("invalid.json");
    Files.writeString(file,
        Files.readString(SAMPLE, UTF_8).replace("\"hotspots\": 0", "\"hotspots\": -1"), UTF_8);

    Run run = run("C.UTF-8", "UTC", "assess", file.toString());

    assertThat(run.status).isEqualTo(2);
    assertThat(run.out).isEmpty();
    assertThat(run.err).contains("$.counts[\"hotspots\"]: ");
  }

  @Test
  void missingFile_exitsTwoWithNothingOnStandardOutput() throws Exception {
    Run run = run("C.UTF-8", "UTC", "assess", tmp.resolve("absent.json").toString());

    assertThat(run.status).isEqualTo(2);
    assertThat(run.out).isEmpty();
    assertThat(run.err).contains("no such file");
  }

  @Test
  void text_isByteIdenticalUnderAnyLocaleAndTimeZone() throws Exception {
    Run reference = run("C.UTF-8", "UTC", "assess", SAMPLE.toString());
    Run elsewhere = run("C", "Pacific/Kiritimati", "assess", SAMPLE.toString());

    assertThat(reference.status).as("stderr: %s", reference.err).isZero();
    assertThat(elsewhere.status).as("stderr: %s", elsewhere.err).isZero();
    assertThat(reference.outText()).startsWith("禁毒工作示范社区考评报告\n整体结论：未达标\n");
    assertThat(elsewhere.out).isEqualTo(reference.out);
  }

  @Test
  void json_isByteIdenticalUnderAnyLocaleAndTimeZone() throws Exception {
    Run reference = run("C.UTF-8", "UTC", "assess", SAMPLE.toString(), "--format", "json");
    Run elsewhere = run("C", "Pacific/Kiritimati", "assess", SAMPLE.toString(), "--format", "json");

    assertThat(elsewhere.status).as("stderr: %s", elsewhere.err).isZero();
    assertThat(reference.outText()).contains("\"unitName\" : \"东沙镇\"");
    assertThat(elsewhere.out).isEqualTo(reference.out);
  }

  @Test
  void version_exitsZero() throws Exception {
    Run run = run("C", "UTC", "--version");

    assertThat(run.status).isZero();
    assertThat(run.outText()).matches("jindu \\d+\\.\\d+\\.\\d+(-SNAPSHOT)?\\R");
  }
}
