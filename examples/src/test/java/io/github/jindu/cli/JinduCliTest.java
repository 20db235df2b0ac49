package io.github.jindu.cli;

import static java.nio.charset.StandardCharsets.UTF_8;
import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.catchThrowableOfType;

import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.ObjectMapper;
import io.github.jindu.AssessmentResult;
import io.github.jindu.InvalidEvidenceException;
import io.github.jindu.Violation;
import io.github.jindu.catalogue.MunicipalModelCommunity;
import io.github.jindu.json.CriteriaJson;
import io.github.jindu.json.EvidenceJson;
import io.github.jindu.json.ResultJson;
import io.github.jindu.report.ReportLanguage;
import io.github.jindu.report.Violations;
import java.io.ByteArrayOutputStream;
import java.io.IOException;
import java.io.InputStream;
import java.io.OutputStream;
import java.io.PrintStream;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.Arrays;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.stream.Collectors;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

/** The command line run in-process through {@link JinduCli#run}: exit status, standard output, standard error. */
class JinduCliTest {
  private static final Path SAMPLE =
      Path.of(System.getProperty("jindu.data.dir", "data"), "sample-town-2025.json");
  private static final ObjectMapper MAPPER = new ObjectMapper();

  @TempDir Path tmp;

  /** What one run printed and returned. */
  private static final class Run {
    final int status;
    final String out;
    final String err;

    Run(int status, String out, String err) {
      this.status = status;
      this.out = out;
      this.err = err;
    }
  }

  private static Run run(String... args) {
    ByteArrayOutputStream out = new ByteArrayOutputStream();
    ByteArrayOutputStream err = new ByteArrayOutputStream();
    int status =
        JinduCli.run(args, new PrintStream(out, true, UTF_8), new PrintStream(err, true, UTF_8));
    return new Run(status, out.toString(UTF_8), err.toString(UTF_8));
  }

  /** The expected outcome of every criterion of the sample, in catalogue order, and the overall one. */
  private static JsonNode expected() throws IOException {
    try (InputStream in =
        JinduCliTest.class.getResourceAsStream("/sample-town-2025.expected.json")) {
      return MAPPER.readTree(in);
    }
  }

  private static Map<String, String> outcomes(JsonNode criteria) {
    Map<String, String> outcomes = new LinkedHashMap<>();
    criteria.forEach(c -> outcomes.put(c.get("id").asText(), c.get("outcome").asText()));
    return outcomes;
  }

  private static List<String> lines(String text) {
    return Arrays.asList(text.split("\n", -1));
  }

  private Path sampleWith(String from, String to) throws IOException {
    String json = Files.readString(SAMPLE, UTF_8);
    assertThat(json).contains(from);
    Path file = tmp.resolve("edited.json");
    Files.writeString(file, json.replace(from, to), UTF_8);
    return file;
  }

  // ---- exit 0: an assessment was produced ----

  @Test
  void sample_text_isChineseReportWithConclusionFirst() {
    Run run = run("assess", SAMPLE.toString());

    assertThat(run.status).isEqualTo(JinduCli.OK);
    assertThat(run.err).isEmpty();
    assertThat(lines(run.out))
        .startsWith(
            "禁毒工作示范社区考评报告",
            "整体结论：未达标",
            // The reason is wrapped to 100 columns, its continuation indented by two.
            "原因：必备指标未达到 3 项（「尿检次数达到90%以上」「每季度开展毒情分析」「其中戒断毒瘾三年以上人数不",
            "  少于二分之一」）",
            "单位：东沙镇（310199-001）",
            "考评期：2025-01-01 至 2025-12-31");
    assertThat(run.out).contains("\n二(五) 预防教育深入\n").endsWith("\n").doesNotContain("\r");
  }

  @Test
  void sample_text_flagsEveryGatingNotMetCriterionAndOnlyThose() throws IOException {
    Run run = run("assess", SAMPLE.toString(), "--format", "text", "--lang", "zh");

    List<String> expectedNotMet =
        outcomes(expected().get("criteria")).entrySet().stream()
            .filter(
                e ->
                    e.getValue().equals("NOT_MET") && !e.getKey().equals("distinction.recognition"))
            .map(Map.Entry::getKey)
            .collect(Collectors.toList());
    List<String> flagged =
        lines(run.out).stream()
            .filter(l -> l.startsWith("!! ✗ 未达到 "))
            .map(l -> l.substring(l.lastIndexOf('[') + 1, l.length() - 1))
            .collect(Collectors.toList());
    assertThat(flagged).containsExactlyElementsOf(expectedNotMet);
    assertThat(lines(run.out).stream().filter(l -> l.startsWith("!! ")))
        .hasSize(expectedNotMet.size());
    assertThat(run.out).contains("!! ✗ 未达到 尿检次数达到90%以上（二(七)）[rehabilitation.urine-test-count]\n");
    assertThat(run.out)
        .contains(
            "\n   ✗ 未达到 力争调研成果和实践经验得到市、区肯定推广（二(九)）〔参考项，不影响整体结论〕"
                + "\n     [distinction.recognition]\n");
  }

  @Test
  void sample_textInEnglish() {
    Run run = run("assess", SAMPLE.toString(), "--lang", "en");

    assertThat(run.status).isEqualTo(JinduCli.OK);
    assertThat(lines(run.out))
        .startsWith(
            "Drug-control model community assessment report", "Overall conclusion: NOT_QUALIFIED");
    assertThat(run.out)
        .contains(
            "!! ✗ NOT_MET tests done / tests due >= 90 % (二(七)) [rehabilitation.urine-test-count]\n")
        .contains("      observed: 58/121 (47.93 %); required: >= 1/2\n")
        .doesNotContain("未达到");
  }

  @Test
  void sample_json_equalsTheExpectedOutcomesCriterionByCriterion() throws IOException {
    Run run = run("assess", SAMPLE.toString(), "--format", "json");

    assertThat(run.status).isEqualTo(JinduCli.OK);
    assertThat(run.err).isEmpty();
    JsonNode actual = MAPPER.readTree(run.out);
    JsonNode expected = expected();
    assertThat(actual.get("format").asText()).isEqualTo("result/1");
    assertThat(actual.get("overall").asText())
        .isEqualTo("NOT_QUALIFIED")
        .isEqualTo(expected.get("overall").asText());
    assertThat(outcomes(actual.get("criteria")))
        .containsExactlyEntriesOf(outcomes(expected.get("criteria")));
  }

  @Test
  void sample_json_readsBackToTheResultOfTheLibrary() throws IOException {
    Run run = run("assess", SAMPLE.toString(), "--format", "json");

    AssessmentResult direct;
    try (InputStream in = Files.newInputStream(SAMPLE)) {
      direct = MunicipalModelCommunity.criteriaSet().assess(EvidenceJson.read(in));
    }
    assertThat(ResultJson.read(run.out, MunicipalModelCommunity.criteriaSet())).isEqualTo(direct);
    assertThat(run.out).isEqualTo(ResultJson.write(direct));
  }

  /** Found by a break test: {@code --lang en} before the command, as the top-level usage shows it, was ignored. */
  @Test
  void theLanguageGivenBeforeTheCommand_isTheCommandsToo_unlessItGivesItsOwn() {
    Run before = run("--lang", "en", "assess", SAMPLE.toString());
    assertThat(before.status).isEqualTo(JinduCli.OK);
    assertThat(before.out).isEqualTo(run("assess", SAMPLE.toString(), "--lang", "en").out);
    assertThat(run("--lang", "en", "assess", "no-such-file.json").err)
        .contains("no-such-file.json")
        .doesNotContain("无法");
    assertThat(run("--lang", "en", "assess", SAMPLE.toString(), "--lang", "zh-Hant").out)
        .isEqualTo(run("assess", SAMPLE.toString(), "--lang", "zh-Hant").out);
  }

  @Test
  void optionValues_areCaseInsensitive() {
    assertThat(run("assess", SAMPLE.toString(), "--format", "JSON").out)
        .isEqualTo(run("assess", SAMPLE.toString(), "--format", "json").out);
    assertThat(run("assess", "--lang", "EN", SAMPLE.toString()).out)
        .isEqualTo(run("assess", SAMPLE.toString(), "--lang", "en").out);
  }

  @Test
  void output_isTheSameOnEveryRun() {
    assertThat(run("assess", SAMPLE.toString()).out)
        .isEqualTo(run("assess", SAMPLE.toString()).out);
  }

  @Test
  void help_listsTheSubcommandAndExitsZero() {
    Run top = run("--help", "--lang", "en");
    Run assess = run("assess", "--help", "--lang", "en");

    assertThat(top.status).isZero();
    assertThat(top.out).contains("Usage: jindu", "assess", "Exit status:");
    assertThat(assess.status).isZero();
    assertThat(assess.out)
        .contains(
            "Usage: jindu assess",
            "FILE",
            "--format",
            "--lang",
            "the evidence: an evidence/1 JSON file in UTF-8");
    Run chinese = run("assess", "--help");
    assertThat(chinese.status).isZero();
    assertThat(chinese.out)
        .contains("用法： jindu assess", "材料：UTF-8 编码的 evidence/1 JSON 文件", "退出状态：", "显示此帮助信息并退出。")
        .doesNotContain("Usage:", "Exit status:", "the evidence");
    assertThat(run("--help").out).contains("用法： jindu", "命令：", "按考评标准，精确评估");
    assertThat(run("assess", "--help", "--lang", "zh-TW").out)
        .contains("用法： jindu assess", "材料：UTF-8 編碼");
  }

  @Test
  void version_isPrintedAndExitsZero() {
    Run run = run("--version");

    assertThat(run.status).isZero();
    assertThat(run.out)
        .matches(
            "jindu \\d+\\.\\d+\\.\\d+(-SNAPSHOT)?\\Rmunicipal-model-community 2009 sha256:[0-9a-f]{64}\\R");
  }

  // ---- exit 2: invalid evidence or a usage error, nothing on standard output ----

  @Test
  void invalidEvidence_exitsTwoWithEachViolationOnItsOwnLine() throws IOException {
    Path file = sampleWith("\"population.reached\": 78950", "\"population.reached\": 90000");
    List<Violation> violations;
    try (InputStream in = Files.newInputStream(file)) {
      violations =
          catchThrowableOfType(
                  InvalidEvidenceException.class,
                  () -> MunicipalModelCommunity.criteriaSet().assess(EvidenceJson.read(in)))
              .violations();
    }

    Run run = run("assess", file.toString(), "--lang", "en");

    assertThat(run.status).isEqualTo(JinduCli.INVALID);
    assertThat(run.out).isEmpty();
    assertThat(violations).isNotEmpty();
    assertThat(lines(run.err))
        .containsAll(
            violations.stream()
                .map(
                    v ->
                        Violations.render(
                            v,
                            ReportLanguage.EN,
                            Optional.of(MunicipalModelCommunity.criteriaSet())))
                .collect(Collectors.toList()));
    assertThat(run.err)
        .isEqualTo(
            "jindu: invalid evidence in "
                + file
                + " (1 violation):\n"
                + "$.counts[\"population.reached\"]: population.reached (90000) must not exceed population.actual (84210)\n");
  }

  @Test
  void invalidEvidence_inChinese_namesTheMetricsByTheirChineseNames_andTheLocationInWords()
      throws IOException {
    Path file = sampleWith("\"population.reached\": 78950", "\"population.reached\": 84211");

    Run zh = run("assess", file.toString(), "--lang", "zh");
    Run byDefault = run("assess", file.toString());
    Run hant = run("assess", file.toString(), "--lang", "zh-Hant");
    Run en = run("assess", file.toString(), "--lang", "en");

    assertThat(zh.status).isEqualTo(JinduCli.INVALID);
    assertThat(zh.out).isEmpty();
    assertThat(zh.err)
        .isEqualTo(
            "jindu："
                + file
                + " 中的材料无效（1 处违规）：\n"
                + "计数“population.reached”：受到禁毒宣传教育的实有人口（population.reached）84211 超过实有人口"
                + "（population.actual）84210\n");
    assertThat(byDefault.err).isEqualTo(zh.err);
    assertThat(run("assess", file.toString(), "--lang", "zh-CN").err).isEqualTo(zh.err);
    assertThat(hant.err)
        .isEqualTo(
            "jindu："
                + file
                + " 中的材料無效（1 處違規）：\n"
                + "計數“population.reached”：受到禁毒宣傳教育的實有人口（population.reached）84211 超過實有人口"
                + "（population.actual）84210\n");
    assertThat(run("assess", file.toString(), "--lang", "zh-HK").err).isEqualTo(hant.err);
    assertThat(run("assess", file.toString(), "--lang", "ZH-tw").err).isEqualTo(hant.err);
    assertThat(en.err)
        .isEqualTo(
            "jindu: invalid evidence in "
                + file
                + " (1 violation):\n"
                + "$.counts[\"population.reached\"]: population.reached (84211) must not exceed population.actual (84210)\n");
  }

  @Test
  void aKeyWithAZeroWidthSpaceAndAnOverride_isPrintedWithVisibleMarkers_inEveryLanguage()
      throws IOException {
    Path file = sampleWith("\"hotspots\": 0", "\"hotspots\": 0, \"hotspots\\u200b\\u202e\": 0");

    Run zh = run("assess", file.toString());
    Run en = run("assess", file.toString(), "--lang", "en");

    assertThat(zh.status).isEqualTo(JinduCli.INVALID);
    assertThat(zh.err + en.err).doesNotContain("\u200b", "\u202e");
    assertThat(zh.err).contains("\n计数“hotspots<U+200B><U+202E>”：“hotspots<U+200B><U+202E>”不是统计项的键");
    assertThat(en.err)
        .contains(
            "\n$.counts[\"hotspots<U+200B><U+202E>\"]: \"hotspots<U+200B><U+202E>\" is not a metric key");
  }

  @Test
  void severalViolations_areAllReported() throws IOException {
    String json =
        Files.readString(SAMPLE, UTF_8)
            .replace("\"hotspots\": 0", "\"hotspots\": -1")
            .replace("\"date\": \"2025-12-22\"", "\"date\": \"2026-01-05\"");
    Path file = tmp.resolve("two-violations.json");
    Files.writeString(file, json, UTF_8);

    Run run = run("assess", file.toString(), "--format", "json", "--lang", "en");

    assertThat(run.status).isEqualTo(JinduCli.INVALID);
    assertThat(run.out).isEmpty();
    List<String> violationLines = new ArrayList<>(lines(run.err));
    violationLines.removeIf(l -> !l.startsWith("$"));
    assertThat(violationLines).hasSizeGreaterThanOrEqualTo(2);
    assertThat(run.err).contains("$.counts[\"hotspots\"]", "2026-01-05");
    Run zh = run("assess", file.toString(), "--format", "json");
    assertThat(zh.err)
        .contains("计数“hotspots”：吸毒贩毒问题突出的地区、路段、场所数（hotspots）-1 为负数\n", "的日期：2026-01-05 的")
        .doesNotContain("$");
  }

  @Test
  void malformedJson_exitsTwo() throws IOException {
    Path file = tmp.resolve("broken.json");
    Files.writeString(file, "{\"format\": \"evidence/1\", ", UTF_8);

    Run run = run("assess", file.toString());

    assertThat(run.status).isEqualTo(JinduCli.INVALID);
    assertThat(run.out).isEmpty();
    assertThat(run.err)
        .isEqualTo("jindu：" + file + " 中的材料无效（1 处违规）：\n" + "整个文件：不是格式正确的 JSON：第 1 行第 26 列有误\n");
    assertThat(run("assess", file.toString(), "--lang", "en").err)
        .contains("\n$: not well-formed JSON at line 1," + " column 26: ");
  }

  @Test
  void missingFile_exitsTwo() {
    Run run = run("assess", tmp.resolve("no-such-town.json").toString());

    assertThat(run.status).isEqualTo(JinduCli.INVALID);
    assertThat(run.out).isEmpty();
    assertThat(run.err).isEqualTo("jindu：没有这个文件：" + tmp.resolve("no-such-town.json") + "\n");
    assertThat(run("assess", tmp.resolve("no-such-town.json").toString(), "--lang", "en").err)
        .isEqualTo("jindu: no such file: " + tmp.resolve("no-such-town.json") + "\n");
  }

  @Test
  void directoryInsteadOfFile_exitsTwo() {
    Run run = run("assess", tmp.toString());

    assertThat(run.status).isEqualTo(JinduCli.INVALID);
    assertThat(run.out).isEmpty();
    assertThat(run.err).isEqualTo("jindu：无法读取 " + tmp + "：它是一个目录\n");
    assertThat(run("assess", tmp.toString(), "--lang", "en").err)
        .isEqualTo("jindu: cannot read " + tmp + ": it is a directory\n");
  }

  @Test
  void unknownOption_exitsTwo() {
    Run run = run("assess", SAMPLE.toString(), "--colour", "red");

    assertThat(run.status).isEqualTo(JinduCli.INVALID);
    assertThat(run.out).isEmpty();
    assertThat(run.err).startsWith("未知选项：--colour\n用法： jindu assess");
    assertThat(run("assess", SAMPLE.toString(), "--colour", "red", "--lang", "en").err)
        .startsWith("Unknown option: '--colour'\nUsage: jindu assess");
  }

  @Test
  void unknownFormat_exitsTwo() {
    Run run = run("assess", SAMPLE.toString(), "--format", "xml");

    assertThat(run.status).isEqualTo(JinduCli.INVALID);
    assertThat(run.out).isEmpty();
    assertThat(run.err).startsWith("选项 --format 的值无效：xml（可用：text、json、html）\n用法：");
    assertThat(run("assess", SAMPLE.toString(), "--format", "xml", "--lang", "en").err)
        .startsWith(
            "Invalid value"
                + " for option '--format': expected one of [TEXT, JSON, HTML] (case-insensitive) but was 'xml'\nUsage:");
    assertThat(run("assess", SAMPLE.toString(), "--lang", "fr").err)
        .startsWith("选项 --lang 的值无效：fr（可用：zh、zh-Hans、zh-CN、zh-Hant、zh-TW、zh-HK、en）\n");
  }

  @Test
  void noFileArgument_exitsTwo() {
    Run run = run("assess");

    assertThat(run.status).isEqualTo(JinduCli.INVALID);
    assertThat(run.out).isEmpty();
    assertThat(run.err).startsWith("缺少必需的参数：FILE\n");
    assertThat(run("assess", "--lang", "en").err)
        .startsWith("Missing required parameter: 'FILE'\n");
  }

  @Test
  void noSubcommand_exitsTwo() {
    Run run = run();

    assertThat(run.status).isEqualTo(JinduCli.INVALID);
    assertThat(run.out).isEmpty();
    assertThat(run.err).startsWith("缺少子命令\n用法： jindu");
  }

  // ---- exit 1: anything else ----

  @Test
  void unexpectedException_exitsOneWithTheReasonOnStandardError() {
    OutputStream exploding =
        new OutputStream() {
          @Override
          public void write(int b) {
            throw new IllegalStateException("the output exploded");
          }
        };
    ByteArrayOutputStream err = new ByteArrayOutputStream();

    int status =
        JinduCli.run(
            new String[] {"assess", SAMPLE.toString()},
            new PrintStream(exploding, true, UTF_8),
            new PrintStream(err, true, UTF_8));

    assertThat(status).isEqualTo(JinduCli.ERROR);
    assertThat(err.toString(UTF_8)).contains("jindu：意外错误：", "the output exploded");
  }

  @Test
  void outputThatCannotBeWritten_exitsOne() {
    OutputStream full =
        new OutputStream() {
          @Override
          public void write(int b) throws IOException {
            throw new IOException("No space left on device");
          }
        };
    ByteArrayOutputStream err = new ByteArrayOutputStream();

    int status =
        JinduCli.run(
            new String[] {"assess", SAMPLE.toString(), "--format", "json"},
            new PrintStream(full, true, UTF_8),
            new PrintStream(err, true, UTF_8));

    assertThat(status).isEqualTo(JinduCli.ERROR);
    assertThat(err.toString(UTF_8)).contains("jindu：无法写入标准输出");
  }

  // ---- --criteria FILE ----

  private Path defaultCriteriaWith(String from, String to) throws IOException {
    String json;
    try (InputStream in =
        JinduCliTest.class.getResourceAsStream(CriteriaJson.DEFAULT_SET_RESOURCE)) {
      json = new String(in.readAllBytes(), UTF_8);
    }
    assertThat(json).contains(from);
    Path file = tmp.resolve("criteria.json");
    Files.writeString(file, json.replace(from, to), UTF_8);
    return file;
  }

  @Test
  void criteriaFile_aStricterVariant_isAssessedAndNamedByItsFingerprint() throws IOException {
    Path strict = defaultCriteriaWith("\"version\" : \"2009\"", "\"version\" : \"2009-strict\"");
    Files.writeString(
        strict,
        Files.readString(strict, UTF_8).replace("\"bound\" : \"9/10\"", "\"bound\" : \"95%\""),
        UTF_8);
    Run run = run("assess", SAMPLE.toString(), "--criteria", strict.toString(), "--format", "json");

    assertThat(run.status).isEqualTo(JinduCli.OK);
    JsonNode result = MAPPER.readTree(run.out);
    assertThat(result.get("criteriaSetVersion").asText()).isEqualTo("2009-strict");
    assertThat(result.get("criteriaSetFingerprint").asText())
        .matches("sha256:[0-9a-f]{64}")
        .isNotEqualTo(MunicipalModelCommunity.criteriaSet().fingerprint());
    assertThat(outcomes(result.get("criteria")).get("prevention.population-coverage"))
        .isEqualTo("NOT_MET");
  }

  @Test
  void criteriaFile_thatIsInvalid_exitsTwoNamingEachViolation() throws IOException {
    Path broken = defaultCriteriaWith("\"kind\" : \"zero\"", "\"kind\" : \"nought\"");
    Run run = run("assess", SAMPLE.toString(), "--criteria", broken.toString(), "--lang", "en");

    assertThat(run.status).isEqualTo(JinduCli.INVALID);
    assertThat(run.out).isEmpty();
    assertThat(run.err)
        .startsWith("jindu: invalid criteria set in " + broken + " (3 violations):\n")
        .contains("$.indicators[9].criteria[4].bar.kind: unknown kind of bar \"nought\"");
    assertThat(run("assess", SAMPLE.toString(), "--criteria", broken.toString()).err)
        .startsWith("jindu：" + broken + " 中的考评标准无效（3 处违规）：\n")
        .contains("第 10 个指标的第 5 项标准的达标条件的类型：未知的标准类型“nought”（可用：attested, min-share,");
  }

  @Test
  void exampleHundredPointSet_scoresTheSampleTown_andQualifiesIt() {
    Path example = SAMPLE.getParent().resolve("criteria/example-district-100-points.criteria.json");
    Run run = run("assess", SAMPLE.toString(), "--criteria", example.toString());

    assertThat(run.status).isEqualTo(JinduCli.OK);
    assertThat(lines(run.out)).startsWith("禁毒工作示范社区考评报告", "整体结论：达标", "原因：得分 93 分，达到及格线 80 分");
    assertThat(run.out)
        .contains(
            "\n得分：93 分（满分 105，及格线 80）；等级：良好 [85, 95)；加分 0，扣分 0\n",
            "考评标准：示例：某区禁毒工作示范社区（百分制）（example-district-100-points）\n",
            "      实际：979/1104 (88.68 %)；要求：≥ 90%（9/10）；得分：0\n",
            "\n说明：标有“!!”的行是未达到或材料缺失的必备指标；整体结论按计分方案确定：一票否决项未达到即一票否决，"
                + "\n  一票否决项材料缺失即材料不全，否则按得分与及格线确定；参考项可计加分。\n",
            "〔参考项，非必备；计分方案可计加分〕\n     [distinction.recognition]\n");
  }

  /**
   * Zeroing the whole of a failing share (no tests due, none done, while 129 persons were tested) would turn the
   * 0-point tests-done share into no bar at all and raise the score from 93 to 95: the example set declares the
   * default set's table of parts, so that evidence is refused, on the example set as on the default one.
   */
  @Test
  void exampleHundredPointSet_refusesAZeroedWhole_withThePartAboveWholeRule() throws IOException {
    Path example = SAMPLE.getParent().resolve("criteria/example-district-100-points.criteria.json");
    String zeroed =
        Files.readString(SAMPLE, UTF_8)
            .replace("\"urine-test.tests-due\": 1104", "\"urine-test.tests-due\": 0")
            .replace("\"urine-test.tests-done\": 979", "\"urine-test.tests-done\": 0");
    assertThat(zeroed).contains("\"urine-test.tests-due\": 0", "\"urine-test.tests-done\": 0");
    Path file = tmp.resolve("zeroed-whole.json");
    Files.writeString(file, zeroed, UTF_8);

    List<Violation> violations =
        catchThrowableOfType(
                InvalidEvidenceException.class,
                () ->
                    EvidenceJson.read(zeroed, CriteriaJson.read(Files.readString(example, UTF_8))))
            .violations();
    assertThat(violations)
        .extracting(v -> v.code().code() + " " + v.values())
        .containsExactly(
            "count.part-above-whole [urine-test.persons-tested, 129, urine-test.tests-done, 0]",
            "count.part-above-whole-via [urine-test.persons-tested, 129, urine-test.tests-due, 0, "
                + "urine-test.persons-due]",
            "count.part-above-whole [urine-test.persons-due, 138, urine-test.tests-due, 0]");

    Run run = run("assess", file.toString(), "--criteria", example.toString());
    assertThat(run.status).isEqualTo(JinduCli.INVALID);
    assertThat(run.out).isEmpty();
    assertThat(run.err)
        .startsWith("jindu：" + file + " 中的材料无效（3 处违规）：\n")
        .contains(
            "计数“urine-test.persons-due”：应尿检人数（urine-test.persons-due）138 超过应尿检次数"
                + "（urine-test.tests-due）0\n");
  }
}
