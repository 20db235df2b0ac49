package io.github.jindu;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import io.github.jindu.points.PointsScheme;
import java.math.BigDecimal;
import java.time.LocalDate;
import java.util.ArrayList;
import java.util.List;
import java.util.Optional;
import org.junit.jupiter.api.Test;

/**
 * Sections of a points table with their own weight and veto ("禁种铲毒(18分，一票否决)"): a gating criterion of a
 * vetoed section not met vetoes whatever the total, one not assessed leaves the unit incomplete, and a stated
 * weight must be the sum of the section's criteria.
 */
class PointsSectionsTest {
  static BigDecimal d(String value) {
    return new BigDecimal(value);
  }

  /** Patrols 10, the yearly review 4, two reviews 4: the section eradication states {@code weight}. */
  static PointsScheme.Builder scheme(String weight, boolean veto) {
    return PointsScheme.builder()
        .putCriterionPoints("eradication.patrols", d("10"))
        .putCriterionPoints("eradication.yearly-review", d("4"))
        .putCriterionPoints("eradication.reviews", d("4"))
        .putSections("eradication", PointsScheme.Section.of(Optional.of(d(weight)), veto))
        .passMark(d("8"))
        .addBands(
            PointsPerOccurrenceTest.band("不合格", "failed", "0", "8", false),
            PointsPerOccurrenceTest.band("合格", "passed", "8", "18", true));
  }

  static CriteriaSet set(PointsScheme scheme) {
    return DeclaredEventsTest.set().withPointsScheme(Optional.of(scheme));
  }

  static Evidence evidence(int patrols, int reviews) {
    List<Event> events = new ArrayList<>(DeclaredEventsTest.patrols(patrols));
    for (int i = 0; i < reviews; i++) {
      events.add(
          Event.builder()
              .kind(DeclaredEventsTest.REVIEW.kind())
              .date(LocalDate.of(2025, 11, 20 + i))
              .build());
    }
    return DeclaredEventsTest.evidence(events);
  }

  @Test
  void allMet_qualifies_withTheSectionsPoints() {
    AssessmentResult r = set(scheme("18", true).build()).assess(evidence(6, 2));
    assertThat(r.overall()).isEqualTo(OverallOutcome.QUALIFIED);
    assertThat(r.score().orElseThrow().total()).isEqualByComparingTo("18");
  }

  @Test
  void aCriterionOfAVetoedSectionNotMet_vetoes_evenAboveThePassMark() {
    AssessmentResult r = set(scheme("18", true).build()).assess(evidence(6, 1));
    assertThat(r.score().orElseThrow().total())
        .as("14 points, above the pass mark of 8")
        .isEqualByComparingTo("14");
    assertThat(r.overall()).isEqualTo(OverallOutcome.VETOED);
    assertThat(r.reason().kind()).isEqualTo(ReasonKind.VETO_ITEM_NOT_MET);
    assertThat(r.reason().criteria()).containsExactly("eradication.reviews");
  }

  @Test
  void withoutItsOwnVeto_theSameSectionOnlyCostsPoints() {
    AssessmentResult r = set(scheme("18", false).build()).assess(evidence(6, 1));
    assertThat(r.overall()).isEqualTo(OverallOutcome.QUALIFIED);
    assertThat(r.reason().kind()).isEqualTo(ReasonKind.PASS_MARK_REACHED);
  }

  @Test
  void aCriterionOfAVetoedSectionNotAssessed_leavesTheUnitIncomplete() {
    Evidence noEvents =
        Evidence.builder()
            .unit(DeclaredEventsTest.TOWN)
            .period(AssessmentPeriod.ofYear(java.time.Year.of(2025)))
            .build();
    AssessmentResult r = set(scheme("18", true).build()).assess(noEvents);
    assertThat(r.overall()).isEqualTo(OverallOutcome.INCOMPLETE);
    assertThat(r.reason().kind()).isEqualTo(ReasonKind.VETO_ITEM_NOT_ASSESSED);
    assertThat(r.reason().criteria())
        .containsExactly("eradication.patrols", "eradication.yearly-review", "eradication.reviews");
  }

  @Test
  void aStatedWeight_mustBeTheSumOfTheSectionsCriteria() {
    assertThatThrownBy(() -> set(scheme("17", true).build()))
        .isInstanceOfSatisfying(
            InvalidCriteriaException.class,
            e -> {
              assertThat(e.violations().get(0).code()).isEqualTo(RuleCode.POINTS_SECTION_WEIGHT);
              assertThat(e.violations().get(0).values()).containsExactly("eradication", "17", "18");
            });
    PointsScheme unknown =
        scheme("18", true)
            .putSections("leadership", PointsScheme.Section.of(Optional.empty(), true))
            .build();
    assertThatThrownBy(() -> set(unknown))
        .isInstanceOfSatisfying(
            InvalidCriteriaException.class,
            e ->
                assertThat(e.violations().get(0).code())
                    .isEqualTo(RuleCode.POINTS_UNKNOWN_INDICATOR));
    assertThat(set(scheme("18.0", true).build()).fingerprint())
        .isEqualTo(set(scheme("18", true).build()).fingerprint())
        .isNotEqualTo(set(scheme("18", false).build()).fingerprint());
  }
}
