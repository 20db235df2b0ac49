package io.github.jindu.cli;

import static java.nio.charset.StandardCharsets.UTF_8;
import static org.assertj.core.api.Assertions.assertThat;

import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.ObjectMapper;
import io.github.jindu.Evidence;
import io.github.jindu.catalogue.MunicipalModelCommunity;
import io.github.jindu.examples.GenerateBatch;
import io.github.jindu.json.EvidenceJson;
import io.github.jindu.json.ResultJson;
import java.io.ByteArrayInputStream;
import java.io.IOException;
import java.io.InputStream;
import java.io.PrintStream;
import java.io.StringWriter;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

/** {@code assess-batch} in-process: one result line per valid line, invalid lines on stderr with their numbers. */
class AssessBatchTest {
  private static final ObjectMapper MAPPER = new ObjectMapper();
  private static final Path SAMPLE =
      Path.of(System.getProperty("jindu.data.dir", "data"), "sample-town-2025.json");

  @TempDir Path tmp;

  private Path batch(String name, int n) throws IOException {
    StringWriter text = new StringWriter();
    GenerateBatch.write(n, 2025, text);
    Path file = tmp.resolve(name);
    Files.writeString(file, text.toString(), UTF_8);
    return file;
  }

  @Test
  void threeThousandValidLines_threeThousandResultLinesInOrder_exit0_summaryOnStderr()
      throws IOException {
    Path file = batch("batch.jsonl", 3_000);
    List<String> input = Files.readAllLines(file, UTF_8);

    CliRun run = CliRun.of("assess-batch", file.toString(), "--lang", "en");

    assertThat(run.status()).isEqualTo(JinduCli.OK);
    assertThat(run.errLines())
        .containsExactly(
            "jindu: 3000 units assessed (648 QUALIFIED, 2324 NOT_QUALIFIED, 28 INCOMPLETE, 0 VETOED), 0 lines invalid"
                + " (of 3000 lines)");
    List<String> out = run.outLines();
    assertThat(out).hasSize(3_000);
    for (int i : new int[] {0, 1, 1_499, 2_999}) {
      Evidence evidence = EvidenceJson.read(input.get(i));
      assertThat(out.get(i) + "\n")
          .isEqualTo(ResultJson.writeLine(MunicipalModelCommunity.criteriaSet().assess(evidence)));
    }
  }

  @Test
  void invalidLines_areReportedWithTheirNumbersAndCounted_theOthersStillAssessed_exit2()
      throws IOException {
    List<String> lines = new ArrayList<>(Files.readAllLines(batch("five.jsonl", 5), UTF_8));
    lines.set(1, lines.get(1).replace("\"hotspots\":0", "\"hotspots\":-1"));
    lines.add(3, "not json");
    lines.add(5, "");
    // Lines: 1 valid, 2 a negative count, 3 valid, 4 not JSON, 5 valid, 6 blank, 7 valid.
    Path file = tmp.resolve("mixed.jsonl");
    Files.writeString(file, String.join("\n", lines) + "\n", UTF_8);

    CliRun run = CliRun.of("assess-batch", file.toString(), "--lang", "en");

    assertThat(run.status()).isEqualTo(JinduCli.INVALID);
    List<String> units = new ArrayList<>();
    for (String line : run.outLines()) {
      JsonNode result = MAPPER.readTree(line);
      assertThat(result.get("format").asText()).isEqualTo("result/1");
      units.add(result.get("unit").asText());
    }
    assertThat(units)
        .containsExactly(
            "310199-B0000001", "310199-B0000003", "310199-B0000004", "310199-B0000005");
    List<String> err = run.errLines();
    assertThat(err).hasSize(4);
    assertThat(err.get(0))
        .isEqualTo("line 2: $.counts[\"hotspots\"]: hotspots (-1) must not be negative");
    assertThat(err.get(1)).startsWith("line 4: $: not well-formed JSON");
    CliRun chinese = CliRun.of("assess-batch", file.toString());
    assertThat(chinese.errLines())
        .containsExactly(
            "第 2 行：计数“hotspots”：吸毒贩毒问题突出的地区、路段、场所数（hotspots）-1 为负数",
            chinese.errLines().get(1),
            "第 6 行：整个文件：文件是空的",
            "jindu：已评估 4 个单位（达标 0，未达标 4，材料不全 0，一票否决 0），3 行无效（共 7 行）");
    assertThat(chinese.errLines().get(1)).startsWith("第 4 行：整个文件：不是格式正确的 JSON：第 1 行第 ");
    assertThat(err.get(2)).isEqualTo("line 6: $: the document is empty");
    assertThat(err.get(3))
        .isEqualTo(
            "jindu: 4 units assessed (0 QUALIFIED, 4 NOT_QUALIFIED, 0 INCOMPLETE, 0 VETOED), 3 lines invalid (of 7 lines)");
  }

  @Test
  void standardInput_isReadForDash() throws IOException {
    byte[] text = Files.readAllBytes(batch("stdin.jsonl", 3));
    InputStream stdin = System.in;
    CliRun run;
    try {
      System.setIn(new ByteArrayInputStream(text));
      run = CliRun.of("assess-batch", "-", "--lang", "en");
    } finally {
      System.setIn(stdin);
    }

    assertThat(run.status()).isEqualTo(JinduCli.OK);
    assertThat(run.outLines()).hasSize(3);
  }

  @Test
  void aMissingFileOrADirectory_isAUsageError_nothingOnStandardOutput() {
    CliRun missing =
        CliRun.of("assess-batch", tmp.resolve("none.jsonl").toString(), "--lang", "en");
    assertThat(missing.status()).isEqualTo(JinduCli.INVALID);
    assertThat(missing.out()).isEmpty();
    assertThat(missing.err())
        .isEqualTo("jindu: cannot read " + tmp.resolve("none.jsonl") + ": no such file\n");

    CliRun directory = CliRun.of("assess-batch", tmp.toString(), "--lang", "en");
    assertThat(directory.status()).isEqualTo(JinduCli.INVALID);
    assertThat(directory.out()).isEmpty();
    assertThat(directory.err()).endsWith(": it is a directory\n");
  }

  /** Found by a break test: an empty file or empty stdin was "0 units assessed", exit 0. */
  @Test
  void anEmptyFile_isExit2_sayingThereIsNoLine() throws IOException {
    Path empty = Files.writeString(tmp.resolve("empty.jsonl"), "");
    CliRun run = CliRun.of("assess-batch", empty.toString(), "--lang", "en");
    assertThat(run.status()).isEqualTo(JinduCli.INVALID);
    assertThat(run.out()).isEmpty();
    assertThat(run.errLines())
        .containsExactly(
            "jindu: 0 units assessed (0 QUALIFIED, 0 NOT_QUALIFIED, 0 INCOMPLETE, 0 VETOED), 0 lines invalid (of 0 lines)",
            "jindu: the input has no line, so no unit was assessed; check the step that produced this JSON Lines file");
    assertThat(CliRun.of("assess-batch", empty.toString()).errLines())
        .last()
        .asString()
        .startsWith("jindu：输入中没有任何一行");
  }

  @Test
  void aPrettyPrintedFile_isOneInvalidLinePerLine() throws IOException {
    CliRun run = CliRun.of("assess-batch", SAMPLE.toString(), "--lang", "en");

    assertThat(run.status()).isEqualTo(JinduCli.INVALID);
    assertThat(run.out()).isEmpty();
    assertThat(run.errLines())
        .last()
        .asString()
        .matches(
            "jindu: 0 units assessed \\(0 QUALIFIED, 0 NOT_QUALIFIED, 0 INCOMPLETE, 0 VETOED\\), (\\d+) lines invalid \\(of \\1 lines\\)");
  }

  @Test
  void aClosedStandardOutput_stopsTheRun_exit1() throws IOException {
    Path file = batch("closed.jsonl", 3_000);
    PrintStream closed =
        new PrintStream(
            new java.io.OutputStream() {
              @Override
              public void write(int b) throws IOException {
                throw new IOException("closed");
              }
            },
            true,
            UTF_8);
    java.io.ByteArrayOutputStream err = new java.io.ByteArrayOutputStream();

    int status =
        JinduCli.run(
            new String[] {"assess-batch", file.toString(), "--lang", "en"},
            closed,
            new PrintStream(err, true, UTF_8));

    assertThat(status).isEqualTo(JinduCli.ERROR);
    assertThat(err.toString(UTF_8))
        .startsWith("jindu: cannot write to standard output; stopped after line 1024\n");
  }

  @Test
  void helpListsTheSubcommands_andTheirOptions() {
    assertThat(CliRun.of("--help").out()).contains("assess-batch").contains("select");
    assertThat(CliRun.of("assess-batch", "--help").out()).contains("--progress");
  }
}
