package io.github.jindu.json;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import io.github.jindu.AssessmentResult;
import io.github.jindu.CriteriaSet;
import io.github.jindu.InvalidCriteriaException;
import io.github.jindu.OverallOutcome;
import io.github.jindu.RuleCode;
import io.github.jindu.catalogue.MunicipalModelCommunity;
import io.github.jindu.points.Score;
import java.math.BigDecimal;
import org.junit.jupiter.api.Test;

/**
 * Points schemes (计分方案) at their boundaries. The scheme used: every gating criterion 2 points, except the
 * population coverage with tiered credit (9/10: 2, 19/20: 3, 49/50: 4), so 100 points; 1 point deducted per
 * missing item up to 10; a bonus of 5 for the advisory recognition, capped at 5; pass mark 80; four bands; the
 * drug-induced serious cases a veto item.
 */
class PointsSchemeTest {
  private static final String SAMPLE = EvidenceJsonTest.resource("sample-town-2025.json");

  static final String BANDS_TEXT =
      "[{\"name\":{\"zh\":\"不合格\",\"en\":\"failed\"},\"range\":\"[0, 80)\"},"
          + "{\"name\":{\"zh\":\"合格\",\"en\":\"passed\"},\"range\":\"[80, 85)\"},"
          + "{\"name\":{\"zh\":\"良好\",\"en\":\"good\"},\"range\":\"[85, 95)\"},"
          + "{\"name\":{\"zh\":\"优秀\",\"en\":\"excellent\"},\"range\":\"[95, 105]\"}]";

  private static final String BANDS = BANDS_TEXT;

  static String scheme(String bands, String passMark) {
    StringBuilder criteria = new StringBuilder();
    for (var c : MunicipalModelCommunity.criteriaSet().criteria()) {
      if (c.advisory() || c.id().equals("responsibility.veto-applied")) {
        continue; // 49 gating criteria of 2 points each (one of them tiered up to 4) and 5 bonus:
        // at most 105
      }
      criteria.append(criteria.length() == 0 ? "" : ",").append('"').append(c.id()).append("\":");
      criteria.append(
          c.id().equals("prevention.population-coverage")
              ? "{\"tiers\":[{\"atLeast\":\"9/10\",\"points\":\"2\"},{\"atLeast\":\"19/20\",\"points\":\"3\"},"
                  + "{\"atLeast\":\"49/50\",\"points\":\"4\"}]}"
              : "\"2\"");
    }
    return "{\"criteria\":{"
        + criteria
        + "},\"missing\":{\"perItem\":\"1\",\"cap\":\"10\"},"
        + "\"bonus\":{\"criteria\":{\"distinction.recognition\":\"5\"},\"cap\":\"5\"},"
        + "\"passMark\":\""
        + passMark
        + "\",\"bands\":"
        + bands
        + ","
        + "\"vetoItems\":[\"results.no-drug-induced-serious-cases\"]}";
  }

  static CriteriaSet scored(String bands, String passMark) {
    String document = CriteriaJsonTest.defaultDocument().trim();
    return CriteriaJson.read(
        document.substring(0, document.length() - 1)
            + ",\"points\":"
            + scheme(bands, passMark)
            + "}");
  }

  private static final CriteriaSet SCORED = scored(BANDS, "80");

  private static AssessmentResult assess(String evidence) {
    return SCORED.assess(EvidenceJson.read(evidence, SCORED));
  }

  @Test
  void sampleTown_scores92_goodBand_andQualifies() {
    AssessmentResult result = assess(SAMPLE);
    Score score = result.score().orElseThrow();
    assertThat(score.total()).isEqualByComparingTo("92");
    assertThat(score.maxTotal()).isEqualByComparingTo("105");
    assertThat(score.band().chineseName()).isEqualTo("良好");
    assertThat(score.criterionPoints().get("rehabilitation.urine-test-count"))
        .isEqualByComparingTo("0");
    assertThat(score.criterionPoints().get("prevention.population-coverage"))
        .isEqualByComparingTo("2");
    assertThat(result.overall()).isEqualTo(OverallOutcome.QUALIFIED);
    assertThat(MunicipalModelCommunity.criteriaSet().assess(EvidenceJson.read(SAMPLE)).overall())
        .isEqualTo(OverallOutcome.NOT_QUALIFIED);
  }

  @Test
  void tieredCredit_exactlyAtATier_earnsIt_justBelow_earnsTheOneUnder() {
    String exactly95 =
        SAMPLE
            .replace("\"population.reached\": 78950", "\"population.reached\": 79999")
            .replace("\"population.actual\": 84210", "\"population.actual\": 84210");
    // 79999/84210 is below 19/20 (= 79999.5/84210)
    assertThat(
            assess(exactly95)
                .score()
                .orElseThrow()
                .criterionPoints()
                .get("prevention.population-coverage"))
        .isEqualByComparingTo("2");
    // 80009/84220 is exactly 19/20; every other count of the sample stays within the population
    String atTier =
        SAMPLE
            .replace("\"population.reached\": 78950", "\"population.reached\": 80009")
            .replace("\"population.actual\": 84210", "\"population.actual\": 84220");
    assertThat(
            assess(atTier)
                .score()
                .orElseThrow()
                .criterionPoints()
                .get("prevention.population-coverage"))
        .isEqualByComparingTo("3");
  }

  @Test
  void deductions_perMissingItem_stopAtTheirCap() {
    String threeMissing =
        SAMPLE
            .replace("\"hotspots\": 0,", "")
            .replace("\"production-sites\": 0,", "")
            .replace("\"volunteers\": 702,", "");
    assertThat(assess(threeMissing).score().orElseThrow().deductions()).isEqualByComparingTo("3");
    String noAttestations = SAMPLE.replaceAll("(?s)\"attestations\": \\{.*?\\n  },", "");
    Score capped = assess(noAttestations).score().orElseThrow();
    assertThat(capped.deductions()).isEqualByComparingTo("10");
  }

  @Test
  void bonus_isEarnedWhenMet_andCapped() {
    String recognised =
        SAMPLE.replace(
            "\"met\": false,\n      \"reference\": \"无\"",
            "\"met\": true,\n      \"reference\": \"区禁毒委通报 2025-3号\"");
    Score score = assess(recognised).score().orElseThrow();
    assertThat(score.bonus()).isEqualByComparingTo("5");
    assertThat(score.total()).isEqualByComparingTo("97");
    assertThat(score.band().chineseName()).isEqualTo("优秀");
  }

  @Test
  void passMark_isInclusive() {
    // The sample scores 92; bands that meet at the pass mark, as every band must (none straddles
    // it).
    assertThat(
            scored(BANDS.replace("[85, 95)", "[85, 92)").replace("[95, 105]", "[92, 105]"), "92")
                .assess(EvidenceJson.read(SAMPLE))
                .overall())
        .isEqualTo(OverallOutcome.QUALIFIED);
    assertThat(
            scored(
                    BANDS.replace("[85, 95)", "[85, 92.5)").replace("[95, 105]", "[92.5, 105]"),
                    "92.5")
                .assess(EvidenceJson.read(SAMPLE))
                .overall())
        .isEqualTo(OverallOutcome.NOT_QUALIFIED);
  }

  @Test
  void aVetoItemNotMet_vetoes_whateverTheScore() {
    AssessmentResult result =
        assess(
            SAMPLE.replace(
                "\"drug-induced-serious-cases\": 0", "\"drug-induced-serious-cases\": 1"));
    assertThat(result.score().orElseThrow().total()).isEqualByComparingTo("90");
    assertThat(result.overall()).isEqualTo(OverallOutcome.VETOED);
  }

  @Test
  void bandsThatOverlap_areRejected_namingTheTotalInBoth() {
    String overlapping = BANDS.replace("[85, 95)", "[85, 95]");
    assertThatThrownBy(() -> scored(overlapping, "80"))
        .isInstanceOfSatisfying(
            InvalidCriteriaException.class,
            e ->
                assertThat(e.violations())
                    .extracting(BadDocumentTest::line)
                    .containsExactly(
                        BadDocumentTest.at(
                            "$.points.bands",
                            RuleCode.POINTS_BANDS_OVERLAP,
                            "良好 [85, 95]",
                            "优秀 [95, 105]",
                            "95")));
  }

  /** Found by a break test: points took forms that bounds and band ranges refuse. */
  @Test
  void pointsWrittenOtherwiseThanAsDigits_areRefused_asInBounds() {
    for (String written :
        new String[] {"\"8e1\"", "\"8000e-2\"", "\"+80\"", "\"80.\"", "\" 80\"", "80", "80.0"}) {
      String document = CriteriaJsonTest.defaultDocument().trim();
      String points = scheme(BANDS, "80").replace("\"passMark\":\"80\"", "\"passMark\":" + written);
      assertThatThrownBy(
              () ->
                  CriteriaJson.read(
                      document.substring(0, document.length() - 1) + ",\"points\":" + points + "}"))
          .as(written)
          .isInstanceOfSatisfying(
              InvalidCriteriaException.class,
              e ->
                  assertThat(e.violations())
                      .anySatisfy(
                          v ->
                              assertThat(BadDocumentTest.line(v))
                                  .startsWith("$.points.passMark points.not-decimal")));
    }
    assertThat(
            scored(BANDS.replace("[0, 80)", "[0, 80.5)").replace("[80, 85)", "[80.5, 85)"), "80.50")
                .pointsScheme()
                .orElseThrow()
                .passMark())
        .isEqualByComparingTo("80.5");
  }

  /** Found by a break test: a veto item listed twice, and two bands of one name, were accepted. */
  @Test
  void aVetoItemListedTwice_orTwoBandsOfOneName_areRefused() {
    String document = CriteriaJsonTest.defaultDocument().trim();
    String twice =
        scheme(BANDS, "80")
            .replace(
                "\"vetoItems\":[\"results.no-drug-induced-serious-cases\"]",
                "\"vetoItems\":[\"results.no-drug-induced-serious-cases\",\"results.no-drug-induced-serious-cases\"]");
    assertThatThrownBy(
            () ->
                CriteriaJson.read(
                    document.substring(0, document.length() - 1) + ",\"points\":" + twice + "}"))
        .isInstanceOfSatisfying(
            InvalidCriteriaException.class,
            e ->
                assertThat(e.violations())
                    .extracting(BadDocumentTest::line)
                    .containsExactly(
                        BadDocumentTest.at(
                            "$.points.vetoItems[1]",
                            RuleCode.POINTS_VETO_ITEM_TWICE,
                            "results.no-drug-induced-serious-cases")));
    assertThatThrownBy(() -> scored(BANDS.replace("\"zh\":\"良好\"", "\"zh\":\"合格\""), "80"))
        .isInstanceOfSatisfying(
            InvalidCriteriaException.class,
            e ->
                assertThat(e.violations())
                    .extracting(BadDocumentTest::line)
                    .containsExactly(
                        BadDocumentTest.at(
                            "$.points.bands", RuleCode.POINTS_BAND_NAME_TWICE, "合格")));
  }

  @Test
  void bandsThatLeaveAGap_areRejected() {
    assertThatThrownBy(() -> scored(BANDS.replace("[85, 95)", "[85, 90)"), "80"))
        .isInstanceOfSatisfying(
            InvalidCriteriaException.class,
            e ->
                assertThat(e.violations())
                    .extracting(BadDocumentTest::line)
                    .contains(
                        BadDocumentTest.at(
                            "$.points.bands",
                            RuleCode.POINTS_BANDS_GAP,
                            "良好 [85, 90)",
                            "优秀 [95, 105]",
                            "90")));
    assertThatThrownBy(() -> scored(BANDS.replace("[80, 85)", "(80, 85)"), "80"))
        .isInstanceOfSatisfying(
            InvalidCriteriaException.class,
            e ->
                assertThat(e.violations())
                    .anySatisfy(
                        v ->
                            assertThat(BadDocumentTest.line(v))
                                .startsWith("$.points.bands points.bands-gap [")
                                .endsWith(", 80]")));
    assertThatThrownBy(() -> scored(BANDS.replace("[95, 105]", "[95, 100]"), "80"))
        .isInstanceOfSatisfying(
            InvalidCriteriaException.class,
            e ->
                assertThat(e.violations())
                    .extracting(BadDocumentTest::line)
                    .contains(
                        BadDocumentTest.at(
                            "$.points.bands",
                            RuleCode.POINTS_BAND_HIGHEST,
                            "优秀 [95, 100]",
                            "105")));
  }

  @Test
  void schemeNamingAnUnknownCriterion_orTieringANonShare_isRejected() {
    String document = CriteriaJsonTest.defaultDocument().trim();
    String unknown =
        scheme(BANDS, "80")
            .replace("\"results.no-hotspots\":\"2\"", "\"results.no-hotspot\":\"2\"");
    assertThatThrownBy(
            () ->
                CriteriaJson.read(
                    document.substring(0, document.length() - 1) + ",\"points\":" + unknown + "}"))
        .isInstanceOfSatisfying(
            InvalidCriteriaException.class,
            e ->
                assertThat(e.violations())
                    .extracting(BadDocumentTest::line)
                    .contains(
                        BadDocumentTest.at(
                            "$.points.criteria[\"results.no-hotspot\"]",
                            RuleCode.POINTS_UNKNOWN_CRITERION,
                            "results.no-hotspot",
                            "")));
    String negative =
        scheme(BANDS, "80")
            .replace("\"results.no-hotspots\":\"2\"", "\"results.no-hotspots\":\"-2\"");
    assertThatThrownBy(
            () ->
                CriteriaJson.read(
                    document.substring(0, document.length() - 1) + ",\"points\":" + negative + "}"))
        .isInstanceOfSatisfying(
            InvalidCriteriaException.class,
            e ->
                assertThat(e.violations())
                    .extracting(BadDocumentTest::line)
                    .contains(
                        BadDocumentTest.at(
                            "$.points.criteria[\"results.no-hotspots\"]",
                            RuleCode.POINTS_NEGATIVE,
                            "-2")));
  }

  @Test
  void scoredResults_andSchemes_roundTripThroughJson_andTheSchemeIsInTheFingerprint() {
    AssessmentResult result = assess(SAMPLE);
    assertThat(ResultJson.read(ResultJson.write(result), SCORED)).isEqualTo(result);
    assertThat(ResultJson.write(result)).contains("\"total\" : \"92\"", "\"zh\" : \"良好\"");
    assertThat(CriteriaJson.read(CriteriaJson.write(SCORED))).isEqualTo(SCORED);
    assertThat(SCORED.fingerprint())
        .isNotEqualTo(MunicipalModelCommunity.criteriaSet().fingerprint());
    assertThat(scored(BANDS, "85").fingerprint()).isNotEqualTo(SCORED.fingerprint());
    assertThat(SCORED.canonicalForm())
        .contains("points-pass-mark\t80\n", "points-band\t良好\tgood\t[85,95)\n");
    assertThat(new BigDecimal("80.0").compareTo(SCORED.pointsScheme().orElseThrow().passMark()))
        .isZero();
  }

  @Test
  void indicatorPoints_areEarnedOnlyWhenEveryGatingCriterionOfTheIndicatorPasses() {
    String document = CriteriaJsonTest.defaultDocument().trim();
    String withIndicators =
        scheme(BANDS.replace("[95, 105]", "[95, 125]"), "80")
            .replace(
                "\"missing\":",
                "\"indicators\":{\"leadership\":\"10\",\"groundwork\":\"10\"},\"missing\":");
    CriteriaSet set =
        CriteriaJson.read(
            document.substring(0, document.length() - 1) + ",\"points\":" + withIndicators + "}");
    Score score = set.assess(EvidenceJson.read(SAMPLE, set)).score().orElseThrow();
    assertThat(score.indicatorPoints().get("leadership")).isEqualByComparingTo("10");
    assertThat(score.indicatorPoints().get("groundwork")).isEqualByComparingTo("0");
    assertThat(score.total()).isEqualByComparingTo("102");
    assertThat(score.maxTotal()).isEqualByComparingTo("125");
  }

  /** Issue #9: a criteria/1 whose pass mark is 0 qualified a town with no evidence at all; it is refused. */
  @Test
  void passMarkNotAboveZero_isRefused_whenRead() {
    String bands = "[{\"name\":{\"zh\":\"全部\",\"en\":\"all\"},\"range\":\"[0, 105]\"}]";
    assertThatThrownBy(() -> scored(bands, "0"))
        .isInstanceOfSatisfying(
            InvalidCriteriaException.class,
            e ->
                assertThat(e.violations())
                    .anySatisfy(
                        v -> {
                          assertThat(v.code()).isEqualTo(RuleCode.POINTS_PASS_MARK_NOT_ABOVE_ZERO);
                          assertThat(v.location().toString()).contains("passMark");
                        }));
  }

  /** Issue #9: points only on an advisory criterion qualified a town with every gating criterion NOT_MET. */
  @Test
  void advisoryCriterionPoints_areRefused_whenRead() {
    String document = CriteriaJsonTest.defaultDocument().trim();
    String points =
        "{\"criteria\":{\"distinction.recognition\":\"10\"},\"passMark\":\"10\","
            + "\"bands\":[{\"name\":{\"zh\":\"不合格\",\"en\":\"failed\"},\"range\":\"[0, 10)\"},"
            + "{\"name\":{\"zh\":\"合格\",\"en\":\"passed\"},\"range\":\"[10, 10]\"}]}";
    assertThatThrownBy(
            () ->
                CriteriaJson.read(
                    document.substring(0, document.length() - 1) + ",\"points\":" + points + "}"))
        .isInstanceOfSatisfying(
            InvalidCriteriaException.class,
            e ->
                assertThat(e.violations())
                    .extracting(v -> v.code())
                    .containsExactly(RuleCode.POINTS_ADVISORY_CRITERION));
  }
}
