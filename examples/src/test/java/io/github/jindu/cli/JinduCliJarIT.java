package io.github.jindu.cli;

import static java.nio.charset.StandardCharsets.UTF_8;
import static org.assertj.core.api.Assertions.assertThat;

import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.ObjectMapper;
import java.io.IOException;
import java.io.InputStream;
import java.io.OutputStream;
import java.nio.file.Files;
import java.nio.file.Path;
import java.nio.file.StandardOpenOption;
import java.util.ArrayList;
import java.util.Arrays;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.concurrent.TimeUnit;
import java.util.concurrent.atomic.AtomicReference;
import java.util.stream.Stream;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.MethodSource;

/**
 * The packaged {@code jindu-cli.jar} run as a subprocess with the JVM running the tests ({@code java -jar}), as a
 * user runs it. Failsafe passes the jar ({@code jindu.cli.jar}) and the sample data directory
 * ({@code jindu.data.dir}).
 */
class JinduCliJarIT {
  private static final Path JAR = Path.of(required("jindu.cli.jar"));
  private static final Path SAMPLE = Path.of(required("jindu.data.dir"), "sample-town-2025.json");
  private static final Path DISTRICT = Path.of(required("jindu.data.dir"), "district-2025.jsonl");
  private static final Path JAVA = Path.of(System.getProperty("java.home"), "bin", "java");
  private static final ObjectMapper MAPPER = new ObjectMapper();

  @TempDir Path tmp;

  /** Files every test of the class sees at the same path, since the path is part of an error message. */
  @TempDir static Path shared;

  private static List<Run> references;

  private static String required(String property) {
    String value = System.getProperty(property);
    assertThat(value)
        .as("system property %s (set by the failsafe configuration)", property)
        .isNotBlank();
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
    return run(Environment.of(lang, tz), args);
  }

  /** Runs {@code java OPTIONS -jar jindu-cli.jar args} in an environment, with no {@code LC_*} but its own. */
  private Run run(Environment environment, String... args)
      throws IOException, InterruptedException {
    List<String> command = new ArrayList<>(List.of(JAVA.toString()));
    command.addAll(environment.jvmOptions);
    command.addAll(List.of("-jar", JAR.toString()));
    command.addAll(List.of(args));
    Path out = Files.createTempFile(tmp, "out", ".bin");
    Path err = Files.createTempFile(tmp, "err", ".txt");
    ProcessBuilder builder =
        new ProcessBuilder(command).redirectOutput(out.toFile()).redirectError(err.toFile());
    Map<String, String> env = builder.environment();
    env.keySet().removeIf(name -> name.startsWith("LC_"));
    env.putAll(environment.variables);
    Process process = builder.start();
    assertThat(process.waitFor(60, TimeUnit.SECONDS)).as("the jar finished within 60 s").isTrue();
    return new Run(process.exitValue(), Files.readAllBytes(out), Files.readString(err, UTF_8));
  }

  /** Runs a command (not necessarily the jar) in {@link #REFERENCE}'s environment, with no {@code LC_*}. */
  private Run runCommand(List<String> command) throws IOException, InterruptedException {
    Path out = Files.createTempFile(tmp, "out", ".bin");
    Path err = Files.createTempFile(tmp, "err", ".txt");
    ProcessBuilder builder =
        new ProcessBuilder(command).redirectOutput(out.toFile()).redirectError(err.toFile());
    Map<String, String> env = builder.environment();
    env.keySet().removeIf(name -> name.startsWith("LC_"));
    env.putAll(REFERENCE.variables);
    Process process = builder.start();
    assertThat(process.waitFor(120, TimeUnit.SECONDS))
        .as("%s finished within 120 s", command)
        .isTrue();
    return new Run(process.exitValue(), Files.readAllBytes(out), Files.readString(err, UTF_8));
  }

  /** The environment of a run: variables ({@code LANG}, {@code LC_ALL}, {@code TZ}) and JVM options. */
  static final class Environment {
    final String name;
    final Map<String, String> variables;
    final List<String> jvmOptions;

    Environment(String name, Map<String, String> variables, List<String> jvmOptions) {
      this.name = name;
      this.variables = variables;
      this.jvmOptions = jvmOptions;
    }

    static Environment of(String lang, String tz) {
      return new Environment(
          "LANG=" + lang + " TZ=" + tz, Map.of("LANG", lang, "TZ", tz), List.of());
    }

    @Override
    public String toString() {
      return name;
    }
  }

  /** The reference: a UTF-8 locale that exists everywhere, in UTC. */
  private static final Environment REFERENCE = Environment.of("C.UTF-8", "UTC");

  /**
   * Time zones at both ends of the day (UTC+14 and UTC-12: the same instant is two dates apart), and the locales
   * that break careless code: Turkish (the dotless ı of {@code "I".toLowerCase()}) and Chinese. A locale is given
   * to the JVM as options and to the C library as {@code LANG} and {@code LC_ALL}; where the machine lacks it, the
   * C library falls back to ASCII, which the output must not depend on either.
   */
  static Stream<Environment> elsewhere() {
    return Stream.of(
        Environment.of("C.UTF-8", "Pacific/Kiritimati"),
        Environment.of("C.UTF-8", "Etc/GMT+12"),
        new Environment(
            "tr-TR",
            Map.of("LANG", "tr_TR.UTF-8", "LC_ALL", "tr_TR.UTF-8", "TZ", "Pacific/Kiritimati"),
            List.of("-Duser.language=tr", "-Duser.country=TR")),
        new Environment(
            "zh-CN",
            Map.of("LANG", "zh_CN.UTF-8", "LC_ALL", "zh_CN.UTF-8", "TZ", "Etc/GMT+12"),
            List.of("-Duser.language=zh", "-Duser.country=CN")));
  }

  /**
   * Evidence files with several kinds of violation, among them an upper-case I for the Turkish locale: one
   * refused while parsing (a huge exponent), one with every other violation listed. Their names are ASCII: a JVM
   * whose locale is missing reads only ASCII file names.
   */
  private static List<Path> invalidFiles() throws IOException {
    Path broken = shared.resolve("invalid-number.json");
    Path invalid = shared.resolve("invalid.json");
    if (!Files.exists(invalid)) {
      String json =
          Files.readString(SAMPLE, UTF_8)
              .replace("\"hotspots\": 0", "\"hotspots\": -1")
              .replace("\"type\": \"training\"", "\"type\": \"INSPECTION\"")
              .replace("\"date\": \"2025-12-22\"", "\"date\": \"2026-01-05\"")
              .replace("\"end\": \"2025-12-31\"", "\"end\": \"2025-12-31\", \"Id\": 1");
      Files.writeString(
          broken, json.replace("\"users.new\": 4", "\"users.new\": 1e2147483648"), UTF_8);
      Files.writeString(invalid, json, UTF_8);
    }
    return List.of(broken, invalid);
  }

  /** The runs compared across environments: the report in Chinese and English, result/1, two invalid files. */
  private static List<List<String>> commands() throws IOException {
    List<Path> invalid = invalidFiles();
    return List.of(
        List.of("assess", SAMPLE.toString()),
        List.of("assess", SAMPLE.toString(), "--lang", "EN"),
        List.of("assess", SAMPLE.toString(), "--format", "json"),
        List.of("assess", invalid.get(0).toString(), "--lang", "en"),
        List.of("assess", invalid.get(1).toString(), "--format", "json"));
  }

  /** The runs of {@link #commands()} in {@link #REFERENCE}, made once. */
  private List<Run> references() throws IOException, InterruptedException {
    if (references == null) {
      List<Run> runs = new ArrayList<>();
      for (List<String> command : commands()) {
        runs.add(run(REFERENCE, command.toArray(String[]::new)));
      }
      references = runs;
    }
    return references;
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
    try (InputStream in =
        JinduCliJarIT.class.getResourceAsStream("/sample-town-2025.expected.json")) {
      expected = MAPPER.readTree(in);
    }
    JsonNode actual = MAPPER.readTree(run.out);
    assertThat(actual.get("overall").asText())
        .isEqualTo("NOT_QUALIFIED")
        .isEqualTo(expected.get("overall").asText());
    assertThat(outcomes(actual.get("criteria")))
        .containsExactlyEntriesOf(outcomes(expected.get("criteria")));
  }

  @Test
  void invalidEvidence_exitsTwoWithNothingOnStandardOutput() throws Exception {
    Path file = tmp.resolve("invalid.json");
    Files.writeString(
        file,
        Files.readString(SAMPLE, UTF_8).replace("\"hotspots\": 0", "\"hotspots\": -1"),
        UTF_8);

    Run run = run("C.UTF-8", "UTC", "assess", file.toString());

    assertThat(run.status).isEqualTo(2);
    assertThat(run.out).isEmpty();
    assertThat(run.err)
        .isEqualTo(
            "jindu："
                + file
                + " 中的材料无效（1 处违规）：\n"
                + "计数“hotspots”：吸毒贩毒问题突出的地区、路段、场所数（hotspots）-1 为负数\n");
  }

  @Test
  void missingFile_exitsTwoWithNothingOnStandardOutput() throws Exception {
    Run run = run("C.UTF-8", "UTC", "assess", tmp.resolve("absent.json").toString());

    assertThat(run.status).isEqualTo(2);
    assertThat(run.out).isEmpty();
    assertThat(run.err).isEqualTo("jindu：没有这个文件：" + tmp.resolve("absent.json") + "\n");
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
  void theReferences_areAReportAResultAndTwoRefusals() throws Exception {
    List<Run> runs = references();
    List<Path> invalid = invalidFiles();

    assertThat(runs).extracting(r -> r.status).containsExactly(0, 0, 0, 2, 2);
    assertThat(runs.get(0).outText()).startsWith("禁毒工作示范社区考评报告\n整体结论：未达标\n");
    assertThat(runs.get(1).outText()).contains("NOT_QUALIFIED");
    assertThat(runs.get(2).outText()).contains("\"unitName\" : \"东沙镇\"");
    assertThat(runs.get(3).err)
        .isEqualTo(
            "jindu: invalid evidence in "
                + invalid.get(0)
                + " (1 violation):\n"
                + "$.counts[\"users.new\"]: 1e2147483648 is out of range: its exponent is beyond any number a count can be"
                + " (a count is a whole number of at most 9223372036854775807)\n");
    assertThat(runs.get(4).err)
        .startsWith("jindu：" + invalid.get(1) + " 中的材料无效（4 处违规）：\n")
        .contains(
            "\n评估期的字段“Id”：未知字段“Id”（允许的字段：start, end）\n",
            "\n第 22 个事件的类型：未知的事件类型“INSPECTION”（可用：prevention-plan, ",
            "\n计数“hotspots”：吸毒贩毒问题突出的地区、路段、场所数（hotspots）-1 为负数\n",
            "\n第 21 个事件的日期：2026-01-05 的毒情分析（situation-analysis）晚于评估期的结束日 2025-12-31\n")
        .doesNotContain("$");
  }

  @ParameterizedTest(name = "{0}")
  @MethodSource("elsewhere")
  void output_isByteIdentical_inAnyTimeZoneAndLocale(Environment environment) throws Exception {
    List<Run> references = references();
    List<List<String>> commands = commands();
    for (int i = 0; i < commands.size(); i++) {
      Run there = run(environment, commands.get(i).toArray(String[]::new));
      Run reference = references.get(i);
      String command = String.join(" ", commands.get(i));

      assertThat(there.status)
          .as("exit status of %s; stderr: %s", command, there.err)
          .isEqualTo(reference.status);
      assertThat(there.out).as("standard output of %s", command).isEqualTo(reference.out);
      assertThat(there.err).as("standard error of %s", command).isEqualTo(reference.err);
    }
  }

  @Test
  void assessBatch_readsANamedPipe_asItReadsTheFile() throws Exception {
    Path fifo = tmp.resolve("district.fifo");
    Process mkfifo = new ProcessBuilder("mkfifo", fifo.toString()).inheritIO().start();
    assertThat(mkfifo.waitFor(10, TimeUnit.SECONDS)).isTrue();
    assertThat(mkfifo.exitValue()).as("mkfifo's exit status").isZero();
    AtomicReference<Throwable> failure = new AtomicReference<>();
    Thread writer =
        new Thread(
            () -> {
              // Opening a FIFO to write blocks until the jar opens it to read.
              try (OutputStream pipe = Files.newOutputStream(fifo, StandardOpenOption.WRITE)) {
                Files.copy(DISTRICT, pipe);
              } catch (Throwable e) {
                failure.set(e);
              }
            },
            "fifo-writer");
    writer.setDaemon(true);
    writer.start();

    Run piped = run(REFERENCE, "assess-batch", fifo.toString());
    writer.join(TimeUnit.SECONDS.toMillis(30));
    Run file = run(REFERENCE, "assess-batch", DISTRICT.toString());

    assertThat(writer.isAlive()).as("the writer thread finished").isFalse();
    assertThat(failure.get()).as("the writer thread's failure").isNull();
    assertThat(file.status).as("stderr: %s", file.err).isEqualTo(2);
    assertThat(file.err).endsWith("jindu：已评估 6 个单位（达标 0，未达标 3，材料不全 3，一票否决 0），5 行无效（共 11 行）\n");
    String[] lines = file.outText().split("\n");
    assertThat(lines).hasSize(6);
    assertThat(MAPPER.readTree(lines[0]).get("format").asText()).isEqualTo("result/1");
    assertThat(MAPPER.readTree(lines[0]).get("unit").asText()).isEqualTo("310199-001");
    assertThat(piped.status).as("stderr: %s", piped.err).isEqualTo(file.status);
    assertThat(piped.out).isEqualTo(file.out);
    assertThat(piped.err).isEqualTo(file.err);
  }

  @Test
  void assessBatch_fromStandardInputThatIsADirectory_exitsTwoWithCannotRead() throws Exception {
    Path dir = Files.createDirectory(tmp.resolve("adir"));
    String script = "\"$0\" -jar \"$1\" assess-batch - $2 < \"$3\"";

    Run chinese =
        runCommand(
            List.of("bash", "-c", script, JAVA.toString(), JAR.toString(), "", dir.toString()));
    Run english =
        runCommand(
            List.of(
                "bash",
                "-c",
                script,
                JAVA.toString(),
                JAR.toString(),
                "--lang=en",
                dir.toString()));

    assertThat(chinese.status).as("stderr: %s", chinese.err).isEqualTo(2);
    assertThat(chinese.out).isEmpty();
    assertThat(chinese.err).isEqualTo("jindu：无法读取 标准输入：输入输出错误（IOException）\n");
    assertThat(english.status).as("stderr: %s", english.err).isEqualTo(2);
    assertThat(english.out).isEmpty();
    assertThat(english.err)
        .isEqualTo("jindu: cannot read standard input: input/output error (IOException)\n");
  }

  @Test
  void assessBatch_outOfMemory_isOneLineAndExitOne_afterTheResultsWritten() throws Exception {
    List<String> district = Files.readAllLines(DISTRICT, UTF_8);
    Path file = tmp.resolve("huge.jsonl");
    try (OutputStream out = Files.newOutputStream(file)) {
      out.write((district.get(0) + "\n" + district.get(1) + "\n").getBytes(UTF_8));
      out.write("{\"format\":\"evidence/1\",\"unit\":{\"id\":\"".getBytes(UTF_8));
      byte[] block = new byte[1 << 20];
      Arrays.fill(block, (byte) 'a');
      for (int i = 0; i < 15; i++) {
        out.write(block);
      }
      out.write(block, 0, 1 << 19);
      out.write("\"}}\n".getBytes(UTF_8));
    }
    assertThat(Files.size(file)).isBetween(15L << 20, 16L << 20);

    Run run =
        run(
            new Environment("-Xmx24m", REFERENCE.variables, List.of("-Xmx24m")),
            "assess-batch",
            file.toString());

    assertThat(run.status).as("stderr: %s", run.err).isEqualTo(1);
    String[] lines = run.outText().split("\n");
    assertThat(lines).hasSize(2);
    assertThat(run.outText()).endsWith("\n");
    assertThat(MAPPER.readTree(lines[0]).get("unit").asText()).isEqualTo("310199-001");
    assertThat(MAPPER.readTree(lines[1]).get("unit").asText()).isEqualTo("310199-002");
    assertThat(MAPPER.readTree(lines[1]).get("format").asText()).isEqualTo("result/1");
    assertThat(run.err)
        .isEqualTo("jindu：内存不足，已停止：请给 Java 更多堆内存（如 java -Xmx256m -jar jindu-cli.jar …）\n");
    assertThat(run.err).doesNotContain("Exception", "at java.", "Error");
  }

  /**
   * docs/cli.md, "Memory": a maximal valid document (near 16 MiB and 500,000 tokens: 44,000 events, each on an
   * indented line) is assessed with the heap the documentation recommends, 256 MiB. (Measured: 128 MiB runs out
   * of memory, 160 MiB is enough.)
   */
  @Test
  void maximalDocument_isAssessedInTheDocumentedHeap() throws Exception {
    String sample = Files.readString(SAMPLE, UTF_8);
    String empty =
        sample.replaceFirst(
            "(?s)\"events\": \\[.*\\],(\\s*)\"attestations\"", "\"events\": [],$1\"attestations\"");
    assertThat(empty).isNotEqualTo(sample);
    int events = 44_000;
    String event =
        "{\"type\": \"prevention-activity\", \"date\": \"2025-01-14\","
            + " \"settings\": [\"community\", \"family\"]}";
    int room = 16 * 1024 * 1024 - empty.getBytes(UTF_8).length - 4096;
    String separator = ",\n" + " ".repeat(room / events - event.length() - 2);
    StringBuilder list = new StringBuilder(16 * 1024 * 1024);
    for (int i = 0; i < events; i++) {
      list.append(i == 0 ? "" : separator).append(event);
    }
    Path file = tmp.resolve("maximal.json");
    Files.writeString(file, empty.replace("\"events\": []", "\"events\": [" + list + "]"), UTF_8);
    assertThat(Files.size(file)).isBetween(16L * 1024 * 1024 - 64 * 1024, 16L * 1024 * 1024);

    Run run =
        run(
            new Environment("-Xmx256m", REFERENCE.variables, List.of("-Xmx256m")),
            "assess",
            file.toString());

    assertThat(run.status).as("exit status; stderr: %s", run.err).isIn(0, 2);
    assertThat(run.err).doesNotContain("内存不足", "OutOfMemory", "Exception");
    assertThat(run.status).as("a valid document; stderr: %s", run.err).isZero();
    assertThat(run.outText()).startsWith("禁毒工作示范社区考评报告\n整体结论：未达标\n");
  }

  @Test
  void version_exitsZero() throws Exception {
    Run run = run("C", "UTC", "--version");

    assertThat(run.status).isZero();
    assertThat(run.outText())
        .matches(
            "jindu \\d+\\.\\d+\\.\\d+(-SNAPSHOT)?\\Rmunicipal-model-community 2009 sha256:[0-9a-f]{64}\\R");
  }
}
