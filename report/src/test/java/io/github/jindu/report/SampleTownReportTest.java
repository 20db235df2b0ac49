package io.github.jindu.report;

import static org.assertj.core.api.Assertions.assertThat;

import io.github.jindu.AssessmentResult;
import io.github.jindu.CriteriaSet;
import io.github.jindu.Evidence;
import io.github.jindu.catalogue.MunicipalModelCommunity;
import io.github.jindu.json.EvidenceJson;
import io.github.jindu.testing.SampleDistrict;
import java.io.IOException;
import java.io.InputStream;
import java.io.UncheckedIOException;
import java.nio.charset.StandardCharsets;
import java.util.Arrays;
import java.util.List;
import org.junit.jupiter.api.Test;

/**
 * The sample town's report and the sample district's, pinned whole in the three languages (golden files under
 * {@code golden/}), and their key lines spelled out. The Simplified Chinese and English files are byte for byte what
 * the reports printed before they were rendered from bundles, but for the wrapping of long lines to 100 columns
 * ({@link Columns}).
 */
class SampleTownReportTest {
  private static final CriteriaSet SET = MunicipalModelCommunity.criteriaSet();

  private static AssessmentResult sample() {
    Evidence evidence =
        EvidenceJson.read(
            SampleTownReportTest.class.getResourceAsStream("/cases/sample-town-2025.json"));
    return SET.assess(evidence);
  }

  private static String golden(String name) {
    try (InputStream in = SampleTownReportTest.class.getResourceAsStream("/golden/" + name)) {
      return new String(in.readAllBytes(), StandardCharsets.UTF_8);
    } catch (IOException e) {
      throw new UncheckedIOException(e);
    }
  }

  /**
   * Asserts that {@code actual} is the golden file {@code name}; on a mismatch it first writes {@code actual} to
   * {@code target/golden-actual/name}, so that a deliberate change is reviewed with {@code diff} and copied over.
   */
  private static void assertGolden(String actual, String name) {
    String expected = golden(name);
    if (!expected.equals(actual)) {
      try {
        java.nio.file.Path out = java.nio.file.Path.of("target", "golden-actual", name);
        java.nio.file.Files.createDirectories(out.getParent());
        java.nio.file.Files.writeString(out, actual, StandardCharsets.UTF_8);
      } catch (IOException e) {
        throw new UncheckedIOException(e);
      }
    }
    assertThat(actual)
        .as("golden/%s (the actual text is in target/golden-actual/)", name)
        .isEqualTo(expected);
  }

  private static List<String> lines(String report) {
    return Arrays.asList(report.split("\n"));
  }

  @Test
  void sampleTown_wholeReport_isPinnedInEachLanguage() {
    assertGolden(
        TextReport.render(sample(), SET, ReportLanguage.ZH_HANS), "sample-town-2025.zh-Hans.txt");
    assertGolden(
        TextReport.render(sample(), SET, ReportLanguage.ZH_HANT), "sample-town-2025.zh-Hant.txt");
    assertGolden(TextReport.render(sample(), SET, ReportLanguage.EN), "sample-town-2025.en.txt");
  }

  @Test
  void sampleDistrict_wholeReport_isPinnedInEachLanguage() {
    assertGolden(
        DistrictReport.render(SampleDistrict.selection(), SET, ReportLanguage.ZH_HANS),
        "sample-district-2025.zh-Hans.txt");
    assertGolden(
        DistrictReport.render(SampleDistrict.selection(), SET, ReportLanguage.ZH_HANT),
        "sample-district-2025.zh-Hant.txt");
    assertGolden(
        DistrictReport.render(SampleDistrict.selection(), SET, ReportLanguage.EN),
        "sample-district-2025.en.txt");
  }

  @Test
  void simplifiedChinese_conclusionReasonAndTheUnmetCriteriaWithTheirFigures() {
    List<String> lines = lines(Unwrapped.report(sample(), SET, ReportLanguage.ZH_HANS));

    assertThat(lines.subList(0, 3))
        .containsExactly(
            "禁毒工作示范社区考评报告",
            "整体结论：未达标",
            "原因：必备指标未达到 3 项（「尿检次数达到90%以上」「每季度开展毒情分析」「其中戒断毒瘾三年以上人数不少于二分之一」）");
    assertThat(lines)
        .containsSubsequence(
            "!! ✗ 未达到 尿检次数达到90%以上（二(七)）[rehabilitation.urine-test-count]",
            "      实际：979/1104 (88.68 %)；要求：≥ 90%（9/10）",
            "!! ✗ 未达到 每季度开展毒情分析（二(八)）[groundwork.quarterly-analysis]",
            "      实际：3/4 个季度 (缺：2025年第三季度)；要求：每个季度至少一次毒情分析",
            "!! ✗ 未达到 其中戒断毒瘾三年以上人数不少于二分之一（二(十)）[results.abstinence-3y]",
            "      实际：58/121 (47.93 %)；要求：≥ 50%（1/2）");
    assertThat(lines.stream().filter(l -> l.startsWith("!!"))).hasSize(3);
  }

  @Test
  void traditionalChinese_usesTheTermsOfTheTraditionalCopyAndTraditionalNames() {
    String report = Unwrapped.report(sample(), SET, ReportLanguage.ZH_HANT);
    List<String> lines = lines(report);

    assertThat(lines.subList(0, 3))
        .containsExactly(
            "禁毒工作示範社區考評報告",
            "整體結論：未達標",
            "原因：必備指標未達到 3 項（「尿檢次數達到90%以上」「每季度開展毒情分析」「其中戒斷毒癮三年以上人數不少於二分之一」）");
    assertThat(lines).contains("考評標準：市禁毒工作示範社區（municipal-model-community）", "一票否決：本考評標準不設一票否決事項");
    assertThat(lines)
        .containsSubsequence(
            "!! ✗ 未達到 尿檢次數達到90%以上（二(七)）[rehabilitation.urine-test-count]",
            "      實際：979/1104 (88.68 %)；要求：≥ 90%（9/10）",
            "!! ✗ 未達到 每季度開展毒情分析（二(八)）[groundwork.quarterly-analysis]",
            "      實際：3/4 個季度 (缺：2025年第三季度)；要求：每個季度至少一次毒情分析",
            "!! ✗ 未達到 其中戒斷毒癮三年以上人數不少於二分之一（二(十)）[results.abstinence-3y]",
            "      實際：58/121 (47.93 %)；要求：≥ 50%（1/2）");
    // Every element of the default set has a Traditional name: none falls back to its Simplified
    // one.
    assertThat(report).doesNotContain("無繁體名稱");
    // The policy is cited as published, in Simplified characters, and says so.
    assertThat(lines).contains("政策依據：禁毒示范社区评选工作意见（镇禁毒工作领导小组，上海，约2009年）〔原件為簡體，照錄〕");
    // The unit's name and the references are evidence, printed as recorded.
    assertThat(lines).contains("單位：东沙镇（310199-001）");
  }

  @Test
  void english_conclusionReasonAndTheUnmetCriteriaWithTheirFigures() {
    List<String> lines = lines(Unwrapped.report(sample(), SET, ReportLanguage.EN));

    assertThat(lines.subList(0, 3))
        .containsExactly(
            "Drug-control model community assessment report",
            "Overall conclusion: NOT_QUALIFIED",
            "Reason: 3 gating criteria NOT_MET (tests done / tests due >= 90 % [rehabilitation.urine-test-count], "
                + "a drug-situation analysis in every quarter [groundwork.quarterly-analysis], "
                + "of those, abstinent >= 3 years / abstinent >= 1 year >= 1/2 [results.abstinence-3y])");
    assertThat(lines)
        .containsSubsequence(
            "!! ✗ NOT_MET tests done / tests due >= 90 % (二(七)) [rehabilitation.urine-test-count]",
            "      observed: 979/1104 (88.68 %); required: >= 9/10",
            "!! ✗ NOT_MET a drug-situation analysis in every quarter (二(八)) [groundwork.quarterly-analysis]",
            "      observed: 3/4 quarters (none in 2025-Q3); required: >= 1 situation-analysis in every quarter",
            "!! ✗ NOT_MET of those, abstinent >= 3 years / abstinent >= 1 year >= 1/2 (二(十)) [results.abstinence-3y]",
            "      observed: 58/121 (47.93 %); required: >= 1/2");
  }

  @Test
  void aNameTheSetHasNoTraditionalFormFor_isPrintedInSimplifiedAndMarked() {
    CriteriaSet renamed =
        CriteriaSet.builder()
            .id(SET.id())
            .chineseName("区禁毒工作示范社区")
            .englishName("district")
            .addAllUnitKinds(SET.unitKinds())
            .addAllIndicators(SET.indicators())
            .build();
    AssessmentResult result =
        renamed.assess(
            EvidenceJson.read(
                SampleTownReportTest.class.getResourceAsStream("/cases/sample-town-2025.json")));

    assertThat(lines(Unwrapped.report(result, renamed, ReportLanguage.ZH_HANT)))
        .contains("考評標準：区禁毒工作示范社区〔無繁體名稱，照錄簡體〕（municipal-model-community）");
  }
}
