package io.github.jindu;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;
import static org.quicktheories.QuickTheory.qt;
import static org.quicktheories.generators.SourceDSL.integers;

import io.github.jindu.bar.AtLeastEvents;
import io.github.jindu.points.PointsScheme;
import io.github.jindu.points.Score;
import java.math.BigDecimal;
import java.time.Month;
import java.util.List;
import org.junit.jupiter.api.Test;

/**
 * Points per occurrence with a cap (每次得0.5分，最高3分): on an at-least-events bar, the points are the events
 * counted times the points, at most the cap, met or not; refusals of misuse.
 */
class PointsPerOccurrenceTest {
  static final String PATROLS = "eradication.patrols";

  static BigDecimal d(String value) {
    return new BigDecimal(value);
  }

  static PointsScheme.Band band(String zh, String en, String lower, String upper, boolean top) {
    return PointsScheme.Band.builder()
        .chineseName(zh)
        .englishName(en)
        .lower(d(lower))
        .lowerInclusive(true)
        .upper(d(upper))
        .upperInclusive(top)
        .build();
  }

  /** 0.5 a patrol, at most 3; the maximum total is 3, the pass mark 2.5. */
  static PointsScheme.Builder scheme(String perOccurrence, String cap) {
    return PointsScheme.builder()
        .putPerOccurrence(PATROLS, PointsScheme.PerOccurrence.of(d(perOccurrence), d(cap)))
        .passMark(d("2.5"))
        .addBands(band("不合格", "failed", "0", "2.5", false), band("合格", "passed", "2.5", cap, true));
  }

  static CriteriaSet scored(PointsScheme scheme) {
    return DeclaredEventsTest.set().withPointsScheme(java.util.Optional.of(scheme));
  }

  static Score score(int patrols) {
    return scored(scheme("0.5", "3").build())
        .assess(DeclaredEventsTest.evidence(DeclaredEventsTest.patrols(patrols)))
        .score()
        .orElseThrow();
  }

  @Test
  void pointsPerOccurrence_countTheEventsInTheWindow_upToTheCap_metOrNot() {
    assertThat(score(0).criterionPoints()).containsEntry(PATROLS, d("0"));
    assertThat(score(1).criterionPoints()).containsEntry(PATROLS, d("0.5"));
    assertThat(score(5).criterionPoints())
        .as("5 patrols are below the bar of 6, and still earn 2.5")
        .containsEntry(PATROLS, d("2.5"));
    assertThat(score(6).criterionPoints()).containsEntry(PATROLS, d("3"));
    assertThat(score(7).criterionPoints())
        .as("the seventh patrol earns nothing above the cap")
        .containsEntry(PATROLS, d("3"));
    assertThat(score(5).total()).isEqualByComparingTo("2.5");
    assertThat(score(5).maxTotal()).isEqualByComparingTo("3");
    assertThat(score(4).total()).isEqualByComparingTo("2");
    assertThat(scheme("0.5", "3").build().mostPointsOf(PATROLS)).isEqualByComparingTo("3");
  }

  @Test
  void noRecordOfEvents_earnsNothing() {
    Evidence none =
        Evidence.builder()
            .unit(DeclaredEventsTest.TOWN)
            .period(AssessmentPeriod.ofYear(java.time.Year.of(2025)))
            .build();
    Score s = scored(scheme("0.5", "3").build()).assess(none).score().orElseThrow();
    assertThat(s.criterionPoints()).containsEntry(PATROLS, d("0"));
  }

  @Test
  void noWindowInThePeriod_isNotApplicable_andEarnsTheCap() {
    Evidence march =
        Evidence.builder()
            .unit(DeclaredEventsTest.TOWN)
            .period(
                AssessmentPeriod.of(
                    java.time.LocalDate.of(2025, 3, 1), java.time.LocalDate.of(2025, 8, 31)))
            .subunits(List.of(DeclaredEventsTest.VILLAGE))
            .events(List.of())
            .build();
    AssessmentResult r = scored(scheme("0.5", "3").build()).assess(march);
    assertThat(r.criterion(PATROLS).orElseThrow().outcome()).isEqualTo(Outcome.NOT_APPLICABLE);
    assertThat(r.score().orElseThrow().criterionPoints()).containsEntry(PATROLS, d("3"));
  }

  @Test
  void earned_isTheLesserOfTheProductAndTheCap_exactly() {
    qt().forAll(integers().between(1, 400), integers().between(1, 400), integers().between(0, 1000))
        .checkAssert(
            (hundredths, capHundredths, n) -> {
              BigDecimal points = BigDecimal.valueOf(hundredths, 2);
              BigDecimal cap = BigDecimal.valueOf(Math.max(hundredths, capHundredths), 2);
              BigDecimal earned = PointsScheme.PerOccurrence.of(points, cap).earned(n);
              BigDecimal product = points.multiply(BigDecimal.valueOf(n));
              assertThat(earned).isEqualByComparingTo(product.min(cap));
              assertThat(earned.compareTo(cap)).isLessThanOrEqualTo(0);
            });
  }

  @Test
  void misuse_isRefused_withItsRule() {
    assertThatThrownBy(() -> PointsScheme.PerOccurrence.of(d("0"), d("3")))
        .isInstanceOf(InvalidCriteriaException.class)
        .satisfies(
            e ->
                assertThat(((InvalidCriteriaException) e).violations().get(0).code())
                    .isEqualTo(RuleCode.POINTS_PER_OCCURRENCE_INVALID));
    assertThatThrownBy(() -> PointsScheme.PerOccurrence.of(d("0.5"), d("0.4")))
        .isInstanceOf(InvalidCriteriaException.class)
        .satisfies(
            e ->
                assertThat(((InvalidCriteriaException) e).violations().get(0).code())
                    .isEqualTo(RuleCode.POINTS_PER_OCCURRENCE_INVALID));
    assertThatThrownBy(() -> scheme("0.5", "3").putCriterionPoints(PATROLS, d("3")).build())
        .isInstanceOf(InvalidCriteriaException.class)
        .satisfies(
            e ->
                assertThat(((InvalidCriteriaException) e).violations().get(0).code())
                    .isEqualTo(RuleCode.POINTS_PER_OCCURRENCE_AND_POINTS));
    PointsScheme onReviews =
        PointsScheme.builder()
            .putPerOccurrence(
                "eradication.yearly-review", PointsScheme.PerOccurrence.of(d("1"), d("3")))
            .passMark(d("2.5"))
            .addBands(
                band("不合格", "failed", "0", "2.5", false), band("合格", "passed", "2.5", "3", true))
            .build();
    assertThatThrownBy(() -> scored(onReviews))
        .isInstanceOf(InvalidCriteriaException.class)
        .satisfies(
            e ->
                assertThat(((InvalidCriteriaException) e).violations().get(0).code())
                    .isEqualTo(RuleCode.POINTS_PER_OCCURRENCE_NOT_EVENTS));
  }

  @Test
  void fingerprint_holdsThePointsPerOccurrence() {
    assertThat(scored(scheme("0.5", "3").build()).fingerprint())
        .isNotEqualTo(scored(scheme("0.5", "3.5").build()).fingerprint())
        .isEqualTo(scored(scheme("0.50", "3.0").build()).fingerprint());
    assertThat(scored(scheme("0.5", "3").build()).canonicalForm())
        .contains("points-per-occurrence\t" + PATROLS + "\t0.5\t3\n");
    assertThat(
            AtLeastEvents.inMonths(
                DeclaredEventsTest.PATROL.kind(), 6, Month.FEBRUARY, Month.SEPTEMBER))
        .isEqualTo(DeclaredEventsTest.SIX_FEB_TO_SEP);
  }
}
