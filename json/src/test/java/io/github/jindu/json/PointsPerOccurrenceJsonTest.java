package io.github.jindu.json;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import io.github.jindu.CriteriaSet;
import io.github.jindu.InvalidCriteriaException;
import io.github.jindu.RuleCode;
import io.github.jindu.points.PointsScheme;
import io.github.jindu.points.Score;
import java.math.BigDecimal;
import org.junit.jupiter.api.Test;

/**
 * Points per occurrence with a cap, and points less a deduction per shortfall, in criteria/1: read, written back
 * byte for byte, scored, refused.
 */
class PointsPerOccurrenceJsonTest {
  static String scored(String criterionPoints, String bandTop) {
    String unscored =
        DeclaredEventsJsonTest.set(
            DeclaredEventsJsonTest.PATROLS + "," + DeclaredEventsJsonTest.REVIEW);
    return unscored.substring(0, unscored.length() - 1)
        + ",\"points\":{\"criteria\":{"
        + criterionPoints
        + "},\"passMark\":\"2.5\",\"bands\":["
        + "{\"name\":{\"zh\":\"不合格\",\"en\":\"failed\"},\"range\":\"[0, 2.5)\"},"
        + "{\"name\":{\"zh\":\"合格\",\"en\":\"passed\"},\"range\":\"[2.5, "
        + bandTop
        + "]\"}]}}";
  }

  static final String HALF_A_POINT_UP_TO_3 =
      "\"eradication.patrols\":{\"perOccurrence\":\"0.5\",\"cap\":\"3\"}";

  @Test
  void perOccurrence_isRead_writtenBack_andScored() {
    CriteriaSet set = CriteriaJson.read(scored(HALF_A_POINT_UP_TO_3, "3"));
    assertThat(set.pointsScheme().orElseThrow().perOccurrence())
        .containsEntry(
            "eradication.patrols",
            PointsScheme.PerOccurrence.of(new BigDecimal("0.5"), new BigDecimal("3")));
    String written = CriteriaJson.write(set);
    assertThat(written).contains("\"perOccurrence\" : \"0.5\"").contains("\"cap\" : \"3\"");
    assertThat(CriteriaJson.read(written)).isEqualTo(set);
    assertThat(CriteriaJson.write(CriteriaJson.read(written))).isEqualTo(written);

    String events = fivePatrolsAndOneInOctober();
    Score score =
        set.assess(EvidenceJson.read(DeclaredEventsJsonTest.evidence(events), set))
            .score()
            .orElseThrow();
    assertThat(score.criterionPoints()).containsEntry("eradication.patrols", new BigDecimal("2.5"));
    assertThat(score.total()).isEqualByComparingTo("2.5");
  }

  /** {@return five patrols from February to June, and one on 1 October outside the window} */
  private static String fivePatrolsAndOneInOctober() {
    StringBuilder events = new StringBuilder();
    for (int month = 2; month <= 6; month++) {
      events.append(DeclaredEventsJsonTest.patrol("2025-0" + month + "-15")).append(',');
    }
    return events.append(DeclaredEventsJsonTest.patrol("2025-10-01")).toString();
  }

  private static void refused(String json, String path, RuleCode code, Object... values) {
    DeclaredEventsJsonTest.refused(json, path, code, values);
  }

  @Test
  void misuse_isRefused_withItsRuleAndPath() {
    String at = "$.points.criteria[\"eradication.patrols\"]";
    refused(
        scored("\"eradication.patrols\":{\"perOccurrence\":\"0\",\"cap\":\"3\"}", "3"),
        at,
        RuleCode.POINTS_PER_OCCURRENCE_INVALID,
        "0 per occurrence, at most 3");
    refused(
        scored("\"eradication.patrols\":{\"perOccurrence\":\"0.5\",\"cap\":\"0.4\"}", "0.4"),
        at,
        RuleCode.POINTS_PER_OCCURRENCE_INVALID,
        "0.5 per occurrence, at most 0.4");
    refused(
        scored("\"eradication.patrols\":{\"perOccurrence\":\"0.5\"}", "3"),
        at + ".cap",
        RuleCode.MEMBER_REQUIRED);
    refused(
        scored("\"eradication.yearly-review\":{\"perOccurrence\":\"1\",\"cap\":\"3\"}", "3"),
        "$.points.criteria[\"eradication.yearly-review\"]",
        RuleCode.POINTS_PER_OCCURRENCE_NOT_EVENTS,
        "eradication.yearly-review");
    refused(
        scored("\"eradication.patrols\":{\"perOccurrence\":\"0.5\",\"cap\":\"3\",\"each\":1}", "3"),
        at + ".each",
        RuleCode.MEMBER_UNKNOWN,
        "each",
        "perOccurrence, cap");
  }

  @Test
  void perShortfall_isRead_writtenBack_scored_andRefused() {
    String json = scored("\"eradication.patrols\":{\"points\":\"3\",\"perShortfall\":\"1\"}", "3");
    CriteriaSet set = CriteriaJson.read(json);
    assertThat(set.pointsScheme().orElseThrow().perShortfall())
        .containsEntry(
            "eradication.patrols",
            PointsScheme.PerShortfall.of(
                new BigDecimal("3"), new BigDecimal("1"), new BigDecimal("3")));
    String written = CriteriaJson.write(set);
    assertThat(written).contains("\"perShortfall\" : \"1\"");
    assertThat(CriteriaJson.write(CriteriaJson.read(written))).isEqualTo(written);
    String events = fivePatrolsAndOneInOctober();
    Score score =
        set.assess(EvidenceJson.read(DeclaredEventsJsonTest.evidence(events), set))
            .score()
            .orElseThrow();
    assertThat(score.criterionPoints())
        .as("five of six patrols: one short, one point deducted")
        .containsEntry("eradication.patrols", new BigDecimal("2"));

    String at = "$.points.criteria[\"eradication.patrols\"]";
    refused(
        scored(
            "\"eradication.patrols\":{\"points\":\"3\",\"perShortfall\":\"1\",\"cap\":\"4\"}", "3"),
        at,
        RuleCode.POINTS_PER_SHORTFALL_INVALID,
        "3, less 1 per shortfall, at most 4");
    refused(
        scored("\"eradication.patrols\":{\"perShortfall\":\"1\"}", "3"),
        at + ".points",
        RuleCode.MEMBER_REQUIRED);
    String withAttested =
        DeclaredEventsJsonTest.set(
            DeclaredEventsJsonTest.PATROLS
                + ","
                + DeclaredEventsJsonTest.criterion("c", "{\"kind\":\"attested\"}"));
    refused(
        withAttested.substring(0, withAttested.length() - 1)
            + ",\"points\":{\"criteria\":{\"c\":{\"points\":\"3\",\"perShortfall\":\"1\"}},"
            + "\"passMark\":\"2.5\",\"bands\":["
            + "{\"name\":{\"zh\":\"不合格\",\"en\":\"failed\"},\"range\":\"[0, 2.5)\"},"
            + "{\"name\":{\"zh\":\"合格\",\"en\":\"passed\"},\"range\":\"[2.5, 3]\"}]}}",
        "$.points.criteria[\"c\"]",
        RuleCode.POINTS_PER_SHORTFALL_BAR,
        "c",
        "attested");
  }

  @Test
  void sections_areRead_writtenBack_andTheirWeightChecked() {
    String points =
        "\"eradication.patrols\":\"2\",\"eradication.yearly-review\":\"1\"},"
            + "\"sections\":{\"eradication\":{\"weight\":\"3\",\"veto\":true}";
    CriteriaSet set = CriteriaJson.read(scored(points, "3"));
    assertThat(set.pointsScheme().orElseThrow().sections())
        .containsEntry(
            "eradication",
            PointsScheme.Section.of(java.util.Optional.of(new BigDecimal("3")), true));
    String written = CriteriaJson.write(set);
    assertThat(written).contains("\"sections\"").contains("\"veto\" : true");
    assertThat(CriteriaJson.write(CriteriaJson.read(written))).isEqualTo(written);
    assertThatThrownBy(() -> CriteriaJson.read(scored(points.replace("\"3\"", "\"4\""), "3")))
        .isInstanceOfSatisfying(
            InvalidCriteriaException.class,
            e ->
                assertThat(e.violations())
                    .extracting(BadDocumentTest::line)
                    .containsExactly(
                        BadDocumentTest.at(
                            "$.points.sections[\"eradication\"]",
                            RuleCode.POINTS_SECTION_WEIGHT,
                            "eradication",
                            "4",
                            "3")));
    refused(
        scored(points.replace("true", "\"yes\""), "3"),
        "$.points.sections[\"eradication\"].veto",
        RuleCode.TYPE_NOT_BOOLEAN,
        "\"yes\"");
  }
}
