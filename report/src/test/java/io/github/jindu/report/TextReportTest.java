package io.github.jindu.report;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import com.google.common.collect.ImmutableList;
import io.github.jindu.AssessmentPeriod;
import io.github.jindu.AssessmentResult;
import io.github.jindu.Attestation;
import io.github.jindu.CriteriaSet;
import io.github.jindu.Event;
import io.github.jindu.EventType;
import io.github.jindu.Evidence;
import io.github.jindu.Unit;
import io.github.jindu.UnitKind;
import io.github.jindu.VetoFinding;
import io.github.jindu.catalogue.Metrics;
import io.github.jindu.catalogue.MunicipalModelCommunity;
import io.github.jindu.json.EvidenceJson;
import io.github.jindu.testing.SampleEvidence;
import java.time.LocalDate;
import java.time.Year;
import java.util.Arrays;
import java.util.List;
import org.junit.jupiter.api.Test;

class TextReportTest {
  private static final CriteriaSet SET = MunicipalModelCommunity.criteriaSet();

  private static Evidence.Builder town() {
    return Evidence.builder()
        .unit(Unit.of("310199-007", "西湖镇", UnitKind.TOWN, "310199"))
        .period(AssessmentPeriod.ofYear(Year.of(2025)))
        .putCounts(Metrics.POPULATION_ACTUAL, 40_000)
        .putCounts(Metrics.POPULATION_REACHED, 36_500)
        .putCounts(Metrics.USERS_NEW, 3)
        .putCounts(Metrics.STUDENTS_TOTAL, 0)
        .putCounts(Metrics.STUDENTS_REACHED, 0)
        .events(ImmutableList.of(Event.of(EventType.PREVENTION_PLAN, LocalDate.of(2025, 2, 10))))
        .putAttestations("distinction.recognition", Attestation.of(false, "无"));
  }

  private static AssessmentResult assess(Evidence evidence) {
    return SET.assess(evidence);
  }

  private static String line(String report, String containing) {
    return Arrays.stream(report.split("\n", -1))
        .filter(l -> l.contains(containing))
        .findFirst()
        .orElseThrow(() -> new AssertionError("no line contains " + containing + " in\n" + report));
  }

  @Test
  void chinese_opensWithConclusionThenUnitPeriodSetAndCounts() {
    String report = Unwrapped.report(assess(town().build()), SET, ReportLanguage.ZH_HANS);

    assertThat(report.split("\n"))
        .startsWith(
            "禁毒工作示范社区考评报告",
            "整体结论：未达标",
            "原因：必备指标未达到 6 项（「月月有活动」「每半年组织一次集中宣传教育」"
                + "「“七进”：进社区、进单位、进学校、进场所、进楼宇、进农村、进家庭」「每季度开展禁毒工作检查」「每季度开展毒情分析」等）",
            "单位：西湖镇（310199-007）",
            "考评期：2025-01-01 至 2025-12-31",
            "考评标准：市禁毒工作示范社区（municipal-model-community）",
            "政策依据：禁毒示范社区评选工作意见（镇禁毒工作领导小组，上海，约2009年）",
            "统计：必备指标 50 项：达到 2 项，未达到 6 项，材料缺失 41 项，不适用 1 项；"
                + "参考项 1 项：达到 0 项，未达到 1 项，材料缺失 0 项，不适用 0 项");
    assertThat(report).contains("\n一票否决：本考评标准不设一票否决事项\n").endsWith("\n").doesNotContain("\r");
  }

  @Test
  void chinese_indicatorHeadingIsClauseAndName() {
    String report = Unwrapped.report(assess(town().build()), SET, ReportLanguage.ZH_HANS);

    assertThat(report).contains("\n二(五) 预防教育深入\n", "\n二(十) 工作成效显著\n");
  }

  @Test
  void notMetLine_isFlaggedWithObservedAgainstRequired() {
    String report = Unwrapped.report(assess(town().build()), SET, ReportLanguage.ZH_HANS);

    assertThat(line(report, "[results.new-user-rate]"))
        .startsWith("!! ✗ 未达到 年度新滋生吸毒人员")
        .contains("（二(十)）");
    String detail = report.substring(report.indexOf("[results.new-user-rate]")).split("\n")[1];
    assertThat(detail).isEqualTo("      实际：3/40000 (0.750 /万人)；要求：≤ 万分之0.5");
  }

  @Test
  void metAndNotApplicableLines_areNotFlagged() {
    String report = Unwrapped.report(assess(town().build()), SET, ReportLanguage.ZH_HANS);

    assertThat(line(report, "[prevention.population-coverage]"))
        .startsWith("   ✓ 达到 辖区实有人口宣传覆盖率达到90%以上（二(五)）");
    assertThat(line(report, "[prevention.student-coverage]")).startsWith("   – 不适用 ");
  }

  @Test
  void notAssessedLine_isFlaggedAndSaysWhatIsMissing() {
    String report = Unwrapped.report(assess(town().build()), SET, ReportLanguage.ZH_HANS);

    assertThat(line(report, "[prevention.youth-coverage]")).startsWith("!! ? 材料缺失 ");
    assertThat(report)
        .contains(
            "[prevention.youth-coverage]\n      实际：—；要求：≥ 90%（9/10）\n"
                + "      缺少材料：受到禁毒宣传教育的社区青少年（youth.reached）、社区青少年（youth.total）\n");
    assertThat(Unwrapped.report(assess(town().build()), SET, ReportLanguage.EN))
        .contains(
            "[prevention.youth-coverage]\n      observed: —; required: >= 9/10\n"
                + "      missing evidence: $.counts[\"youth.reached\"], $.counts[\"youth.total\"]\n");
  }

  @Test
  void chinese_barsAndAttestationsAreInChinese_englishKeepsTheResultsNotation() {
    Evidence sample =
        EvidenceJson.read(TextReportTest.class.getResourceAsStream("/cases/sample-town-2025.json"));
    String zh = Unwrapped.report(assess(sample), SET, ReportLanguage.ZH_HANS);
    String en = Unwrapped.report(assess(sample), SET, ReportLanguage.EN);

    assertThat(detail(zh, "[prevention.student-coverage]"))
        .isEqualTo("      实际：6480/6480 (100.00 %)；要求：= 100%（全部）");
    assertThat(detail(zh, "[prevention.annual-plan]"))
        .isEqualTo("      实际：2024-12-26；要求：预防教育计划于上一年10月1日至本年3月31日之间（含当日）");
    assertThat(detail(zh, "[groundwork.quarterly-analysis]"))
        .isEqualTo("      实际：3/4 个季度 (缺：2025年第三季度)；要求：每个季度至少一次毒情分析");
    assertThat(detail(zh, "[workforce.volunteers-growing]"))
        .isEqualTo("      实际：702 (上期 640)；要求：高于上一考评期（严格增长）");
    assertThat(detail(zh, "[distinction.recognition]"))
        .isEqualTo("      实际：认定未达到（依据：无）；要求：经考评认定达到（须有依据文件）");
    assertThat(detail(en, "[distinction.recognition]"))
        .isEqualTo("      observed: not met (无); required: attested met");
    assertThat(detail(en, "[results.new-user-rate]"))
        .isEqualTo("      observed: 4/84210 (0.475 per 10000); required: <= 0.5 per 10000");
  }

  private static String detail(String report, String id) {
    return report.substring(report.indexOf(id)).split("\n")[1];
  }

  @Test
  void reason_namesTheVetoOrTheGatingCriteriaBehindTheConclusion() {
    Evidence sample =
        EvidenceJson.read(TextReportTest.class.getResourceAsStream("/cases/sample-town-2025.json"));
    assertThat(line(Unwrapped.report(assess(sample), SET, ReportLanguage.ZH_HANS), "原因："))
        .isEqualTo("原因：必备指标未达到 3 项（「尿检次数达到90%以上」「每季度开展毒情分析」「其中戒断毒瘾三年以上人数不少于二分之一」）");
    assertThat(line(Unwrapped.report(assess(sample), SET, ReportLanguage.EN), "Reason: "))
        .isEqualTo(
            "Reason: 3 gating criteria NOT_MET (tests done / tests due >= 90 % [rehabilitation.urine-test-count], "
                + "a drug-situation analysis in every quarter [groundwork.quarterly-analysis], "
                + "of those, abstinent >= 3 years / abstinent >= 1 year >= 1/2 [results.abstinence-3y])");
    Evidence vetoed =
        EvidenceJson.read(
            EvidenceJson.write(sample)
                .replace(
                    "\"vetoes\" : [ ]",
                    "\"vetoes\" : [ { \"id\" : \"veto.leadership-failure\", \"reference\" : \"区综治委通报 2025-7号\" } ]"));
    assertThat(vetoed.vetoFindings()).hasSize(1);
    CriteriaSet withVeto = SampleEvidence.WITH_VETO;
    assertThat(
            line(
                Unwrapped.report(withVeto.assess(vetoed), withVeto, ReportLanguage.ZH_HANS), "原因："))
        .isEqualTo("原因：一票否决（对因领导不力、措施不落实导致毒品问题发展蔓延的单位，实行社会治安综合治理一票否决）");
  }

  @Test
  void advisoryCriterion_isNotFlagged_becauseItNeverGates() {
    Evidence sample =
        EvidenceJson.read(TextReportTest.class.getResourceAsStream("/cases/sample-town-2025.json"));
    assertThat(
            line(
                Unwrapped.report(assess(sample), SET, ReportLanguage.ZH_HANS),
                "[distinction.recognition]"))
        .startsWith("   ✗ 未达到 力争调研成果");
  }

  @Test
  void advisoryCriterion_isLabelled() {
    String zh = Unwrapped.report(assess(town().build()), SET, ReportLanguage.ZH_HANS);
    String en = Unwrapped.report(assess(town().build()), SET, ReportLanguage.EN);

    assertThat(line(zh, "[distinction.recognition]")).contains("〔参考项，不影响整体结论〕");
    assertThat(line(en, "[distinction.recognition]")).contains("[advisory, does not gate]");
    assertThat(line(zh, "[distinction.initiatives]")).doesNotContain("参考项");
  }

  @Test
  void vetoes_underTheDefaultSet_sayTheSetHasNone() {
    String zh = Unwrapped.report(assess(town().build()), SET, ReportLanguage.ZH_HANS);
    String hant = Unwrapped.report(assess(town().build()), SET, ReportLanguage.ZH_HANT);
    String en = Unwrapped.report(assess(town().build()), SET, ReportLanguage.EN);

    assertThat(zh).contains("\n一票否决：本考评标准不设一票否决事项\n");
    assertThat(hant).contains("\n一票否決：本考評標準不設一票否決事項\n");
    assertThat(en).contains("\nVetoes: the criteria set has no veto rules\n");
  }

  @Test
  void vetoes_ofASetWithVetoRules_withoutAVetoesList_leaveTheUnitIncomplete() {
    CriteriaSet withVeto = SampleEvidence.WITH_VETO;
    Evidence sample =
        EvidenceJson.read(TextReportTest.class.getResourceAsStream("/cases/sample-town-2025.json"));
    AssessmentResult result = withVeto.assess(SampleEvidence.allMet().withoutVetoes().build());

    String zh = Unwrapped.report(result, withVeto, ReportLanguage.ZH_HANS);
    assertThat(zh)
        .contains(
            "整体结论：材料不全\n",
            "原因：本考评标准设一票否决事项，但材料未载明一票否决核查情况（vetoes），无法排除一票否决\n",
            "\n一票否决：材料未载明核查情况，无法排除一票否决\n");
    assertThat(Unwrapped.report(withVeto.assess(sample), withVeto, ReportLanguage.ZH_HANS))
        .contains("\n一票否决：无\n");
  }

  @Test
  void vetoes_areListedWithTheirRuleAndReference() {
    CriteriaSet withVeto = SampleEvidence.WITH_VETO;
    AssessmentResult result =
        withVeto.assess(
            town()
                .vetoes(List.of(VetoFinding.of("veto.leadership-failure", "区综治委通报 2025-7号")))
                .build());

    String zh = Unwrapped.report(result, withVeto, ReportLanguage.ZH_HANS);
    String en = Unwrapped.report(result, withVeto, ReportLanguage.EN);

    assertThat(zh).contains("整体结论：一票否决\n", "一票否决：1 项\n!! veto.leadership-failure 对因领导不力");
    assertThat(line(zh, "!! veto.leadership-failure")).endsWith("（二(三)）；依据：区综治委通报 2025-7号");
    assertThat(en)
        .contains(
            "Overall conclusion: VETOED\n",
            "Vetoes: 1\n!! veto.leadership-failure weak leadership");
  }

  @Test
  void english_usesEnglishWordsAndNames() {
    String report = Unwrapped.report(assess(town().build()), SET, ReportLanguage.EN);

    assertThat(report.split("\n"))
        .startsWith(
            "Drug-control model community assessment report",
            "Overall conclusion: NOT_QUALIFIED",
            "Reason: 6 gating criteria NOT_MET (at least one activity in every month [prevention.monthly-activities], "
                + "a concentrated campaign in every half-year [prevention.half-yearly-campaign], activities reach all "
                + "seven settings: community, workplace, school, venue, office building, rural area, family "
                + "[prevention.seven-settings], an inspection in every quarter [groundwork.quarterly-inspection], "
                + "a drug-situation analysis in every quarter [groundwork.quarterly-analysis], …)",
            "Unit: 西湖镇 (310199-007)",
            "Period: 2025-01-01 to 2025-12-31",
            "Criteria set: municipal drug-control model community (municipal-model-community)",
            "Source: 禁毒示范社区评选工作意见（镇禁毒工作领导小组，上海，约2009年）",
            "Summary: 50 gating criteria: 2 MET, 6 NOT_MET, 41 NOT_ASSESSED, 1 NOT_APPLICABLE; "
                + "1 advisory criterion: 0 MET, 1 NOT_MET, 0 NOT_ASSESSED, 0 NOT_APPLICABLE");
    assertThat(report).contains("\n二(五) " + SET.indicators().get(4).englishName() + "\n");
    assertThat(line(report, "(二(五)) [prevention.monthly-activities]"))
        .isEqualTo(
            "!! ✗ NOT_MET at least one activity in every month (二(五)) [prevention.monthly-activities]");
    assertThat(report).doesNotContain("达到", "材料缺失");
  }

  @Test
  void evidenceWithNothingToFail_isIncomplete() {
    Evidence bare =
        Evidence.builder()
            .unit(Unit.of("310199-007", "西湖镇", UnitKind.TOWN))
            .period(AssessmentPeriod.ofYear(Year.of(2025)))
            .build();

    assertThat(Unwrapped.report(assess(bare), SET, ReportLanguage.ZH_HANS))
        .contains("\n整体结论：材料不全\n");
    assertThat(Unwrapped.report(assess(bare), SET, ReportLanguage.EN))
        .contains("\nOverall conclusion: INCOMPLETE\n");
  }

  @Test
  void render_isDeterministic() {
    AssessmentResult result = assess(town().build());

    assertThat(Unwrapped.report(result, SET, ReportLanguage.ZH_HANS))
        .isEqualTo(Unwrapped.report(assess(town().build()), SET, ReportLanguage.ZH_HANS));
  }

  @Test
  void resultOfAnotherSet_isRejected() {
    AssessmentResult result = assess(town().build());
    AssessmentResult other =
        AssessmentResult.builder()
            .criteriaSetId("another-set")
            .criteriaSetVersion("1")
            .criteriaSetFingerprint("sha256:0")
            .unit(result.unit())
            .period(result.period())
            .overall(result.overall())
            .reason(result.reason())
            .evidenceDigest(result.evidenceDigest())
            .addAllCriteria(result.criteria())
            .build();

    assertThatThrownBy(() -> Unwrapped.report(other, SET, ReportLanguage.ZH_HANS))
        .isInstanceOf(IllegalArgumentException.class)
        .hasMessageContaining("municipal-model-community")
        .hasMessageContaining("another-set");
  }
}
