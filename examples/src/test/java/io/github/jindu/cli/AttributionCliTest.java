package io.github.jindu.cli;

import static java.nio.charset.StandardCharsets.UTF_8;
import static org.assertj.core.api.Assertions.assertThat;

import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.ObjectMapper;
import io.github.jindu.AssessmentResult;
import io.github.jindu.Attribution;
import io.github.jindu.CriteriaSet;
import io.github.jindu.catalogue.MunicipalModelCommunity;
import io.github.jindu.examples.DistrictData;
import io.github.jindu.examples.GenerateBatch;
import io.github.jindu.json.EvidenceJson;
import io.github.jindu.json.ResultJson;
import java.io.IOException;
import java.io.StringWriter;
import java.nio.file.Files;
import java.nio.file.Path;
import java.time.LocalDate;
import java.util.List;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

/** {@code --assessed-on} and {@code --assessor} on {@code assess}, {@code assess-batch} and {@code select}. */
class AttributionCliTest {
  private static final ObjectMapper MAPPER = new ObjectMapper();
  private static final CriteriaSet SET = MunicipalModelCommunity.criteriaSet();
  private static final String SAMPLE =
      Path.of(System.getProperty("jindu.data.dir", "data"), "sample-town-2025.json").toString();
  private static final String DIGEST =
      "sha256:bc1f01f6b8b2380ffb7a8a64d8694e1d795f002fbb1ba83d909c509425974eb4";
  private static final String[] SIGNED = {"--assessed-on", "2026-01-15", "--assessor", "区禁毒办 考评组"};

  @TempDir Path tmp;

  private static String[] args(String[] first, String... more) {
    String[] all = new String[first.length + more.length];
    System.arraycopy(first, 0, all, 0, first.length);
    System.arraycopy(more, 0, all, first.length, more.length);
    return all;
  }

  private static List<String> tail(List<String> lines, int n) {
    return lines.subList(lines.size() - n, lines.size());
  }

  @Test
  void assess_printsTheAuditBlock_withTheDateAndTheAssessorGiven() {
    CliRun run = CliRun.of(args(new String[] {"assess", SAMPLE}, SIGNED));

    assertThat(run.status()).isEqualTo(JinduCli.OK);
    assertThat(run.err()).isEmpty();
    assertThat(tail(run.outLines(), 7))
        .containsExactly(
            "审核信息",
            "考评标准：市禁毒工作示范社区（municipal-model-community），版本 2009",
            "标准指纹：" + SET.fingerprint(),
            "材料摘要：" + DIGEST,
            "考评日期：2026-01-15",
            "考评人：区禁毒办 考评组",
            "说明：标准指纹和材料摘要是 SHA-256 校验值；考评标准或考评材料有任何改动，校验值即随之改变。");
  }

  @Test
  void assess_inTraditionalChineseAndEnglish_andWithoutTheOptions_saysNotGiven() {
    assertThat(
            CliRun.of(args(new String[] {"assess", SAMPLE, "--lang", "zh-Hant"}, SIGNED))
                .outLines())
        .contains("審核資訊", "考評日期：2026-01-15", "考評人：区禁毒办 考评组");
    assertThat(CliRun.of(args(new String[] {"assess", SAMPLE, "--lang", "en"}, SIGNED)).outLines())
        .contains(
            "Audit", "Evidence digest: " + DIGEST, "Assessed on: 2026-01-15", "Assessor: 区禁毒办 考评组");
    assertThat(CliRun.of("assess", SAMPLE).outLines()).contains("考评日期：未填写", "考评人：未填写");
    assertThat(CliRun.of("assess", SAMPLE, "--assessor", "张三", "--lang", "en").outLines())
        .contains("Assessed on: not given", "Assessor: 张三");
  }

  @Test
  void assess_json_writesAssessedOnAndAssessor_whichReadBack() throws IOException {
    CliRun run = CliRun.of(args(new String[] {"assess", SAMPLE, "--format", "json"}, SIGNED));

    assertThat(run.status()).isEqualTo(JinduCli.OK);
    JsonNode root = MAPPER.readTree(run.out());
    assertThat(root.get("evidenceDigest").asText()).isEqualTo(DIGEST);
    assertThat(root.get("assessedOn").asText()).isEqualTo("2026-01-15");
    assertThat(root.get("assessor").asText()).isEqualTo("区禁毒办 考评组");
    AssessmentResult back = ResultJson.read(run.out(), SET);
    assertThat(back.attribution()).isEqualTo(Attribution.of(LocalDate.of(2026, 1, 15), "区禁毒办 考评组"));
    assertThat(
            MAPPER
                .readTree(CliRun.of("assess", SAMPLE, "--format", "json").out())
                .has("assessedOn"))
        .isFalse();
  }

  @Test
  void aDateNotWrittenYyyyMmDd_orNotOfTheCalendar_isAUsageError_inTheReadersLanguage() {
    for (String bad :
        new String[] {"2026-1-15", "15/01/2026", "2026-02-30", "２０２６-01-15", "today"}) {
      CliRun run = CliRun.of("assess", SAMPLE, "--assessed-on", bad);
      assertThat(run.status()).as(bad).isEqualTo(JinduCli.INVALID);
      assertThat(run.out()).isEmpty();
      assertThat(run.err())
          .startsWith("选项 --assessed-on 的值无效：" + bad + "（应为 yyyy-MM-dd 格式的日期，如 2026-01-15）\n用法：");
    }
    assertThat(CliRun.of("assess", SAMPLE, "--assessed-on", "2026-02-30", "--lang", "en").err())
        .startsWith(
            "Invalid value for option '--assessed-on': '2026-02-30' is not a date yyyy-MM-dd (such as"
                + " 2026-01-15)\nUsage:");
    assertThat(
            CliRun.of("assess", SAMPLE, "--assessed-on", "2026/01/15", "--lang", "zh-Hant").err())
        .startsWith("選項 --assessed-on 的值無效：2026/01/15（應為 yyyy-MM-dd 格式的日期，如 2026-01-15）\n");
  }

  @Test
  void aBlankAssessor_orOneWithAControlOrFormatCharacter_isAUsageError() {
    for (String bad : new String[] {" ", "\u200b", "张三\u202e", "考评\t组"}) {
      CliRun run = CliRun.of("assess", SAMPLE, "--assessor", bad);
      assertThat(run.status()).as(bad).isEqualTo(JinduCli.INVALID);
      assertThat(run.out()).isEmpty();
      assertThat(run.err())
          .startsWith(
              "选项 --assessor 的值无效：" + JinduCli.printable(bad) + "（考评人不能为空，也不能含有控制字符或格式字符）\n用法：");
    }
    assertThat(
            CliRun.of("select", DistrictData.DIRECTORY.toString(), "--assessor", "", "--lang", "en")
                .err())
        .startsWith(
            "Invalid value for option '--assessor': '' (the assessor must not be blank, nor hold control or"
                + " format characters)\nUsage: jindu select");
  }

  @Test
  void anAssessorWithAnOverrideOrAZeroWidthSpace_isEchoedWithAVisibleMarker_neverRaw() {
    CliRun zh = CliRun.of("assess", SAMPLE, "--assessor", "未\u202e标达");
    assertThat(zh.err())
        .doesNotContain("\u202e")
        .startsWith("选项 --assessor 的值无效：未<U+202E>标达（考评人不能为空，也不能含有控制字符或格式字符）\n");
    CliRun en = CliRun.of("assess", SAMPLE, "--assessor", "\u200b", "--lang", "en");
    assertThat(en.err())
        .doesNotContain("\u200b")
        .startsWith(
            "Invalid value for option '--assessor': '<U+200B>' (the assessor must not be blank");
  }

  @Test
  void assessBatch_recordsTheAttribution_inEveryLine() throws IOException {
    StringWriter text = new StringWriter();
    GenerateBatch.write(3, 2025, text);
    Path file = tmp.resolve("batch.jsonl");
    Files.writeString(file, text.toString(), UTF_8);
    List<String> input = Files.readAllLines(file, UTF_8);

    CliRun run = CliRun.of(args(new String[] {"assess-batch", file.toString()}, SIGNED));

    assertThat(run.status()).isEqualTo(JinduCli.OK);
    assertThat(run.outLines()).hasSize(3);
    Attribution signed = Attribution.of(LocalDate.of(2026, 1, 15), "区禁毒办 考评组");
    for (int i = 0; i < 3; i++) {
      assertThat(run.outLines().get(i) + "\n")
          .isEqualTo(ResultJson.writeLine(SET.assess(EvidenceJson.read(input.get(i)), signed)));
      assertThat(MAPPER.readTree(run.outLines().get(i)).get("assessor").asText())
          .isEqualTo("区禁毒办 考评组");
    }
    CliRun bad = CliRun.of("assess-batch", file.toString(), "--assessed-on", "2026-13-01");
    assertThat(bad.status()).isEqualTo(JinduCli.INVALID);
    assertThat(bad.out()).isEmpty();
  }

  @Test
  void select_printsTheAuditBlock_withEveryCandidatesDigest_andDistrict1HasThemToo()
      throws IOException {
    String directory = DistrictData.DIRECTORY.toString();
    CliRun run = CliRun.of(args(new String[] {"select", directory}, SIGNED));
    CliRun json = CliRun.of(args(new String[] {"select", directory, "--format", "json"}, SIGNED));

    assertThat(run.status()).isEqualTo(JinduCli.OK);
    JsonNode root = MAPPER.readTree(json.out());
    assertThat(root.get("assessedOn").asText()).isEqualTo("2026-01-15");
    assertThat(root.get("assessor").asText()).isEqualTo("区禁毒办 考评组");
    assertThat(root.get("criteriaSetFingerprint").asText()).isEqualTo(SET.fingerprint());
    List<String> lines = run.outLines();
    int audit = lines.indexOf("审核信息");
    assertThat(lines.subList(audit, audit + 6))
        .containsExactly(
            "审核信息",
            "考评标准：市禁毒工作示范社区（municipal-model-community），版本 2009",
            "标准指纹：" + SET.fingerprint(),
            "考评日期：2026-01-15",
            "考评人：区禁毒办 考评组",
            "各候选单位材料摘要：");
    for (JsonNode c : root.get("candidates")) {
      assertThat(lines)
          .contains(
              c.get("unit").asText()
                  + "  "
                  + c.get("evidenceDigest").asText()
                  + "  "
                  + c.get("unitName").asText());
    }
    assertThat(lines.subList(audit + 6, lines.size())).hasSize(7);
  }
}
