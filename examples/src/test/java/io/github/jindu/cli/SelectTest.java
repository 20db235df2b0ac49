package io.github.jindu.cli;

import static java.nio.charset.StandardCharsets.UTF_8;
import static org.assertj.core.api.Assertions.assertThat;

import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.ObjectMapper;
import com.fasterxml.jackson.databind.node.ArrayNode;
import com.fasterxml.jackson.databind.node.ObjectNode;
import io.github.jindu.catalogue.MunicipalModelCommunity;
import io.github.jindu.examples.DistrictData;
import io.github.jindu.json.CriteriaJson;
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
    String example =
        DistrictData.DIRECTORY
            .getParent()
            .resolve("criteria/example-district-100-points.criteria.json")
            .toString();
    CliRun run = CliRun.of("select", DIRECTORY, "--criteria", example);

    assertThat(run.status()).isEqualTo(JinduCli.OK);
    // The case rate is not assessed for anyone (310199-007's cases are unknown): no one gets its 2
    // points, and each loses 1 for the missing evidence, so 西沙镇, 南港镇 and 北湖街道 tie.
    assertThat(run.outLines())
        .containsSubsequence(
            "1（并列）  310199-002  西沙镇    达标      得分 101（优秀）",
            "1（并列）  310199-003  南港镇    达标      得分 101（优秀）；28 项统计数由下级单位汇总",
            "1（并列）  310199-004  北湖街道  达标      得分 101（优秀）",
            "4          310199-006  北沙镇    达标      得分 100（优秀）",
            "5          310199-005  西港镇    达标      得分 99（优秀）",
            "6          310199-001  东沙镇    达标      得分 90（良好）");
  }

  @Test
  void theBundledDistrict_chineseReport_exit0() {
    CliRun run = CliRun.of("select", DIRECTORY);

    assertThat(run.status()).isEqualTo(JinduCli.OK);
    assertThat(run.err()).isEmpty();
    assertThat(run.outLines())
        .startsWith("禁毒工作示范社区评选报告")
        .contains(
            "候选单位：6 个；达标 0 个，材料不全 3 个，未达标 3 个，一票否决 0 个",
            "  非候选单位 310199-007：实有人口 40100，涉毒八类刑事案件数未知");
    // Lines longer than 100 columns are wrapped, each continuation indented by two.
    assertThat(run.out())
        .contains(
            "\n注意：310199-007 的涉毒八类刑事案件数（cases.drug-related）未知，无法确定全区最低的万人发案率，所有\n"
                + "  候选单位的“涉毒八类刑事案件万人发案率在全区最低”[results.case-rate-lowest]均为材料缺失；补齐该数据\n"
                + "  后方可评定\n",
            "\n1（并列）  310199-003  南港镇    材料不全  材料缺失：「涉毒八类刑事案件万人发案率在全区最低」\n"
                + "  [results.case-rate-lowest]；28 项统计数由下级单位汇总\n",
            "\n4（并列）  310199-001  东沙镇    未达标    未达到：「尿检次数达到90%以上」\n"
                + "  [rehabilitation.urine-test-count]「每季度开展毒情分析」[groundwork.quarterly-analysis]「其中戒断毒\n"
                + "  瘾三年以上人数不少于二分之一」[results.abstinence-3y]\n",
            "\n4（并列）  310199-005  西港镇    未达标    未达到：「对因领导不力、措施不落实导致毒品问题发展蔓延的\n"
                + "  单位，实行社会治安综合治理一票否决」[responsibility.veto-applied]\n");
    assertThat(run.out()).doesNotContain("等 ");
  }

  @Test
  void detail_printsEachCandidatesFullReport_afterTheRanking_asAssessPrintsIt() throws IOException {
    CliRun run = CliRun.of("select", DIRECTORY, "--detail");

    assertThat(run.status()).isEqualTo(JinduCli.OK);
    assertThat(run.out())
        .startsWith(CliRun.of("select", DIRECTORY).out() + "\n三、各候选单位考评报告（按评选结果顺序）\n");
    // 北湖街道's full report is exactly what assess prints for its evidence, its peers the whole
    // district.
    Path beihu = tmp.resolve("310199-004.json");
    String evidence = Files.readString(DistrictData.DIRECTORY.resolve("310199-004.json"), UTF_8);
    Files.writeString(
        beihu,
        evidence.replace(
            "\"vetoes\": []",
            "\"vetoes\": [], \"peers\": ["
                + "{\"unit\": \"310199-001\", \"population\": 84210, \"cases\": 6},"
                + "{\"unit\": \"310199-002\", \"population\": 52300, \"cases\": 5},"
                + "{\"unit\": \"310199-003\", \"population\": 120400, \"cases\": 11},"
                + "{\"unit\": \"310199-005\", \"population\": 97150, \"cases\": 9},"
                + "{\"unit\": \"310199-006\", \"population\": 43900, \"cases\": 4},"
                + "{\"unit\": \"310199-007\", \"population\": 40100}]"),
        UTF_8);
    String assess = CliRun.of("assess", beihu.toString()).out();
    assertThat(assess).contains("缺少材料：区内单位 310199-007 的涉毒八类刑事案件数（peers 中 310199-007 的 cases）");
    assertThat(run.out())
        .contains("\n======== 第 1 名：北湖街道（310199-004） ========\n" + assess + "\n========");
  }

  @Test
  void theExcerptInDocsDistrictMd_isWhatTheBundledDistrictPrints() throws IOException {
    String doc =
        Files.readString(
            Path.of(System.getProperty("jindu.docs.dir", "../docs"), "district.md"), UTF_8);
    int start = doc.indexOf("```text\n单位代码");
    assertThat(start).as("the report excerpt of docs/district.md").isNotNegative();
    List<String> excerpt =
        doc.substring(start + "```text\n".length(), doc.indexOf("```", start + 3))
            .lines()
            .filter(l -> !l.equals("..."))
            .toList();

    assertThat(excerpt).hasSizeGreaterThan(5);
    assertThat(CliRun.of("select", DIRECTORY).outLines()).containsAll(excerpt);
  }

  @Test
  void theDirectoryAndTheJsonLines_printTheSameReport_inEitherLanguage_andTheAliasToo() {
    String peers = DistrictData.PEERS.toString();
    assertThat(CliRun.of("select", LINES, "--peers", peers).out())
        .isEqualTo(CliRun.of("select", DIRECTORY).out());
    CliRun english = CliRun.of("assess-district", LINES, "--lang", "en", "--peers", peers);
    assertThat(english.out()).isEqualTo(CliRun.of("select", DIRECTORY, "--lang", "en").out());
    assertThat(english.out())
        .contains(
            "\n1=    310199-002  西沙镇    INCOMPLETE     not assessed: drug-related criminal cases (eight\n"
                + "  categories) per 10,000 population: lowest in the district [results.case-rate-lowest]\n");
  }

  @Test
  void withoutTheDistrictsFigures_theReportSaysEveryUnitIsTakenToBeACandidate() {
    CliRun run = CliRun.of("select", LINES);

    assertThat(run.status()).isEqualTo(JinduCli.OK);
    assertThat(run.out())
        .contains(
            "\n比较范围：“涉毒八类刑事案件万人发案率在全区最低”[results.case-rate-lowest]与全区其他所有镇（街道）比\n"
                + "  较：其他候选单位按各自材料中的实有人口（population.actual）和涉毒八类刑事案件数\n"
                + "  （cases.drug-related）计算；区未提供非候选单位的数据，全区镇（街道）均视为候选单位\n",
            "\n1（并列）  310199-002  西沙镇    未达标    未达到：「涉毒八类刑事案件万人发案率在全区最低」\n"
                + "  [results.case-rate-lowest]\n");
    assertThat(run.out()).doesNotContain("注意：");
  }

  @Test
  void peersOption_overridesTheDirectorysFile() throws IOException {
    Path figures = tmp.resolve("figures.json");
    Files.writeString(
        figures,
        "{\"format\": \"district-peers/1\", \"peers\": ["
            + "{\"unit\": \"310199-007\", \"population\": 40100, \"cases\": 3}]}",
        UTF_8);

    CliRun run = CliRun.of("select", DIRECTORY, "--peers", figures.toString());

    assertThat(run.status()).isEqualTo(JinduCli.OK);
    assertThat(run.outLines()).contains("  非候选单位 310199-007：实有人口 40100，涉毒八类刑事案件 3 件");
    assertThat(run.out())
        .contains(
            "\n1（并列）  310199-002  西沙镇    未达标    未达到：「涉毒八类刑事案件万人发案率在全区最低」\n"
                + "  [results.case-rate-lowest]\n");
    assertThat(run.out()).doesNotContain("注意：");
  }

  @Test
  void json_isDistrict1() throws IOException {
    CliRun run = CliRun.of("select", DIRECTORY, "--format", "json");

    assertThat(run.status()).isEqualTo(JinduCli.OK);
    JsonNode root = new ObjectMapper().readTree(run.out());
    assertThat(root.get("format").asText()).isEqualTo("district/1");
    List<String> ranks = new ArrayList<>();
    root.get("candidates")
        .forEach(c -> ranks.add(c.get("rank").asInt() + " " + c.get("unit").asText()));
    assertThat(ranks)
        .containsExactly(
            "1 310199-002",
            "1 310199-003",
            "1 310199-004",
            "4 310199-001",
            "4 310199-005",
            "4 310199-006");
    assertThat(root.get("others").toString())
        .isEqualTo("[{\"unit\":\"310199-007\",\"population\":40100}]");
    JsonNode result = root.get("candidates").get(0).get("result");
    assertThat(result.get("format").asText()).isEqualTo("result/1");
    assertThat(result.get("criteria")).hasSize(51);
    List<String> missing = new ArrayList<>();
    result
        .get("criteria")
        .forEach(
            c -> {
              if (c.get("id").asText().equals("results.case-rate-lowest")) {
                missing.add(c.get("outcome").asText() + " " + c.get("missing"));
              }
            });
    assertThat(missing).containsExactly("NOT_ASSESSED [\"peers.310199-007.cases\"]");
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
    assertThat(run.errLines())
        .containsExactly(
            "jindu: invalid evidence in " + root.resolve("310199-006.json") + " (1 violation):",
            "$.counts[\"hotspots\"]: hotspots (-2) must not be negative");
    assertThat(CliRun.of("select", root.toString()).errLines())
        .containsExactly(
            "jindu：" + root.resolve("310199-006.json") + " 中的材料无效（1 处违规）：",
            "计数“hotspots”：吸毒贩毒问题突出的地区、路段、场所数（hotspots）-2 为负数");
  }

  @Test
  void aRollUpMismatch_isADistrictViolation_exit2_nothingOnStandardOutput() throws IOException {
    Path root = copy();
    edit(
        root.resolve("310199-003.json"),
        "\"population.actual\": 120400",
        "\"population.actual\": 120401");

    CliRun run = CliRun.of("select", root.toString(), "--lang", "en");

    assertThat(run.status()).isEqualTo(JinduCli.INVALID);
    assertThat(run.out()).isEmpty();
    assertThat(run.errLines())
        .containsExactly(
            "jindu: invalid evidence in the district " + root + " (1 violation):",
            "310199-003: $.counts[\"population.actual\"]: population.actual (120401) given by 310199-003 differs from the"
                + " sum over its 4 sub-units (120400: 310199-003-01 33100, 310199-003-02 27100, 310199-003-03 31600,"
                + " 310199-003-04 28600)");
    assertThat(CliRun.of("select", root.toString()).errLines())
        .containsExactly(
            "jindu：区材料 " + root + " 无效（1 处违规）：",
            "310199-003 的材料中的计数“population.actual”：310199-003 填报的实有人口（population.actual）为 120401，"
                + "与其 4 个下级单位的合计 120400 不符（310199-003-01 33100、310199-003-02 27100、310199-003-03 31600、"
                + "310199-003-04 28600）");
  }

  @Test
  void aCandidatesPeersThatDisagreeWithTheDistrict_andADuplicateUnit_areDistrictViolations()
      throws IOException {
    Path root = copy();
    edit(
        root.resolve("310199-002.json"),
        "\"vetoes\": []",
        "\"vetoes\": [], \"peers\": [{\"unit\": \"310199-001\", \"population\": 60000, \"cases\": 6},"
            + " {\"unit\": \"310199-007\", \"population\": 40100, \"cases\": 2},"
            + " {\"unit\": \"310199-009\", \"population\": 1000, \"cases\": 0}]");
    Files.copy(root.resolve("310199-001.json"), root.resolve("copy-of-310199-001.json"));

    CliRun run = CliRun.of("select", root.toString(), "--lang", "en");

    assertThat(run.status()).isEqualTo(JinduCli.INVALID);
    assertThat(run.out()).isEmpty();
    assertThat(run.errLines())
        .containsExactly(
            "jindu: unit 310199-001 has two documents: "
                + root.resolve("310199-001.json")
                + " and "
                + root.resolve("copy-of-310199-001.json"));

    Files.delete(root.resolve("copy-of-310199-001.json"));
    CliRun peers = CliRun.of("select", root.toString(), "--lang", "en");
    assertThat(peers.status()).isEqualTo(JinduCli.INVALID);
    assertThat(peers.errLines())
        .containsExactly(
            "jindu: invalid evidence in the district " + root + " (2 violations):",
            "310199-002: $.peers[0].population: unit 310199-002 lists peer 310199-001 with population 60000, but"
                + " candidate 310199-001's own evidence gives population.actual 84210",
            "310199-002: $.peers[2].unit: candidate 310199-002 lists peer 310199-009, which is neither a candidate nor"
                + " among the district's figures for its non-candidate units");
    assertThat(CliRun.of("select", root.toString()).errLines())
        .contains(
            "310199-002 的材料中的第 1 个参照单位的人口：单位 310199-002 的材料所列参照单位 310199-001 的"
                + " population 为 60000，与候选单位 310199-001 自己材料中的计数“population.actual”（84210）不一致");

    // A figure the district's file gives otherwise names the file.
    edit(root.resolve("310199-002.json"), "\"population\": 60000", "\"population\": 84210");
    edit(
        root.resolve("310199-002.json"),
        ", {\"unit\": \"310199-009\", \"population\": 1000, \"cases\": 0}",
        "");
    edit(
        root.resolve("district-peers.json"),
        "\"population\": 40100",
        "\"population\": 40100, \"cases\": 1");
    assertThat(CliRun.of("select", root.toString(), "--lang", "en").errLines())
        .containsExactly(
            "jindu: invalid evidence in the district " + root + " (1 violation):",
            "310199-002: $.peers[1].cases: unit 310199-002 lists peer 310199-007 with cases 2, but the district's"
                + " figures for its non-candidate units give 1");
  }

  /** Found by a break test: a sub-unit's peers that contradicted the district's figures were silently dropped. */
  @Test
  void aSubunitsPeers_thatGiveADistrictUnitOtherFigures_areDistrictViolations_othersAreItsOwn()
      throws IOException {
    Path root = copy();
    edit(
        root.resolve("310199-003").resolve("310199-003-01.json"),
        "\"period\": {",
        "\"peers\": [{\"unit\": \"310199-002\", \"population\": 1, \"cases\": 5},"
            + " {\"unit\": \"310199-003-02\", \"population\": 27100, \"cases\": 0}], \"period\": {");

    CliRun run = CliRun.of("select", root.toString(), "--lang", "en");

    assertThat(run.status()).isEqualTo(JinduCli.INVALID);
    assertThat(run.out()).isEmpty();
    assertThat(run.errLines())
        .containsExactly(
            "jindu: invalid evidence in the district " + root + " (1 violation):",
            "310199-003-01: $.peers[0].population: unit 310199-003-01 lists peer 310199-002 with population 1, but"
                + " candidate 310199-002's own evidence gives population.actual 52300");
  }

  @Test
  void theDistrictsFigures_thatNameACandidate_areADistrictViolationNamingTheFile()
      throws IOException {
    Path root = copy();
    edit(
        root.resolve("district-peers.json"),
        "{ \"unit\": \"310199-007\", \"population\": 40100 }",
        "{ \"unit\": \"310199-007\", \"population\": 40100 }, { \"unit\": \"310199-001\", \"population\": 84210,"
            + " \"cases\": 6 }");

    CliRun run = CliRun.of("select", root.toString(), "--lang", "en");

    assertThat(run.status()).isEqualTo(JinduCli.INVALID);
    assertThat(run.out()).isEmpty();
    assertThat(run.errLines())
        .containsExactly(
            "jindu: invalid evidence in the district " + root + " (1 violation):",
            root.resolve("district-peers.json")
                + ": $.peers[1].unit: 310199-001 is a candidate: its figures come from"
                + " its own evidence, so the district's figures for non-candidate units must not list it");
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
    assertThat(run.errLines())
        .first()
        .isEqualTo("jindu: invalid evidence in " + file + " line 3 (3 violations):");
    assertThat(CliRun.of("select", file.toString()).errLines())
        .first()
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

  @Test
  void aCriteriaSetWithTwoPeerBarsOnDifferentCounts_isAUsageError_exit2_namingTheCriteria()
      throws IOException {
    ObjectMapper mapper = new ObjectMapper();
    ObjectNode definition =
        (ObjectNode) mapper.readTree(CriteriaJson.write(MunicipalModelCommunity.criteriaSet()));
    definition.put("id", "two-peer-bars");
    boolean changed = false;
    for (JsonNode indicator : definition.get("indicators")) {
      ArrayNode criteria = (ArrayNode) indicator.get("criteria");
      for (int i = 0; i < criteria.size() && !changed; i++) {
        if (criteria.get(i).get("id").asText().equals("results.case-rate-lowest")) {
          ObjectNode second = criteria.get(i).deepCopy();
          second.put("id", "results.new-user-rate-lowest");
          ((ObjectNode) second.get("bar")).put("cases", "users.new");
          criteria.insert(i + 1, second);
          changed = true;
        }
      }
    }
    assertThat(changed).isTrue();
    Path criteria = tmp.resolve("two-peer-bars.criteria.json");
    Files.writeString(criteria, mapper.writeValueAsString(definition), UTF_8);
    // assess compares one unit with its own peers list: the set is usable there.
    CliRun assess =
        CliRun.of(
            "assess",
            DistrictData.DATA.resolve("sample-town-2025.json").toString(),
            "--criteria",
            criteria.toString(),
            "--lang",
            "en");
    assertThat(assess.status()).as(assess.err()).isEqualTo(JinduCli.OK);

    CliRun english =
        CliRun.of("select", DIRECTORY, "--criteria", criteria.toString(), "--lang", "en");
    assertThat(english.status()).isEqualTo(JinduCli.INVALID);
    assertThat(english.out()).isEmpty();
    assertThat(english.err())
        .isEqualTo(
            "jindu: the criteria set two-peer-bars ("
                + criteria
                + ") cannot be used"
                + " for a selection: its criteria results.case-rate-lowest (cases.drug-related per population.actual),"
                + " results.new-user-rate-lowest (users.new per population.actual) compare peers on different counts, and a selection"
                + " has one list of the district's peers; keep one lowest-among-peers bar, or assess each unit with assess\n");

    CliRun chinese = CliRun.of("assess-district", LINES, "--criteria", criteria.toString());
    assertThat(chinese.status()).isEqualTo(JinduCli.INVALID);
    assertThat(chinese.out()).isEmpty();
    assertThat(chinese.err())
        .isEqualTo(
            "jindu：考评标准 two-peer-bars（"
                + criteria
                + "）不能用于评选：其标准"
                + " results.case-rate-lowest（cases.drug-related / population.actual）、results.new-user-rate-lowest（users.new /"
                + " population.actual）按不同的计数与参照单位比较，而一次评选只有一份全区参照单位的数据；请只保留一种“在全区最低”"
                + "的要求（lowest-among-peers），或用 assess 逐个评估\n");

    CliRun traditional =
        CliRun.of("select", DIRECTORY, "--criteria", criteria.toString(), "--lang", "zh-Hant");
    assertThat(traditional.status()).isEqualTo(JinduCli.INVALID);
    assertThat(traditional.err()).startsWith("jindu：考評標準 two-peer-bars（" + criteria + "）不能用於評選");

    // Two criteria on the same pair of counts share one list of peers: the set is usable.
    ObjectNode same = (ObjectNode) criterionBar(definition, "results.new-user-rate-lowest");
    same.put("cases", "cases.drug-related");
    Files.writeString(criteria, mapper.writeValueAsString(definition), UTF_8);
    assertThat(CliRun.of("select", DIRECTORY, "--criteria", criteria.toString()).status())
        .isEqualTo(JinduCli.OK);
  }

  private static JsonNode criterionBar(JsonNode definition, String id) {
    for (JsonNode indicator : definition.get("indicators")) {
      for (JsonNode criterion : indicator.get("criteria")) {
        if (criterion.get("id").asText().equals(id)) {
          return criterion.get("bar");
        }
      }
    }
    throw new AssertionError(id);
  }
}
