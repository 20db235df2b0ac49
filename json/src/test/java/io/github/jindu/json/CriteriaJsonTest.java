package io.github.jindu.json;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import io.github.jindu.AssessmentPeriod;
import io.github.jindu.AssessmentResult;
import io.github.jindu.CriteriaSet;
import io.github.jindu.CriteriaVersions;
import io.github.jindu.InvalidCriteriaException;
import io.github.jindu.JinduException;
import io.github.jindu.Outcome;
import io.github.jindu.Ratio;
import io.github.jindu.RuleCode;
import io.github.jindu.bar.Comparison;
import io.github.jindu.bar.MinShare;
import io.github.jindu.catalogue.MunicipalModelCommunity;
import java.io.IOException;
import java.io.InputStream;
import java.nio.charset.StandardCharsets;
import java.time.LocalDate;
import java.time.MonthDay;
import org.junit.jupiter.api.Test;

class CriteriaJsonTest {
  private static final CriteriaSet DEFAULT = MunicipalModelCommunity.criteriaSet();

  static String defaultDocument() {
    try (InputStream in =
        CriteriaJsonTest.class.getResourceAsStream(CriteriaJson.DEFAULT_SET_RESOURCE)) {
      return new String(in.readAllBytes(), StandardCharsets.UTF_8);
    } catch (IOException e) {
      throw new AssertionError(e);
    }
  }

  /** A minimal valid set: one indicator with one share criterion; {@code bar} replaces its bar. */
  static String tiny(String bar) {
    return "{\"format\":\"criteria/1\",\"id\":\"tiny\",\"version\":\"1\",\"name\":{\"zh\":\"小\",\"en\":\"tiny\"},"
        + "\"unitKinds\":[\"town\"],"
        + "\"metrics\":{\"a.reached\":{\"zh\":\"甲\",\"en\":\"a reached\",\"unit\":\"people\"},"
        + "\"a.total\":{\"zh\":\"乙\",\"en\":\"a total\",\"unit\":\"people\"}},"
        + "\"indicators\":[{\"id\":\"x\",\"name\":{\"zh\":\"甲\",\"en\":\"x\"},\"clause\":\"一\",\"criteria\":["
        + "{\"id\":\"x.share\",\"name\":{\"zh\":\"甲\",\"en\":\"share\"},\"clause\":\"一\",\"bar\":"
        + bar
        + "}]}]}";
  }

  private static InvalidCriteriaException rejection(String json) {
    try {
      CriteriaJson.read(json);
    } catch (InvalidCriteriaException e) {
      return e;
    }
    throw new AssertionError("expected an InvalidCriteriaException for " + json);
  }

  @Test
  void bundledDefinition_isExactlyWhatTheWriterWrites_soThereIsOneSourceOfTruth() {
    assertThat(CriteriaJson.write(DEFAULT)).isEqualTo(defaultDocument());
    assertThat(CriteriaJson.read(defaultDocument())).isEqualTo(DEFAULT);
    assertThat(DEFAULT.criteria()).hasSize(51);
    assertThat(DEFAULT.version()).isEqualTo("2009");
  }

  @Test
  void fingerprint_isTheSha256OfTheCanonicalForm_andTravelsWithEveryResult() {
    assertThat(DEFAULT.fingerprint()).matches("sha256:[0-9a-f]{64}");
    assertThat(DEFAULT.canonicalForm())
        .startsWith("criteria-set\tmunicipal-model-community\t2009\n")
        .contains("criterion\tprevention.population-coverage\t辖区实有人口宣传覆盖率达到90%以上\t")
        .contains(
            "min-share numerator=population.reached denominator=population.actual bound=9/10"
                + " comparison=at-least\n");
    AssessmentResult result =
        DEFAULT.assess(
            EvidenceJson.read(
                CriteriaJsonTest.class.getResourceAsStream("/cases/sample-town-2025.json")));
    assertThat(result.criteriaSetFingerprint()).isEqualTo(DEFAULT.fingerprint());
    assertThat(result.criteriaSetVersion()).isEqualTo("2009");
    assertThat(ResultJson.write(result))
        .contains(
            "\"criteriaSetVersion\" : \"2009\"",
            "\"criteriaSetFingerprint\" : \"" + DEFAULT.fingerprint());
  }

  @Test
  void fingerprint_changesWithAnyBar_andNotWithTheWayABoundIsWritten() {
    String ninety =
        tiny(
            "{\"kind\":\"min-share\",\"numerator\":\"a.reached\",\"denominator\":\"a.total\","
                + "\"bound\":\"9/10\"}");
    CriteriaSet a = CriteriaJson.read(ninety);
    assertThat(CriteriaJson.read(ninety.replace("9/10", "90%")).fingerprint())
        .isEqualTo(a.fingerprint());
    assertThat(CriteriaJson.read(ninety.replace("9/10", "0.90")).fingerprint())
        .isEqualTo(a.fingerprint());
    assertThat(CriteriaJson.read(ninety.replace("9/10", "95%")).fingerprint())
        .isNotEqualTo(a.fingerprint());
    assertThat(MunicipalModelCommunity.criteriaSet(MonthDay.of(2, 28)).fingerprint())
        .isNotEqualTo(DEFAULT.fingerprint());
  }

  @Test
  void chineseBoundaryWords_mapOntoComparisons() {
    String base =
        "{\"kind\":\"min-share\",\"numerator\":\"a.reached\",\"denominator\":\"a.total\","
            + "\"bound\":\"1/2\",\"comparison\":\"WORD\"}";
    assertThat(comparison(base.replace("WORD", "以上"))).isEqualTo(Comparison.AT_LEAST);
    assertThat(comparison(base.replace("WORD", "不少于"))).isEqualTo(Comparison.AT_LEAST);
    assertThat(comparison(base.replace("WORD", "超过"))).isEqualTo(Comparison.GREATER_THAN);
    assertThat(comparison(base.replace("WORD", "greater-than"))).isEqualTo(Comparison.GREATER_THAN);
    assertThat(rejection(tiny(base.replace("WORD", "不超过"))).violations())
        .anySatisfy(
            v -> {
              assertThat(v.code()).isEqualTo(RuleCode.SHARE_COMPARISON);
              assertThat(v.values()).containsExactly("at-most");
              assertThat(JsonPaths.of(v.location())).isEqualTo("$.indicators[0].criteria[0].bar");
            });
  }

  private static Comparison comparison(String bar) {
    return ((MinShare) CriteriaJson.read(tiny(bar)).criteria().get(0).threshold()).comparison();
  }

  @Test
  void aNinetyFivePercentVariant_isAssessedOnItsOwnBar() {
    CriteriaSet strict =
        CriteriaJson.read(defaultDocument().replace("\"bound\" : \"9/10\"", "\"bound\" : \"95%\""));
    AssessmentResult result =
        strict.assess(
            EvidenceJson.read(
                CriteriaJsonTest.class.getResourceAsStream("/cases/sample-town-2025.json")));
    assertThat(result.criterion("prevention.population-coverage").orElseThrow().outcome())
        .isEqualTo(Outcome.NOT_MET);
    assertThat(
            Required.of(
                result.criterion("prevention.population-coverage").orElseThrow().threshold()))
        .isEqualTo(">= 19/20");
    assertThat(result.criterion("prevention.student-coverage").orElseThrow().outcome())
        .isEqualTo(Outcome.MET);
    assertThat(result.criteriaSetFingerprint()).isNotEqualTo(DEFAULT.fingerprint());
  }

  @Test
  void unknownKindOfBar_isNamedWithItsPath() {
    assertThat(rejection(tiny("{\"kind\":\"at-most-twice\"}")).violations())
        .extracting(BadDocumentTest::line)
        .containsExactly(
            BadDocumentTest.at(
                "$.indicators[0].criteria[0].bar.kind",
                RuleCode.BAR_KIND_UNKNOWN,
                "at-most-twice",
                "attested, min-share, max-rate, zero, increase, every-period, all-of, within, by-date, "
                    + "lowest-among-peers, at-least-events, peer-average, sample"));
  }

  @Test
  void shareBoundAboveOne_isRejected_atOneItIsAccepted() {
    String bar =
        "{\"kind\":\"min-share\",\"numerator\":\"a.reached\",\"denominator\":\"a.total\",\"bound\":\"B\"}";
    assertThat(rejection(tiny(bar.replace("B", "10001/10000"))).violations())
        .extracting(BadDocumentTest::line)
        .containsExactly(
            BadDocumentTest.at(
                "$.indicators[0].criteria[0].bar", RuleCode.SHARE_BOUND_ABOVE_ONE, "10001/10000"));
    assertThat(
            ((MinShare)
                    CriteriaJson.read(tiny(bar.replace("B", "100%"))).criteria().get(0).threshold())
                .bound())
        .isEqualTo(Ratio.ONE);
  }

  @Test
  void rateBaseOfZero_isRejected() {
    String bar =
        "{\"kind\":\"max-rate\",\"count\":\"a.reached\",\"base\":\"a.total\",\"bound\":\"0.5 per 0\"}";
    assertThat(rejection(tiny(bar)).violations())
        .extracting(BadDocumentTest::line)
        .containsExactly(
            BadDocumentTest.at(
                "$.indicators[0].criteria[0].bar.bound",
                RuleCode.RATE_BASE_BELOW_ONE,
                "0.5 per 0"));
  }

  @Test
  void indicatorWithNoCriteria_isRejected() {
    String json =
        tiny("{\"kind\":\"attested\"}")
            .replaceFirst("\"criteria\":\\[.*]}]}$", "\"criteria\":[]}]}");
    assertThat(rejection(json).violations())
        .extracting(BadDocumentTest::line)
        .contains(BadDocumentTest.at("$.indicators[0]", RuleCode.INDICATOR_NO_CRITERIA, "x"));
  }

  @Test
  void duplicateIds_areRejected_namingTheId() {
    String json =
        defaultDocument()
            .replace(
                "\"id\" : \"leadership.regular-study\"",
                "\"id\" : \"leadership.in-development-plan\"");
    assertThat(rejection(json).violations())
        .extracting(BadDocumentTest::line)
        .containsExactly(
            BadDocumentTest.at(
                "$",
                RuleCode.CRITERION_ID_TWICE,
                "leadership.in-development-plan",
                "municipal-model-community"));
  }

  @Test
  void aMetricUsedWithTwoMeanings_isRejected() {
    String json =
        defaultDocument()
            .replaceFirst("(\"population.actual\" : \\{[^}]*\"unit\" : )\"people\"", "$1\"cases\"");
    assertThat(rejection(json).violations())
        .extracting(BadDocumentTest::line)
        .containsExactly(
            BadDocumentTest.at(
                "$",
                RuleCode.METRIC_SHARE_UNITS_DIFFER,
                "prevention.population-coverage",
                "population.reached",
                "people",
                "population.actual",
                "cases"));
    String rate =
        tiny("{\"kind\":\"max-rate\",\"count\":\"a.reached\",\"base\":\"a.total\",\"bound\":\"1 per 100\"}")
            .replace(
                "\"en\":\"a total\",\"unit\":\"people\"", "\"en\":\"a total\",\"unit\":\"places\"");
    assertThat(rejection(rate).violations())
        .extracting(BadDocumentTest::line)
        .containsExactly(
            BadDocumentTest.at(
                "$", RuleCode.METRIC_RATE_BASE_NOT_PEOPLE, "a.total", "places", "x.share"));
  }

  @Test
  void aBarReadingAnUndefinedMetric_isRejected() {
    String bar = "{\"kind\":\"zero\",\"metric\":\"b.count\"}";
    assertThat(rejection(tiny(bar)).violations())
        .extracting(BadDocumentTest::line)
        .contains(BadDocumentTest.at("$", RuleCode.METRIC_UNDEFINED, "x.share", "b.count", "tiny"));
  }

  @Test
  void twoVersionsInForceOnTheSameDay_areRejected_andADateChoosesAVersion() {
    String base = tiny("{\"kind\":\"attested\"}").replace("\"metrics\":{", "\"unused\":{");
    String older =
        base.replace(
                "\"version\":\"1\"", "\"version\":\"2019\",\"inForce\":{\"until\":\"2023-12-31\"}")
            .replace(
                "\"unused\":{\"a.reached\":{\"zh\":\"甲\",\"en\":\"a reached\",\"unit\":\"people\"},"
                    + "\"a.total\":{\"zh\":\"乙\",\"en\":\"a total\",\"unit\":\"people\"}},",
                "");
    CriteriaSet v2019 = CriteriaJson.read(older);
    CriteriaSet v2024 =
        CriteriaJson.read(
            older.replace(
                "\"version\":\"2019\",\"inForce\":{\"until\":\"2023-12-31\"}",
                "\"version\":\"2024\",\"inForce\":{\"from\":\"2024-01-01\"}"));
    CriteriaSet overlapping =
        CriteriaJson.read(
            older.replace(
                "\"version\":\"2019\",\"inForce\":{\"until\":\"2023-12-31\"}",
                "\"version\":\"2023b\",\"inForce\":{\"from\":\"2023-12-31\"}"));

    CriteriaVersions versions = CriteriaVersions.of(v2019, v2024);
    assertThat(
            versions.inForce(
                "tiny", AssessmentPeriod.of(LocalDate.of(2023, 1, 1), LocalDate.of(2023, 12, 31))))
        .isEqualTo(v2019);
    assertThat(
            versions.inForce(
                "tiny", AssessmentPeriod.of(LocalDate.of(2024, 1, 1), LocalDate.of(2024, 12, 31))))
        .isEqualTo(v2024);
    assertThatThrownBy(
            () ->
                versions.inForce(
                    "tiny",
                    AssessmentPeriod.of(LocalDate.of(2023, 7, 1), LocalDate.of(2024, 6, 30))))
        .isInstanceOf(JinduException.class)
        .hasMessage(
            "the period 2023-07-01..2024-06-30 straddles versions 2019 and 2024 of criteria set tiny: name the"
                + " version to use");
    assertThat(versions.version("tiny", "2024")).isEqualTo(v2024);
    assertThatThrownBy(() -> CriteriaVersions.of(v2019, overlapping))
        .isInstanceOf(InvalidCriteriaException.class)
        .satisfies(
            e ->
                assertThat(((InvalidCriteriaException) e).violations())
                    .extracting(BadDocumentTest::line)
                    .containsExactly(
                        BadDocumentTest.at(
                            "$",
                            RuleCode.SET_VERSIONS_OVERLAP,
                            "2019",
                            "2023b",
                            "tiny",
                            "on 2023-12-31")));
  }
}
