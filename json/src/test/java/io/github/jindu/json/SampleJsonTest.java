package io.github.jindu.json;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import io.github.jindu.AssessmentResult;
import io.github.jindu.CriteriaSet;
import io.github.jindu.Evidence;
import io.github.jindu.InvalidEvidenceException;
import io.github.jindu.MetricKey;
import io.github.jindu.Outcome;
import io.github.jindu.Ratio;
import io.github.jindu.RuleCode;
import io.github.jindu.bar.Sample;
import java.math.BigDecimal;
import org.junit.jupiter.api.Test;

/** The sample bar (抽查) in criteria/1, its samples in evidence/1, and its observation, gap and missing in result/1. */
class SampleJsonTest {
  static final String BAR =
      "{\"kind\":\"sample\",\"population\":\"schools.total\",\"share\":\"10%\",\"atLeast\":4,"
          + "\"failuresAtMost\":0}";
  static final String POINTS =
      ",\"points\":{\"criteria\":{\"schools.sampled\":{\"points\":\"4\",\"perShortfall\":\"1\",\"cap\":\"4\"}},"
          + "\"passMark\":\"3\",\"bands\":[{\"name\":{\"zh\":\"不合格\",\"en\":\"failed\"},\"range\":\"[0, 3)\"},"
          + "{\"name\":{\"zh\":\"合格\",\"en\":\"passed\"},\"range\":\"[3, 4]\"}]}";

  static String set(String bar, String points) {
    return "{\"format\":\"criteria/1\",\"id\":\"hangzhou-schools\",\"version\":\"2018\","
        + "\"name\":{\"zh\":\"学校抽查\",\"en\":\"school sample\"},\"unitKinds\":[\"town\"],"
        + "\"metrics\":{\"schools.total\":{\"zh\":\"学校总数\",\"en\":\"schools\",\"unit\":\"places\"}},"
        + "\"indicators\":[{\"id\":\"schools\",\"name\":{\"zh\":\"学校\",\"en\":\"schools\"},"
        + "\"clause\":\"三\",\"criteria\":[{\"id\":\"schools.sampled\",\"name\":{\"zh\":\"随机抽查10%\","
        + "\"en\":\"sample 10 %\"},\"clause\":\"三(二)\",\"bar\":"
        + bar
        + "}]}]"
        + points
        + "}";
  }

  static String evidence(long schools, String samples) {
    return "{\"format\":\"evidence/1\",\"unit\":{\"id\":\"310199-001\",\"name\":\"东沙镇\",\"kind\":\"town\"},"
        + "\"period\":{\"start\":\"2025-01-01\",\"end\":\"2025-12-31\"},"
        + "\"counts\":{\"schools.total\":"
        + schools
        + "}"
        + (samples.isEmpty() ? "" : ",\"samples\":{" + samples + "}")
        + "}";
  }

  static final String FOUR_ONE_FAILED =
      "\"schools.sampled\":[{\"unit\":\"s1\",\"passed\":true},{\"unit\":\"s2\",\"passed\":true},"
          + "{\"unit\":\"s3\",\"passed\":false},{\"unit\":\"s4\",\"passed\":true}]";

  @Test
  void theBar_isRead_asTheJavaBar_andRoundTrips() {
    CriteriaSet set = CriteriaJson.read(set(BAR, ""));
    assertThat(set.criterion("schools.sampled").orElseThrow().threshold())
        .isEqualTo(Sample.of(MetricKey.of("schools.total"), Ratio.of(1, 10), 4, 0));
    String written = CriteriaJson.write(set);
    assertThat(CriteriaJson.read(written)).isEqualTo(set);
    assertThat(CriteriaJson.write(CriteriaJson.read(written))).isEqualTo(written);
    assertThat(written).contains("\"share\" : \"1/10\"").contains("\"failuresAtMost\" : 0");
  }

  @Test
  void evidenceWithSamples_roundTrips_andKeepsItsDigest() {
    CriteriaSet set = CriteriaJson.read(set(BAR, ""));
    Evidence e = EvidenceJson.read(evidence(40, FOUR_ONE_FAILED), set);
    assertThat(e.sample("schools.sampled").orElseThrow()).hasSize(4);
    Evidence back = EvidenceJson.read(EvidenceJson.write(e), set);
    assertThat(back).isEqualTo(e);
    assertThat(back.evidenceDigest()).isEqualTo(e.evidenceDigest());
    assertThat(EvidenceJson.read(evidence(40, ""), set).evidenceDigest())
        .isNotEqualTo(e.evidenceDigest());
  }

  @Test
  void result_writesTheObservationAndGap_andReadsBack_andScoresPerFailingSchool() {
    CriteriaSet set = CriteriaJson.read(set(BAR, POINTS));
    AssessmentResult result = set.assess(EvidenceJson.read(evidence(40, FOUR_ONE_FAILED), set));
    assertThat(result.criterion("schools.sampled").orElseThrow().outcome())
        .isEqualTo(Outcome.NOT_MET);
    assertThat(result.score().orElseThrow().total()).isEqualByComparingTo(new BigDecimal("3"));
    String json = ResultJson.write(result);
    assertThat(json.replaceAll("\\s+", ""))
        .contains(
            "\"observation\":{\"kind\":\"sample\",\"population\":40,\"required\":4,\"sampled\":4,"
                + "\"failed\":[\"s3\"]}")
        .contains("\"gap\":{\"kind\":\"sample\",\"moreUnits\":0,\"failuresOver\":1}");
    assertThat(ResultJson.read(json, set)).isEqualTo(result);
  }

  @Test
  void noList_isNotAssessed_withTheMissingList_andReadsBack() {
    CriteriaSet set = CriteriaJson.read(set(BAR, ""));
    AssessmentResult result = set.assess(EvidenceJson.read(evidence(40, ""), set));
    String json = ResultJson.write(result);
    assertThat(json.replaceAll("\\s+", "")).contains("\"missing\":[\"samples.schools.sampled\"]");
    assertThat(json).contains("$.samples[\\\"schools.sampled\\\"]");
    assertThat(ResultJson.read(json, set)).isEqualTo(result);
  }

  @Test
  void badBars_areRefused_namingTheField() {
    String bar = "$.indicators[0].criteria[0].bar";
    DeclaredEventsJsonTest.refused(
        set(BAR.replace("10%", "0"), ""), bar + ".share", RuleCode.SAMPLE_SHARE, "0");
    DeclaredEventsJsonTest.refused(
        set(BAR.replace("10%", "11/10"), ""), bar + ".share", RuleCode.SAMPLE_SHARE, "11/10");
    DeclaredEventsJsonTest.refused(
        set(BAR.replace("\"atLeast\":4", "\"atLeast\":0"), ""),
        bar + ".atLeast",
        RuleCode.SAMPLE_AT_LEAST_BELOW_ONE,
        0);
    DeclaredEventsJsonTest.refused(
        set(BAR.replace("\"failuresAtMost\":0", "\"failuresAtMost\":-1"), ""),
        bar + ".failuresAtMost",
        RuleCode.SAMPLE_FAILURES_NEGATIVE,
        -1);
    DeclaredEventsJsonTest.refused(
        set(BAR.replace(",\"failuresAtMost\":0", ""), ""),
        bar + ".failuresAtMost",
        RuleCode.MEMBER_REQUIRED);
  }

  @Test
  void badEvidence_isRefused_namingTheField() {
    CriteriaSet set = CriteriaJson.read(set(BAR, ""));
    String twice =
        "\"schools.sampled\":[{\"unit\":\"s1\",\"passed\":true},{\"unit\":\"s1\",\"passed\":false}]";
    refused(
        set,
        evidence(40, twice),
        "$.samples[\"schools.sampled\"][1].unit",
        RuleCode.SAMPLE_UNIT_TWICE,
        "s1",
        "schools.sampled");
    refused(
        set,
        evidence(3, FOUR_ONE_FAILED),
        "$.samples[\"schools.sampled\"]",
        RuleCode.SAMPLE_ABOVE_POPULATION,
        "schools.sampled",
        4,
        "schools.total",
        3);
    refused(
        set,
        evidence(40, "\"schools.other\":[]"),
        "$.samples[\"schools.other\"]",
        RuleCode.SAMPLE_UNKNOWN_CRITERION,
        "schools.other",
        "hangzhou-schools");
    refused(
        set,
        evidence(40, "\"schools.sampled\":[{\"unit\":\"s 1\",\"passed\":true}]"),
        "$.samples[\"schools.sampled\"][0].unit",
        RuleCode.ID_MALFORMED,
        "s 1");
  }

  private static void refused(
      CriteriaSet set, String json, String path, RuleCode code, Object... values) {
    assertThatThrownBy(() -> EvidenceJson.read(json, set))
        .isInstanceOfSatisfying(
            InvalidEvidenceException.class,
            e ->
                assertThat(e.violations())
                    .extracting(BadDocumentTest::line)
                    .contains(BadDocumentTest.at(path, code, values)));
  }
}
