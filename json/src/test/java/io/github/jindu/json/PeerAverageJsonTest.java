package io.github.jindu.json;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import io.github.jindu.AssessmentResult;
import io.github.jindu.CriteriaSet;
import io.github.jindu.CriterionResult;
import io.github.jindu.Evidence;
import io.github.jindu.InvalidEvidenceException;
import io.github.jindu.MetricKey;
import io.github.jindu.MissingEvidence;
import io.github.jindu.Outcome;
import io.github.jindu.RuleCode;
import io.github.jindu.bar.Comparison;
import io.github.jindu.bar.PeerAverage;
import java.util.Map;
import java.util.Optional;
import org.junit.jupiter.api.Test;

/** The peer-average bar in criteria/1, peers' counts in evidence/1, its observation and gap in result/1. */
class PeerAverageJsonTest {
  static final String SET =
      "{\"format\":\"criteria/1\",\"id\":\"eligibility\",\"version\":\"1\","
          + "\"name\":{\"zh\":\"参评资格\",\"en\":\"eligibility\"},\"unitKinds\":[\"street\"],"
          + "\"metrics\":{"
          + "\"survey.safe\":{\"zh\":\"感到安全的受访者\",\"en\":\"respondents who feel safe\","
          + "\"unit\":\"people\",\"partOf\":[\"survey.respondents\"]},"
          + "\"survey.respondents\":{\"zh\":\"受访者\",\"en\":\"respondents\",\"unit\":\"people\"},"
          + "\"incidents.reported\":{\"zh\":\"涉毒警情\",\"en\":\"drug-related incidents\",\"unit\":\"cases\"}},"
          + "\"indicators\":[{\"id\":\"eligibility\",\"name\":{\"zh\":\"参评资格\",\"en\":\"eligibility\"},"
          + "\"clause\":\"三\",\"criteria\":["
          + DeclaredEventsJsonTest.criterion(
              "survey.safety-average",
              "{\"kind\":\"peer-average\",\"metric\":\"survey.safe\",\"per\":\"survey.respondents\","
                  + "\"comparison\":\"at-least\"}")
          + ","
          + DeclaredEventsJsonTest.criterion(
              "incidents.below-average",
              "{\"kind\":\"peer-average\",\"metric\":\"incidents.reported\",\"comparison\":\"不满\"}")
          + "]}]}";

  static String evidence(long safe, String peers) {
    return "{\"format\":\"evidence/1\","
        + "\"unit\":{\"id\":\"520102-001\",\"name\":\"中华南路街道\",\"kind\":\"street\"},"
        + "\"period\":{\"start\":\"2015-01-01\",\"end\":\"2015-12-31\"},"
        + "\"counts\":{\"survey.safe\":"
        + safe
        + ",\"survey.respondents\":1000,\"incidents.reported\":6},"
        + "\"peers\":["
        + peers
        + "]}";
  }

  static final String TWO =
      "{\"unit\":\"520102-002\",\"counts\":{\"survey.safe\":912,\"survey.respondents\":1000,"
          + "\"incidents.reported\":4}},"
          + "{\"unit\":\"520102-003\",\"counts\":{\"survey.safe\":948,\"survey.respondents\":1000,"
          + "\"incidents.reported\":7}}";

  @Test
  void theBar_isRead_withItsDefaultsAndChineseComparison_andWrittenBack() {
    CriteriaSet set = CriteriaJson.read(SET);
    assertThat(set.criterion("survey.safety-average").orElseThrow().threshold())
        .isEqualTo(
            PeerAverage.of(
                MetricKey.of("survey.safe"),
                Optional.of(MetricKey.of("survey.respondents")),
                Comparison.AT_LEAST));
    assertThat(set.criterion("incidents.below-average").orElseThrow().threshold())
        .isEqualTo(
            PeerAverage.of(
                MetricKey.of("incidents.reported"), Optional.empty(), Comparison.LESS_THAN));
    String written = CriteriaJson.write(set);
    assertThat(CriteriaJson.read(written)).isEqualTo(set);
    assertThat(written).contains("\"kind\" : \"peer-average\"").contains("\"less-than\"");
    assertThat(CriteriaJson.read(SET.replace(",\"comparison\":\"at-least\"", "")))
        .as("the comparison defaults to at least (不低于平均值)")
        .isEqualTo(set);
  }

  @Test
  void belowTheAverage_isNotMet_withItsGap_andTheResultReadsBack() {
    CriteriaSet set = CriteriaJson.read(SET);
    AssessmentResult result = set.assess(EvidenceJson.read(evidence(929, TWO), set));
    CriterionResult safety = result.criterion("survey.safety-average").orElseThrow();
    assertThat(safety.outcome()).isEqualTo(Outcome.NOT_MET);
    CriterionResult incidents = result.criterion("incidents.below-average").orElseThrow();
    assertThat(incidents.outcome()).isEqualTo(Outcome.NOT_MET);
    String json = ResultJson.write(result);
    assertThat(json)
        .contains("\"kind\" : \"peer-average\"")
        .contains(
            "\"mean\" : {\n          \"numerator\" : 93,\n          \"denominator\" : 100\n        }")
        .contains(
            "\"mean\" : {\n          \"numerator\" : 11,\n          \"denominator\" : 2\n        }")
        .contains("\"observed\" : \"929/1000 (92.90 %); average of 2 peers 93.00 % (93/100)\"")
        .contains("\"observed\" : \"6; average of 2 peers 5.50 (11/2)\"")
        .contains("\"required\" : \"below the peers' average of incidents.reported\"")
        .contains(
            "\"kind\" : \"more\",\n        \"metric\" : \"survey.safe\",\n        \"amount\" : 1")
        .contains(
            "\"kind\" : \"fewer\",\n        \"metric\" : \"incidents.reported\",\n        \"atMost\" : 5");
    assertThat(ResultJson.read(json, set)).isEqualTo(result);
    assertThat(
            set.assess(EvidenceJson.read(evidence(930, TWO), set))
                .criterion("survey.safety-average")
                .orElseThrow()
                .outcome())
        .isEqualTo(Outcome.MET);
  }

  @Test
  void peersCounts_roundTrip_andAnUnknownOne_isNamedInMissing() {
    CriteriaSet set = CriteriaJson.read(SET);
    String partial =
        "{\"unit\":\"520102-002\",\"population\":52000,"
            + "\"counts\":{\"survey.respondents\":1000,\"incidents.reported\":4}}";
    Evidence e = EvidenceJson.read(evidence(930, partial), set);
    assertThat(EvidenceJson.read(EvidenceJson.write(e))).isEqualTo(e);
    assertThat(EvidenceJson.write(e))
        .as("the peer's count, beside the unit's own 6")
        .contains("\"incidents.reported\" : 4");
    AssessmentResult result = set.assess(e);
    CriterionResult r = result.criterion("survey.safety-average").orElseThrow();
    assertThat(r.outcome()).isEqualTo(Outcome.NOT_ASSESSED);
    assertThat(r.missing())
        .containsExactly(
            new MissingEvidence.MissingPeerCount("520102-002", MetricKey.of("survey.safe")));
    String json = ResultJson.write(result);
    assertThat(json).contains("\"peers.520102-002.counts.survey.safe\"");
    assertThat(ResultJson.read(json, set)).isEqualTo(result);
    assertThat(ResultJson.evidencePath(r.missing().get(0)))
        .isEqualTo("$.peers[?(@.unit == \"520102-002\")].counts[\"survey.safe\"]");
  }

  @Test
  void misuse_isRefused_withItsRuleAndPath() {
    String bar = "$.indicators[0].criteria[0].bar";
    DeclaredEventsJsonTest.refused(
        SET.replace("\"per\":\"survey.respondents\"", "\"per\":\"survey.safe\""),
        bar,
        RuleCode.RATE_OWN_BASE,
        "survey.safe");
    DeclaredEventsJsonTest.refused(
        SET.replace("\"comparison\":\"at-least\"", "\"comparison\":\"about\""),
        bar + ".comparison",
        RuleCode.COMPARISON_UNKNOWN,
        "about",
        "at-least, greater-than, at-most, less-than, "
            + "以上, 不少于, 不低于, 达到, 超过, 高于, 以下, 以内, 不超过, 不高于, 不满, 不足, 低于");
    DeclaredEventsJsonTest.refused(
        SET.replace("\"per\":\"survey.respondents\"", "\"per\":\"Survey Respondents\""),
        bar + ".per",
        RuleCode.METRIC_KEY_MALFORMED,
        "Survey Respondents");
    DeclaredEventsJsonTest.refused(
        SET.replace("\"per\":\"survey.respondents\"", "\"base\":\"survey.respondents\""),
        bar + ".base",
        RuleCode.MEMBER_UNKNOWN,
        "base",
        "kind, metric, per, comparison");
  }

  @Test
  void aPeersBadCount_isRefused_atItsPath() {
    CriteriaSet set = CriteriaJson.read(SET);
    String bad =
        "{\"unit\":\"520102-002\",\"counts\":{\"survey.safe\":1001,\"survey.respondents\":1000,"
            + "\"incidents.reported\":4.5}}";
    assertThatThrownBy(() -> EvidenceJson.read(evidence(930, bad), set))
        .isInstanceOfSatisfying(
            InvalidEvidenceException.class,
            e ->
                assertThat(e.violations())
                    .extracting(BadDocumentTest::line)
                    .containsExactly(
                        BadDocumentTest.at(
                            "$.peers[0].counts[\"incidents.reported\"]",
                            RuleCode.NUMBER_NOT_WHOLE,
                            "4.5")));
    String above =
        "{\"unit\":\"520102-002\",\"counts\":{\"survey.safe\":1001,\"survey.respondents\":1000,"
            + "\"incidents.reported\":4}}";
    assertThatThrownBy(() -> EvidenceJson.read(evidence(930, above), set))
        .isInstanceOfSatisfying(
            InvalidEvidenceException.class,
            e ->
                assertThat(e.violations())
                    .extracting(v -> v.code())
                    .containsExactly(RuleCode.COUNT_PART_ABOVE_WHOLE));
  }

  @Test
  void aComparison_mayBeWrittenInTheWordsOfTheText_simplifiedOrTraditional() {
    Map<String, Comparison> words =
        Map.ofEntries(
            Map.entry("以上", Comparison.AT_LEAST),
            Map.entry("不低于", Comparison.AT_LEAST),
            Map.entry("不低於", Comparison.AT_LEAST),
            Map.entry("達到", Comparison.AT_LEAST),
            Map.entry("不少於", Comparison.AT_LEAST),
            Map.entry("高于", Comparison.GREATER_THAN),
            Map.entry("超過", Comparison.GREATER_THAN),
            Map.entry("以内", Comparison.AT_MOST),
            Map.entry("以內", Comparison.AT_MOST),
            Map.entry("不高于", Comparison.AT_MOST),
            Map.entry("不超過", Comparison.AT_MOST),
            Map.entry("低于", Comparison.LESS_THAN),
            Map.entry("低於", Comparison.LESS_THAN),
            Map.entry("不足", Comparison.LESS_THAN),
            Map.entry("不滿", Comparison.LESS_THAN));
    words.forEach(
        (word, comparison) -> {
          CriteriaSet set =
              CriteriaJson.read(
                  SET.replace("\"comparison\":\"at-least\"", "\"comparison\":\"" + word + "\""));
          assertThat(set.criterion("survey.safety-average").orElseThrow().threshold())
              .as(word)
              .isEqualTo(
                  PeerAverage.of(
                      MetricKey.of("survey.safe"),
                      Optional.of(MetricKey.of("survey.respondents")),
                      comparison));
        });
  }
}
