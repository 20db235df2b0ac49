package io.github.jindu.report;

import static org.assertj.core.api.Assertions.assertThat;

import io.github.jindu.AssessmentResult;
import io.github.jindu.CriteriaSet;
import io.github.jindu.OverallOutcome;
import io.github.jindu.OverallReason;
import io.github.jindu.ReasonKind;
import io.github.jindu.catalogue.Metrics;
import io.github.jindu.district.Selection;
import io.github.jindu.testing.SampleDistrict;
import io.github.jindu.testing.SampleEvidence;
import java.util.Arrays;
import java.util.List;
import org.junit.jupiter.api.Test;

/** Reports under a points scheme print the reason the result decided, never one of their own. */
class ScoredReasonTest {
  private static String line(String report, int index) {
    return report.split("\n")[index];
  }

  /** Issue 11: below the pass mark, the report says how far the score is and which unmet items are worth most. */
  @Test
  void belowThePassMark_theReportSaysThePointsShort_andTheUnmetItemsWorthTheMost() {
    CriteriaSet set = Scored.hundredPoints();
    SampleEvidence evidence = SampleEvidence.sampleTown();
    set.metrics().forEach(evidence::withoutCount);
    evidence.withoutEvents();
    AssessmentResult result = set.assess(evidence.build());
    java.math.BigDecimal total = result.score().orElseThrow().total();
    assertThat(total).isLessThan(java.math.BigDecimal.valueOf(60));
    List<String> unmet =
        result.criteria().stream()
            .filter(r -> !r.advisory())
            .filter(
                r ->
                    r.outcome() == io.github.jindu.Outcome.NOT_MET
                        || r.outcome() == io.github.jindu.Outcome.NOT_ASSESSED)
            .filter(r -> !r.criterionId().equals("responsibility.veto-applied"))
            .map(r -> "「" + set.criterion(r.criterionId()).orElseThrow().chineseName() + "」2 分")
            .toList();
    assertThat(unmet.size()).isGreaterThan(5);

    String zh = Unwrapped.report(result, set, ReportLanguage.ZH_HANS);
    assertThat(zh)
        .contains(
            "\n距及格线还差 "
                + java.math.BigDecimal.valueOf(60).subtract(total).toPlainString()
                + " 分；可得分最多的未达项："
                + String.join("、", unmet.subList(0, 5))
                + "等\n");
    assertThat(Unwrapped.report(result, set, ReportLanguage.EN))
        .contains(" points short of the pass mark; the unmet items worth the most: ");
    AssessmentResult passing = set.assess(SampleEvidence.sampleTown().build());
    assertThat(Unwrapped.report(passing, set, ReportLanguage.ZH_HANS)).doesNotContain("距及格线还差");
  }

  @Test
  void hundredPointScheme_vetoItemWithoutEvidence_isIncompleteBecauseTheVetoItemIsNotAssessed() {
    CriteriaSet set = Scored.hundredPoints("results.no-production");
    AssessmentResult result =
        set.assess(SampleEvidence.sampleTown().withoutCount(Metrics.PRODUCTION_SITES).build());

    assertThat(result.overall()).isEqualTo(OverallOutcome.INCOMPLETE);
    assertThat(result.reason())
        .isEqualTo(
            OverallReason.of(ReasonKind.VETO_ITEM_NOT_ASSESSED, List.of("results.no-production")));
    assertThat(result.score().orElseThrow().total()).isEqualByComparingTo("90");

    String zh = Unwrapped.report(result, set, ReportLanguage.ZH_HANS);
    assertThat(line(zh, 1)).isEqualTo("整体结论：材料不全");
    assertThat(line(zh, 2)).isEqualTo("原因：一票否决项材料缺失 1 项，无法排除一票否决（「无制造、加工窝点」）");
    assertThat(zh).doesNotContain("及格线 60 分\n", "低于及格线");
    String hant = Unwrapped.report(result, set, ReportLanguage.ZH_HANT);
    assertThat(line(hant, 1)).isEqualTo("整體結論：材料不全");
    assertThat(line(hant, 2)).isEqualTo("原因：一票否決項材料缺失 1 項，無法排除一票否決（「無製造、加工窩點」）");
    String en = Unwrapped.report(result, set, ReportLanguage.EN);
    assertThat(line(en, 1)).isEqualTo("Overall conclusion: INCOMPLETE");
    assertThat(line(en, 2))
        .isEqualTo(
            "Reason: 1 veto item NOT_ASSESSED, so the veto cannot be ruled out (no production or processing den [results.no-production])");
    assertThat(en).doesNotContain("below the pass mark");
    assertThat(zh)
        .contains("\n一票否决：一票否决项材料缺失 1 项，无法排除一票否决\n!! 无制造、加工窝点（二(十)）[results.no-production]\n")
        .doesNotContain("一票否决：无");
    assertThat(zh).contains("一票否决项材料缺失即材料不全");
  }

  @Test
  void hundredPointScheme_vetoItemNotMet_isVetoed_andTheVetoLineNamesTheItem() {
    CriteriaSet set = Scored.hundredPoints("results.no-production");
    AssessmentResult result =
        set.assess(SampleEvidence.sampleTown().count(Metrics.PRODUCTION_SITES, 1).build());

    assertThat(result.overall()).isEqualTo(OverallOutcome.VETOED);
    assertThat(result.reason().kind()).isEqualTo(ReasonKind.VETO_ITEM_NOT_MET);
    String zh = Unwrapped.report(result, set, ReportLanguage.ZH_HANS);
    assertThat(line(zh, 1)).isEqualTo("整体结论：一票否决");
    assertThat(zh)
        .contains("\n一票否决：一票否决项未达到 1 项\n!! 无制造、加工窝点（二(十)）[results.no-production]\n")
        .doesNotContain("一票否决：无");
    assertThat(Unwrapped.report(result, set, ReportLanguage.ZH_HANT))
        .contains("\n一票否決：一票否決項未達到 1 項\n!! 無製造、加工窩點（二(十)）[results.no-production]\n")
        .doesNotContain("一票否決：無");
    assertThat(Unwrapped.report(result, set, ReportLanguage.EN))
        .contains("\nVetoes: 1 veto item NOT_MET\n!! ")
        .doesNotContain("Vetoes: none");
  }

  @Test
  void englishReason_countsOneCriterionInTheSingular() {
    CriteriaSet set = io.github.jindu.catalogue.MunicipalModelCommunity.criteriaSet();
    AssessmentResult result =
        set.assess(
            SampleEvidence.sampleTown()
                .withoutCount(Metrics.PRODUCTION_SITES)
                .count(Metrics.URINE_TEST_TESTS_DONE, 1104)
                .build());
    assertThat(line(Unwrapped.report(result, set, ReportLanguage.EN), 2)).startsWith("Reason: ");
    AssessmentResult one =
        set.assess(
            SampleEvidence.sampleTown()
                .count(Metrics.URINE_TEST_TESTS_DONE, 1104)
                .count(Metrics.USERS_ABSTINENT_3Y, 121)
                .build());
    assertThat(one.reason().criteria()).hasSize(1);
    assertThat(line(Unwrapped.report(one, set, ReportLanguage.EN), 2))
        .isEqualTo(
            "Reason: 1 gating criterion NOT_MET (a drug-situation analysis in every quarter [groundwork.quarterly-analysis])");
  }

  @Test
  void hundredPointScheme_scoreAndPassMark_areTheReasonWhenNoVetoItemDecides() {
    CriteriaSet set = Scored.hundredPoints("results.no-production");
    AssessmentResult result = set.assess(SampleEvidence.sampleTown().build());

    assertThat(result.reason().kind()).isEqualTo(ReasonKind.PASS_MARK_REACHED);
    String zh = Unwrapped.report(result, set, ReportLanguage.ZH_HANS);
    assertThat(line(zh, 2)).isEqualTo("原因：得分 92 分，达到及格线 60 分");
    assertThat(zh).contains("\n得分：92 分（满分 100，及格线 60）；等级：合格 [60, 100]；加分 0，扣分 0\n");
    String hant = Unwrapped.report(result, set, ReportLanguage.ZH_HANT);
    assertThat(line(hant, 2)).isEqualTo("原因：得分 92 分，達到及格線 60 分");
    assertThat(hant).contains("等級：合格〔無繁體名稱，照錄簡體〕 [60, 100]");
    assertThat(line(Unwrapped.report(result, set, ReportLanguage.EN), 2))
        .isEqualTo("Reason: a score of 92 reaches the pass mark 60");
  }

  @Test
  void selection_aVetoItemNotMet_printsTheVetoItemsNameAfterTheVetoLabel() {
    CriteriaSet set = Scored.hundredPoints("prevention.population-coverage");
    Selection selection = Selection.of(SampleDistrict.candidates(), set);

    assertThat(selection.candidate("D-6").orElseThrow().result().reason())
        .isEqualTo(
            OverallReason.of(
                ReasonKind.VETO_ITEM_NOT_MET, List.of("prevention.population-coverage")));
    assertThat(row(Unwrapped.district(selection, set, ReportLanguage.ZH_HANS), "D-6"))
        .endsWith("一票否决  得分 96（合格）；一票否决：「辖区实有人口宣传覆盖率达到90%以上」[prevention.population-coverage]");
    assertThat(row(Unwrapped.district(selection, set, ReportLanguage.ZH_HANT), "D-6"))
        .endsWith(
            "一票否決  得分 96（合格〔無繁體名稱，照錄簡體〕）；一票否決：「轄區實有人口宣傳覆蓋率達到90%以上」[prevention.population-coverage]");
    assertThat(row(Unwrapped.district(selection, set, ReportLanguage.EN), "D-6"))
        .endsWith(
            "VETOED     score 96 (pass); veto: coverage of the actual (resident) population >= 90 % [prevention.population-coverage]");
  }

  /** {@return the row of a candidate in the selection table (the second table, before the audit block)} */
  private static String row(String report, String unit) {
    List<String> lines = Arrays.asList(report.split("\n"));
    int audit = lines.lastIndexOf("");
    return lines.subList(audit - 7, audit).stream()
        .filter(l -> l.matches("^\\S+\\s+" + unit + "\\s.*"))
        .findFirst()
        .orElseThrow(() -> new AssertionError("no row of " + unit + " in\n" + report));
  }
}
