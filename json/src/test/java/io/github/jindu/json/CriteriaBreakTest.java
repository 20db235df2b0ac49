package io.github.jindu.json;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import io.github.jindu.AssessmentResult;
import io.github.jindu.CriteriaSet;
import io.github.jindu.InvalidCriteriaException;
import io.github.jindu.InvalidEvidenceException;
import io.github.jindu.OverallOutcome;
import io.github.jindu.RuleCode;
import org.junit.jupiter.api.Test;

/** What a break test of criteria/1 and points schemes found, each pinned. */
class CriteriaBreakTest {
  private static final String SAMPLE = EvidenceJsonTest.resource("sample-town-2025.json");

  private static String withPoints(String scheme) {
    String document = CriteriaJsonTest.defaultDocument().trim();
    return document.substring(0, document.length() - 1) + ",\"points\":" + scheme + "}";
  }

  @Test
  void aBoundWithAHugeExponent_isRefusedAtOnce_notComputed() {
    String bar =
        "{\"kind\":\"min-share\",\"numerator\":\"a.reached\",\"denominator\":\"a.total\",\"bound\":\"1e99999999\"}";
    assertThatThrownBy(() -> CriteriaJson.read(CriteriaJsonTest.tiny(bar)))
        .isInstanceOfSatisfying(
            InvalidCriteriaException.class,
            e ->
                assertThat(e.violations())
                    .extracting(BadDocumentTest::line)
                    .containsExactly(
                        BadDocumentTest.at(
                            "$.indicators[0].criteria[0].bar.bound",
                            RuleCode.SHARE_NOT_EXACT,
                            "1e99999999")));
  }

  /** A bound is written n/d, 0.9 or 90 %; a sign, an exponent or a space is not one of those forms (issue 9). */
  @org.junit.jupiter.params.ParameterizedTest
  @org.junit.jupiter.params.provider.ValueSource(
      strings = {"0.9e0", "+0.9", " 90%", "90% ", "9e-1", "0.9 ", ".9", "9./10"})
  void aBoundInALaxForm_isRefused(String bound) {
    String bar =
        "{\"kind\":\"min-share\",\"numerator\":\"a.reached\",\"denominator\":\"a.total\",\"bound\":\""
            + bound
            + "\"}";
    assertThatThrownBy(() -> CriteriaJson.read(CriteriaJsonTest.tiny(bar)))
        .isInstanceOfSatisfying(
            InvalidCriteriaException.class,
            e ->
                assertThat(e.violations())
                    .extracting(BadDocumentTest::line)
                    .containsExactly(
                        BadDocumentTest.at(
                            "$.indicators[0].criteria[0].bar.bound",
                            RuleCode.SHARE_NOT_EXACT,
                            bound)));
  }

  @org.junit.jupiter.params.ParameterizedTest
  @org.junit.jupiter.params.provider.ValueSource(strings = {"9/10", "90%", "0.9", "0.90", "90.0%"})
  void aBoundInEachWrittenForm_isTheSameBound(String bound) {
    String bar =
        "{\"kind\":\"min-share\",\"numerator\":\"a.reached\",\"denominator\":\"a.total\",\"bound\":\""
            + bound
            + "\"}";
    assertThat(CriteriaJson.read(CriteriaJsonTest.tiny(bar)).criteria().get(0).threshold())
        .isEqualTo(
            CriteriaJson.read(CriteriaJsonTest.tiny(bar.replace(bound, "9/10")))
                .criteria()
                .get(0)
                .threshold());
  }

  @Test
  void everyProblemOfAScheme_isItsOwnViolation() {
    String scheme =
        PointsSchemeTest.scheme(
            "[{\"name\":{\"zh\":\"不合格\",\"en\":\"failed\"},\"range\":\"[0, 80)\"},"
                + "{\"name\":{\"zh\":\"合格\",\"en\":\"passed\"},\"range\":\"[81, 105]\"}]",
            "500");
    InvalidCriteriaException e =
        org.junit.jupiter.api.Assertions.assertThrows(
            InvalidCriteriaException.class, () -> CriteriaJson.read(withPoints(scheme)));
    assertThat(e.violations())
        .extracting(BadDocumentTest::line)
        .containsExactly(
            BadDocumentTest.at("$.points.passMark", RuleCode.POINTS_PASS_MARK, "500", "105"),
            BadDocumentTest.at(
                "$.points.bands", RuleCode.POINTS_BANDS_GAP, "不合格 [0, 80)", "合格 [81, 105]", "80"));
  }

  @Test
  void anUnknownCriterionOfAScheme_isNamedAtItsPath_notHiddenBehindBands() {
    String scheme =
        PointsSchemeTest.scheme(PointsSchemeTest.BANDS_TEXT, "80")
            .replace(
                "\"results.no-hotspots\":\"2\"",
                "\"results.no-hotspots\":\"2\",\"results.no-hotspot\":\"2\"");
    InvalidCriteriaException e =
        org.junit.jupiter.api.Assertions.assertThrows(
            InvalidCriteriaException.class, () -> CriteriaJson.read(withPoints(scheme)));
    assertThat(e.violations())
        .extracting(BadDocumentTest::line)
        .containsExactly(
            BadDocumentTest.at(
                "$.points.criteria[\"results.no-hotspot\"]",
                RuleCode.POINTS_UNKNOWN_CRITERION,
                "results.no-hotspot",
                ""));
  }

  @Test
  void anAdvisoryVetoItem_isRefused() {
    String scheme =
        PointsSchemeTest.scheme(PointsSchemeTest.BANDS_TEXT, "80")
            .replace(
                "\"vetoItems\":[\"results.no-drug-induced-serious-cases\"]",
                "\"vetoItems\":[\"distinction.recognition\"]");
    assertThatThrownBy(() -> CriteriaJson.read(withPoints(scheme)))
        .isInstanceOfSatisfying(
            InvalidCriteriaException.class,
            e ->
                assertThat(e.violations())
                    .extracting(BadDocumentTest::line)
                    .containsExactly(
                        BadDocumentTest.at(
                            "$.points.vetoItems[0]",
                            RuleCode.POINTS_VETO_ITEM_ADVISORY,
                            "distinction.recognition")));
  }

  @Test
  void barsThatReadCounts_needMetricDefinitions() {
    String noMetrics =
        CriteriaJsonTest.tiny("{\"kind\":\"zero\",\"metric\":\"a.total\"}")
            .replaceFirst("\"metrics\":\\{.*?}},", "");
    assertThatThrownBy(() -> CriteriaJson.read(noMetrics))
        .isInstanceOfSatisfying(
            InvalidCriteriaException.class,
            e ->
                assertThat(e.violations())
                    .extracting(BadDocumentTest::line)
                    .contains(BadDocumentTest.at("$.metrics", RuleCode.METRICS_REQUIRED)));
  }

  @Test
  void aSourceOfADash_andNoSource_haveDifferentFingerprints() {
    String base =
        CriteriaJsonTest.tiny("{\"kind\":\"attested\"}")
            .replace("\"metrics\":{", "\"unused\":{")
            .replaceFirst(",\"unused\":\\{.*?}},", ",");
    CriteriaSet none = CriteriaJson.read(base);
    CriteriaSet dash =
        CriteriaJson.read(base.replace("\"unitKinds\"", "\"source\":\"-\",\"unitKinds\""));
    assertThat(dash.fingerprint()).isNotEqualTo(none.fingerprint());
  }

  @Test
  void tieredCredit_ofACriterionNotMet_isNothing() {
    CriteriaSet strict =
        CriteriaJson.read(
            withPoints(PointsSchemeTest.scheme(PointsSchemeTest.BANDS_TEXT, "80"))
                .replaceFirst(
                    "\"bound\" : \"9/10\",\\s*\"comparison\" : \"at-least\"",
                    "\"bound\" : \"19/20\", \"comparison\" : \"at-least\""));
    AssessmentResult result = strict.assess(EvidenceJson.read(SAMPLE, strict));
    assertThat(result.score().orElseThrow().criterionPoints().get("prevention.population-coverage"))
        .isEqualByComparingTo("0");
  }

  @Test
  void aVetoItemWithoutEvidence_leavesTheUnitIncomplete() {
    CriteriaSet scored = PointsSchemeTest.scored(PointsSchemeTest.BANDS_TEXT, "80");
    AssessmentResult result =
        scored.assess(
            EvidenceJson.read(
                SAMPLE
                    .replace("\"drug-induced-serious-cases\": 0", "\"hotspots\": 0")
                    .replace("\"hotspots\": 0,", ""),
                scored));
    assertThat(result.overall()).isEqualTo(OverallOutcome.INCOMPLETE);
  }

  @Test
  void aSetNotInForceForThePeriod_refusesToAssess() {
    String old =
        CriteriaJsonTest.defaultDocument()
            .replace(
                "\"version\" : \"2009\"",
                "\"version\" : \"2009\", \"inForce\" : { \"from\" : \"2009-02-16\", \"until\" : \"2010-12-31\" }");
    CriteriaSet set = CriteriaJson.read(old);
    assertThatThrownBy(() -> set.assess(EvidenceJson.read(SAMPLE)))
        .isInstanceOfSatisfying(
            InvalidEvidenceException.class,
            e ->
                assertThat(e.violations())
                    .extracting(BadDocumentTest::line)
                    .containsExactly(
                        BadDocumentTest.at(
                            "$.period",
                            RuleCode.PERIOD_NOT_IN_FORCE,
                            "municipal-model-community",
                            "2009",
                            "2009-02-16",
                            "2010-12-31",
                            "2025-01-01..2025-12-31")));
  }
}
