package io.github.jindu.cli;

import static java.nio.charset.StandardCharsets.UTF_8;
import static org.assertj.core.api.Assertions.assertThat;

import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.ObjectMapper;
import io.github.jindu.examples.DistrictData;
import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;
import java.util.stream.Stream;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

/** {@code select} in-process, on the bundled district and on broken copies of it. */
class SelectTest {
  private static final String DIRECTORY = DistrictData.DIRECTORY.toString();
  private static final String LINES = DistrictData.LINES.toString();

  @TempDir Path tmp;

  @Test
  void underAPointsScheme_candidatesOfAnOutcomeAreRankedByTheirTotals() {
    String example = DistrictData.DIRECTORY.getParent()
        .resolve("criteria/example-district-100-points.criteria.json").toString();
    CliRun run = CliRun.of("select", DIRECTORY, "--criteria", example);

    assertThat(run.status()).isEqualTo(JinduCli.OK);
    assertThat(run.outLines()).containsSubsequence(
        "1（并列）  310199-002  西沙镇    达标      得分 103（优秀）",
        "1（并列）  310199-003  南港镇    达标      得分 103（优秀）；28 项统计数由下级单位汇总",
        "3          310199-004  北湖街道  达标      得分 100（优秀）",
        "4          310199-006  北沙镇    达标      得分 99（优秀）",
        "5          310199-001  东沙镇    达标      得分 90（良好）");
  }

  @Test
  void theBundledDistrict_chineseReport_exit0() {
    CliRun run = CliRun.of("select", DIRECTORY);

    assertThat(run.status()).isEqualTo(JinduCli.OK);
    assertThat(run.err()).isEmpty();
    assertThat(run.outLines()).startsWith("禁毒工作示范社区评选报告").contains(
        "候选单位：6 个；达标 2 个，材料不全 1 个，未达标 2 个，一票否决 1 个",
        "1（并列）  310199-003  南港镇    达标      28 项统计数由下级单位汇总",
        "6          310199-005  西港镇    一票否决  一票否决：veto.leadership-failure（依据：区综治委通报 2025-7号）");
  }

  @Test
  void theExcerptInDocsDistrictMd_isWhatTheBundledDistrictPrints() throws IOException {
    String doc = Files.readString(Path.of(System.getProperty("jindu.docs.dir", "../docs"), "district.md"), UTF_8);
    int start = doc.indexOf("```text\n单位代码");
    assertThat(start).as("the report excerpt of docs/district.md").isNotNegative();
    List<String> excerpt = doc.substring(start + "```text\n".length(), doc.indexOf("```", start + 3)).lines()
        .filter(l -> !l.equals("..."))
        .toList();

    assertThat(excerpt).hasSizeGreaterThan(5);
    assertThat(CliRun.of("select", DIRECTORY).outLines()).containsAll(excerpt);
  }

  @Test
  void theDirectoryAndTheJsonLines_printTheSameReport_inEitherLanguage_andTheAliasToo() {
    assertThat(CliRun.of("select", LINES).out()).isEqualTo(CliRun.of("select", DIRECTORY).out());
    CliRun english = CliRun.of("assess-district", LINES, "--lang", "en");
    assertThat(english.out()).isEqualTo(CliRun.of("select", DIRECTORY, "--lang", "en").out());
    assertThat(english.outLines()).contains("1=    310199-002  西沙镇    QUALIFIED");
  }

  @Test
  void json_isDistrict1() throws IOException {
    CliRun run = CliRun.of("select", DIRECTORY, "--format", "json");

    assertThat(run.status()).isEqualTo(JinduCli.OK);
    JsonNode root = new ObjectMapper().readTree(run.out());
    assertThat(root.get("format").asText()).isEqualTo("district/1");
    List<String> ranks = new ArrayList<>();
    root.get("candidates").forEach(c -> ranks.add(c.get("rank").asInt() + " " + c.get("unit").asText()));
    assertThat(ranks).containsExactly("1 310199-002", "1 310199-003", "3 310199-004", "4 310199-001",
        "4 310199-006", "6 310199-005");
  }

  /** Copies the bundled district into a temporary directory, to break it. */
  private Path copy() throws IOException {
    Path root = tmp.resolve("district");
    try (Stream<Path> walk = Files.walk(DistrictData.DIRECTORY)) {
      for (Path p : walk.sorted().toList()) {
        Path target = root.resolve(DistrictData.DIRECTORY.relativize(p).toString());
        if (Files.isDirectory(p)) {
          Files.createDirectories(target);
        } else {
          Files.copy(p, target);
        }
      }
    }
    return root;
  }

  private static void edit(Path file, String from, String to) throws IOException {
    String text = Files.readString(file, UTF_8);
    assertThat(text).contains(from);
    Files.writeString(file, text.replace(from, to), UTF_8);
  }

  @Test
  void anInvalidFile_isNamedWithItsViolations_exit2_nothingOnStandardOutput() throws IOException {
    Path root = copy();
    edit(root.resolve("310199-006.json"), "\"hotspots\": 0", "\"hotspots\": -2");

    CliRun run = CliRun.of("select", root.toString(), "--lang", "en");

    assertThat(run.status()).isEqualTo(JinduCli.INVALID);
    assertThat(run.out()).isEmpty();
    assertThat(run.errLines()).containsExactly(
        "jindu: invalid evidence in " + root.resolve("310199-006.json") + " (1 violation):",
        "$.counts[\"hotspots\"]: hotspots (-2) must not be negative");
    assertThat(CliRun.of("select", root.toString()).errLines()).containsExactly(
        "jindu：" + root.resolve("310199-006.json") + " 中的材料无效（1 处违规）：",
        "计数“hotspots”：吸毒贩毒问题突出的地区、路段、场所数（hotspots）-2 为负数");
  }

  @Test
  void aRollUpMismatch_isADistrictViolation_exit2_nothingOnStandardOutput() throws IOException {
    Path root = copy();
    edit(root.resolve("310199-003.json"), "\"population.actual\": 80000", "\"population.actual\": 80001");

    CliRun run = CliRun.of("select", root.toString(), "--lang", "en");

    assertThat(run.status()).isEqualTo(JinduCli.INVALID);
    assertThat(run.out()).isEmpty();
    assertThat(run.errLines()).containsExactly(
        "jindu: invalid evidence in the district " + root + " (1 violation):",
        "310199-003: $.counts[\"population.actual\"]: population.actual (80001) given by 310199-003 differs from the"
            + " sum over its 4 sub-units (80000: 310199-003-01 22000, 310199-003-02 18000, 310199-003-03 21000,"
            + " 310199-003-04 19000)");
    assertThat(CliRun.of("select", root.toString()).errLines()).containsExactly(
        "jindu：区材料 " + root + " 无效（1 处违规）：",
        "310199-003 的材料中的计数“population.actual”：310199-003 填报的实有人口（population.actual）为 80001，"
            + "与其 4 个下级单位的合计 80000 不符（310199-003-01 22000、310199-003-02 18000、310199-003-03 21000、"
            + "310199-003-04 19000）");
  }

  @Test
  void aCandidateListingPeers_andADuplicateUnit_areDistrictViolations() throws IOException {
    Path root = copy();
    edit(root.resolve("310199-002.json"), "\"vetoes\": []",
        "\"vetoes\": [], \"peers\": [{\"unit\": \"310199-009\", \"population\": 1000, \"cases\": 0}]");
    Files.copy(root.resolve("310199-001.json"), root.resolve("copy-of-310199-001.json"));

    CliRun run = CliRun.of("select", root.toString(), "--lang", "en");

    assertThat(run.status()).isEqualTo(JinduCli.INVALID);
    assertThat(run.out()).isEmpty();
    assertThat(run.errLines()).containsExactly("jindu: unit 310199-001 has two documents: "
        + root.resolve("310199-001.json") + " and " + root.resolve("copy-of-310199-001.json"));

    Files.delete(root.resolve("copy-of-310199-001.json"));
    CliRun peers = CliRun.of("select", root.toString(), "--lang", "en");
    assertThat(peers.status()).isEqualTo(JinduCli.INVALID);
    assertThat(peers.errLines()).contains("310199-002: $.peers: candidate 310199-002 lists peers; in a selection its"
        + " peers are the other candidates, so its evidence must not list any");
  }

  @Test
  void anInvalidJsonLine_isNamedByItsNumber() throws IOException {
    Path file = tmp.resolve("district.jsonl");
    List<String> lines = new ArrayList<>(Files.readAllLines(DistrictData.LINES, UTF_8));
    lines.set(2, "{}");
    Files.write(file, lines, UTF_8);

    CliRun run = CliRun.of("select", file.toString(), "--lang", "en");

    assertThat(run.status()).isEqualTo(JinduCli.INVALID);
    assertThat(run.out()).isEmpty();
    assertThat(run.errLines()).first().isEqualTo("jindu: invalid evidence in " + file + " line 3 (3 violations):");
    assertThat(CliRun.of("select", file.toString()).errLines()).first()
        .isEqualTo("jindu：" + file + " 第 3 行 中的材料无效（3 处违规）：");
  }

  @Test
  void aMissingPath_orAnEmptyDirectory_isAUsageError() throws IOException {
    CliRun missing = CliRun.of("select", tmp.resolve("none.jsonl").toString(), "--lang", "en");
    assertThat(missing.status()).isEqualTo(JinduCli.INVALID);
    assertThat(missing.out()).isEmpty();
    assertThat(missing.err()).endsWith(": no such file\n");

    Path empty = Files.createDirectory(tmp.resolve("empty"));
    CliRun none = CliRun.of("select", empty.toString(), "--lang", "en");
    assertThat(none.status()).isEqualTo(JinduCli.INVALID);
    assertThat(none.out()).isEmpty();
    assertThat(none.err()).isEqualTo("jindu: no evidence in " + empty + "\n");
  }
}
