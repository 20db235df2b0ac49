package io.github.jindu;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;
import static org.quicktheories.QuickTheory.qt;
import static org.quicktheories.generators.SourceDSL.integers;

import io.github.jindu.bar.ZeroCount;
import io.github.jindu.points.PointsScheme;
import io.github.jindu.points.Score;
import java.math.BigDecimal;
import java.time.Year;
import java.util.Optional;
import org.junit.jupiter.api.Test;

/**
 * Points less a deduction per shortfall, with a cap (每缺一个扣1分，扣完为止): the shortfall read from the gap,
 * boundaries, the law of the deduction, refusals.
 */
class PointsPerShortfallTest {
  static final String PATROLS = "eradication.patrols";

  static BigDecimal d(String value) {
    return new BigDecimal(value);
  }

  /** 5 points for six patrols, 1 deducted for each one short, at most {@code cap}. */
  static CriteriaSet scored(String cap) {
    PointsScheme scheme =
        PointsScheme.builder()
            .putPerShortfall(PATROLS, PointsScheme.PerShortfall.of(d("5"), d("1"), d(cap)))
            .passMark(d("4"))
            .addBands(
                PointsPerOccurrenceTest.band("不合格", "failed", "0", "4", false),
                PointsPerOccurrenceTest.band("合格", "passed", "4", "5", true))
            .build();
    return DeclaredEventsTest.set().withPointsScheme(Optional.of(scheme));
  }

  static Score score(int patrols, String cap) {
    return scored(cap)
        .assess(DeclaredEventsTest.evidence(DeclaredEventsTest.patrols(patrols)))
        .score()
        .orElseThrow();
  }

  static OverallOutcome overall(int patrols) {
    return scored("5")
        .assess(DeclaredEventsTest.evidence(DeclaredEventsTest.patrols(patrols)))
        .overall();
  }

  @Test
  void eachPatrolShort_costsAPoint_upToTheCap() {
    assertThat(score(6, "5").criterionPoints()).containsEntry(PATROLS, d("5"));
    assertThat(score(7, "5").criterionPoints()).containsEntry(PATROLS, d("5"));
    assertThat(score(5, "5").criterionPoints()).containsEntry(PATROLS, d("4"));
    assertThat(overall(5)).isEqualTo(OverallOutcome.QUALIFIED);
    assertThat(score(4, "5").criterionPoints()).containsEntry(PATROLS, d("3"));
    assertThat(overall(4)).isEqualTo(OverallOutcome.NOT_QUALIFIED);
    assertThat(score(0, "5").criterionPoints())
        .as("six short, five deducted: nothing below 0")
        .containsEntry(PATROLS, d("0"));
    assertThat(score(0, "2").criterionPoints())
        .as("at most 2 deducted")
        .containsEntry(PATROLS, d("3"));
    assertThat(score(6, "5").maxTotal()).isEqualByComparingTo("5");
    assertThat(scored("5").pointsScheme().orElseThrow().mostPointsOf(PATROLS))
        .as("what an unmet criterion could still earn is counted from its full points")
        .isEqualByComparingTo("5");
  }

  @Test
  void noRecordOfEvents_earnsNothing() {
    Evidence none =
        Evidence.builder()
            .unit(DeclaredEventsTest.TOWN)
            .period(AssessmentPeriod.ofYear(Year.of(2025)))
            .build();
    assertThat(scored("5").assess(none).score().orElseThrow().criterionPoints())
        .containsEntry(PATROLS, d("0"));
  }

  @Test
  void theShortfall_isReadFromTheGap_ofEachKind() {
    AssessmentResult sample = io.github.jindu.testing.SampleEvidence.sampleTown().assess();
    assertThat(
            io.github.jindu.internal.Scoring.shortfall(
                sample.criterion("rehabilitation.urine-test-count").orElseThrow()))
        .as("979 of 1,104 tests against 90 per cent: 15 tests short")
        .isEqualTo(15);
    CriterionResult cases =
        CriterionResult.builder()
            .criterionId("results.no-production")
            .indicatorId("results")
            .outcome(Outcome.NOT_MET)
            .observation(new Observation.CountObservation(3))
            .threshold(ZeroCount.of(MetricKey.of("production-sites")))
            .clause("二(十)")
            .build();
    assertThat(io.github.jindu.internal.Scoring.shortfall(cases))
        .as("3 sites against none: 3 over the bar")
        .isEqualTo(3);
  }

  @Test
  void earned_isThePointsLessTheLesserOfTheDeductionAndTheCap() {
    qt().forAll(integers().between(1, 500), integers().between(1, 300), integers().between(0, 1000))
        .checkAssert(
            (points, per, shortfall) -> {
              BigDecimal p = BigDecimal.valueOf(points, 1);
              BigDecimal each = BigDecimal.valueOf(per, 2);
              PointsScheme.PerShortfall rule = PointsScheme.PerShortfall.of(p, each, p);
              BigDecimal earned = rule.earned(shortfall);
              assertThat(earned)
                  .isEqualByComparingTo(
                      p.subtract(each.multiply(BigDecimal.valueOf(shortfall)).min(p)));
              assertThat(earned.signum()).isGreaterThanOrEqualTo(0);
              assertThat(rule.earned(0)).isEqualByComparingTo(p);
            });
  }

  @Test
  void misuse_isRefused_withItsRule() {
    for (String[] bad :
        new String[][] {{"0", "1", "1"}, {"5", "0", "5"}, {"5", "1", "0"}, {"5", "1", "6"}}) {
      assertThatThrownBy(() -> PointsScheme.PerShortfall.of(d(bad[0]), d(bad[1]), d(bad[2])))
          .as(String.join(",", bad))
          .isInstanceOfSatisfying(
              InvalidCriteriaException.class,
              e ->
                  assertThat(e.violations().get(0).code())
                      .isEqualTo(RuleCode.POINTS_PER_SHORTFALL_INVALID));
    }
    PointsScheme onReview =
        PointsScheme.builder()
            .putPerShortfall(
                "eradication.yearly-review", PointsScheme.PerShortfall.of(d("5"), d("1"), d("5")))
            .passMark(d("4"))
            .addBands(
                PointsPerOccurrenceTest.band("不合格", "failed", "0", "4", false),
                PointsPerOccurrenceTest.band("合格", "passed", "4", "5", true))
            .build();
    assertThat(io.github.jindu.internal.Scoring.countsShortfall(ZeroCount.of(MetricKey.of("x"))))
        .isTrue();
    assertThat(io.github.jindu.internal.Scoring.countsShortfall(io.github.jindu.bar.Attested.of()))
        .isFalse();
    CriteriaSet fine = DeclaredEventsTest.set().withPointsScheme(Optional.of(onReview));
    assertThat(fine.pointsScheme()).isPresent();
    assertThatThrownBy(
            () ->
                PointsScheme.builder()
                    .putPerShortfall(PATROLS, PointsScheme.PerShortfall.of(d("5"), d("1"), d("5")))
                    .putPerOccurrence(PATROLS, PointsScheme.PerOccurrence.of(d("1"), d("5")))
                    .passMark(d("4"))
                    .addBands(
                        PointsPerOccurrenceTest.band("不合格", "failed", "0", "4", false),
                        PointsPerOccurrenceTest.band("合格", "passed", "4", "10", true))
                    .build())
        .isInstanceOfSatisfying(
            InvalidCriteriaException.class,
            e ->
                assertThat(e.violations().get(0).code())
                    .isEqualTo(RuleCode.POINTS_PER_OCCURRENCE_AND_POINTS));
  }
}
