package io.github.jindu.json;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import io.github.jindu.AssessmentResult;
import io.github.jindu.CriteriaSet;
import io.github.jindu.EventKind;
import io.github.jindu.InvalidCriteriaException;
import io.github.jindu.InvalidEvidenceException;
import io.github.jindu.Outcome;
import io.github.jindu.RuleCode;
import io.github.jindu.bar.AtLeastEvents;
import io.github.jindu.bar.Cadence;
import io.github.jindu.bar.EveryPeriod;
import java.time.Month;
import org.junit.jupiter.api.Test;

/** Declared event types, the yearly cadence and at-least-events in criteria/1, evidence/1 and result/1. */
class DeclaredEventsJsonTest {
  private static final String EVENT_TYPES =
      "\"eventTypes\":[{\"id\":\"patrol\",\"name\":{\"zh\":\"踏查\",\"en\":\"patrol\"},\"subunit\":true},"
          + "{\"id\":\"creation-review\",\"name\":{\"zh\":\"创建工作评议\",\"en\":\"creation review\"}}],";

  static String set(String bars) {
    return "{\"format\":\"criteria/1\",\"id\":\"township\",\"version\":\"1\","
        + "\"name\":{\"zh\":\"乡镇禁毒考评\",\"en\":\"township drug control\"},\"unitKinds\":[\"town\"],"
        + EVENT_TYPES
        + "\"indicators\":[{\"id\":\"eradication\",\"name\":{\"zh\":\"禁种铲毒\",\"en\":\"eradication\"},"
        + "\"clause\":\"一\",\"criteria\":["
        + bars
        + "]}]}";
  }

  static String criterion(String id, String bar) {
    return "{\"id\":\""
        + id
        + "\",\"name\":{\"zh\":\"甲\",\"en\":\""
        + id
        + "\"},\"clause\":\"一\",\"bar\":"
        + bar
        + "}";
  }

  static final String PATROLS =
      criterion(
          "eradication.patrols",
          "{\"kind\":\"at-least-events\",\"event\":\"patrol\",\"atLeast\":6,\"months\":{\"from\":2,\"to\":9}}");
  static final String REVIEW =
      criterion(
          "eradication.yearly-review",
          "{\"kind\":\"every-period\",\"event\":\"creation-review\",\"cadence\":\"year\"}");

  static CriteriaSet township() {
    return CriteriaJson.read(set(PATROLS + "," + REVIEW));
  }

  static String evidence(String events) {
    return "{\"format\":\"evidence/1\",\"unit\":{\"id\":\"310199-001\",\"name\":\"东沙镇\",\"kind\":\"town\"},"
        + "\"period\":{\"start\":\"2025-01-01\",\"end\":\"2025-12-31\"},"
        + "\"subunits\":[{\"id\":\"310199-001-01\",\"name\":\"东沙一村\",\"kind\":\"village\"}],"
        + "\"events\":["
        + events
        + "]}";
  }

  static String patrol(String date) {
    return "{\"type\":\"patrol\",\"date\":\"" + date + "\",\"subunit\":\"310199-001-01\"}";
  }

  @Test
  void theShapes_areRead_asTheJavaBars() {
    CriteriaSet set = township();
    assertThat(set.eventTypes())
        .extracting(d -> d.id())
        .containsExactly("patrol", "creation-review");
    assertThat(set.eventTypes().get(0).namesSubunit()).isTrue();
    assertThat(set.criterion("eradication.patrols").orElseThrow().threshold())
        .isEqualTo(
            AtLeastEvents.inMonths(
                EventKind.declared("patrol"), 6, Month.FEBRUARY, Month.SEPTEMBER));
    assertThat(set.criterion("eradication.yearly-review").orElseThrow().threshold())
        .isEqualTo(
            EveryPeriod.of(
                EventKind.declared("creation-review"), Cadence.YEAR, java.util.List.of()));
  }

  @Test
  void roundTrip_writerOutputReadsBackEqual_andWritesTheSameBytes() {
    CriteriaSet set = township();
    String written = CriteriaJson.write(set);
    assertThat(CriteriaJson.read(written)).isEqualTo(set);
    assertThat(CriteriaJson.write(CriteriaJson.read(written))).isEqualTo(written);
    assertThat(written).contains("\"eventTypes\"").contains("\"months\"").contains("\"year\"");
  }

  @Test
  void evidenceWithDeclaredTypes_isAssessed_andTheResultReadsBack() {
    StringBuilder events = new StringBuilder();
    for (int month = 2; month <= 6; month++) {
      events.append(patrol("2025-0" + month + "-15")).append(',');
    }
    events.append(patrol("2025-10-01")).append(',');
    events.append("{\"type\":\"creation-review\",\"date\":\"2025-11-20\"}");
    CriteriaSet set = township();
    AssessmentResult result = set.assess(EvidenceJson.read(evidence(events.toString()), set));
    assertThat(result.criterion("eradication.patrols").orElseThrow().outcome())
        .isEqualTo(Outcome.NOT_MET);
    assertThat(result.criterion("eradication.yearly-review").orElseThrow().outcome())
        .isEqualTo(Outcome.MET);
    String json = ResultJson.write(result);
    assertThat(json)
        .contains("\"kind\" : \"event-count\"")
        .contains("\"kind\" : \"more-events\"")
        .contains("\"amount\" : 1");
    assertThat(ResultJson.read(json, set)).isEqualTo(result);
  }

  @Test
  void evidenceWithATypeTheSetDoesNotDeclare_isRefused() {
    CriteriaSet set = township();
    String party = evidence("{\"type\":\"party\",\"date\":\"2025-05-01\"}");
    assertThatThrownBy(() -> EvidenceJson.read(party, set))
        .isInstanceOfSatisfying(
            InvalidEvidenceException.class,
            e ->
                assertThat(e.violations())
                    .extracting(BadDocumentTest::line)
                    .containsExactly(
                        BadDocumentTest.at(
                            "$.events[0].type",
                            RuleCode.EVENT_TYPE_UNKNOWN,
                            "party",
                            "prevention-plan, prevention-activity, prevention-campaign, inspection,"
                                + " situation-analysis, training, responsibility-letter, patrol,"
                                + " creation-review")));
    // Read without a set, the type is taken as declared; the set it is assessed on refuses it.
    assertThatThrownBy(() -> set.assess(EvidenceJson.read(party)))
        .isInstanceOf(InvalidEvidenceException.class);
    String withoutVillage = evidence("{\"type\":\"patrol\",\"date\":\"2025-05-01\"}");
    assertThatThrownBy(() -> EvidenceJson.read(withoutVillage, set))
        .isInstanceOfSatisfying(
            InvalidEvidenceException.class,
            e ->
                assertThat(e.violations())
                    .extracting(BadDocumentTest::line)
                    .containsExactly(
                        BadDocumentTest.at(
                            "$.events[0].subunit", RuleCode.EVENT_WITHOUT_SUBUNIT, "patrol")));
  }

  static void refused(String json, String path, RuleCode code, Object... values) {
    assertThatThrownBy(() -> CriteriaJson.read(json))
        .isInstanceOfSatisfying(
            InvalidCriteriaException.class,
            e ->
                assertThat(e.violations())
                    .extracting(BadDocumentTest::line)
                    .contains(BadDocumentTest.at(path, code, values)));
  }

  private static String atLeast(String fields) {
    return set(
        criterion("c", "{\"kind\":\"at-least-events\",\"event\":\"patrol\"," + fields + "}"));
  }

  @Test
  void misuse_isRefused_withItsRuleAndPath() {
    String bar = "$.indicators[0].criteria[0].bar";
    refused(
        atLeast("\"atLeast\":6,\"months\":{\"from\":0,\"to\":9}"),
        bar + ".months.from",
        RuleCode.WINDOW_MONTH,
        0);
    refused(
        atLeast("\"atLeast\":6,\"months\":{\"from\":2,\"to\":13}"),
        bar + ".months.to",
        RuleCode.WINDOW_MONTH,
        13);
    refused(
        atLeast("\"atLeast\":6,\"months\":{\"from\":9,\"to\":2}"),
        bar + ".months",
        RuleCode.WINDOW_REVERSED,
        9,
        2);
    refused(atLeast("\"atLeast\":-6"), bar + ".atLeast", RuleCode.EVENTS_AT_LEAST_BELOW_ONE, -6);
    refused(atLeast("\"atLeast\":0"), bar + ".atLeast", RuleCode.EVENTS_AT_LEAST_BELOW_ONE, 0);
    refused(
        set(criterion("c", "{\"kind\":\"at-least-events\",\"event\":\"party\",\"atLeast\":1}")),
        bar + ".event",
        RuleCode.EVENT_TYPE_UNKNOWN,
        "party",
        "prevention-plan, prevention-activity, prevention-campaign, inspection,"
            + " situation-analysis, training, responsibility-letter, patrol, creation-review");
    String builtIn = set(PATROLS).replace("{\"id\":\"creation-review\"", "{\"id\":\"inspection\"");
    refused(builtIn, "$.eventTypes[1]", RuleCode.EVENT_TYPE_BUILT_IN, "inspection");
    String twice = set(PATROLS).replace("\"creation-review\"", "\"patrol\"");
    refused(twice, "$.eventTypes[1].id", RuleCode.EVENT_TYPE_ID_TWICE, "patrol");
  }
}
