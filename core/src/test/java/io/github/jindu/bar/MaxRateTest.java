package io.github.jindu.bar;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import io.github.jindu.AssessmentPeriod;
import io.github.jindu.CriteriaSet;
import io.github.jindu.Criterion;
import io.github.jindu.Evidence;
import io.github.jindu.Indicator;
import io.github.jindu.InvalidCriteriaException;
import io.github.jindu.InvalidEvidenceException;
import io.github.jindu.MetricKey;
import io.github.jindu.Outcome;
import io.github.jindu.Ratio;
import io.github.jindu.Unit;
import io.github.jindu.UnitKind;
import io.github.jindu.testing.Notation;
import java.time.Year;
import org.junit.jupiter.api.Test;

/** The bar MAX_RATE: a count per a base of people, at most or below a rate per N (二(十)). */
class MaxRateTest {
  private static final MetricKey NEW = MetricKey.of("users.new");
  private static final MetricKey PEOPLE = MetricKey.of("population.actual");
  private static final MaxRate HALF_PER_10K = MaxRate.atMost(NEW, PEOPLE, Ratio.of(1, 2), 10_000);

  private static Outcome outcome(MaxRate bar, long count, long base) {
    CriteriaSet set =
        CriteriaSet.builder()
            .id("rate")
            .chineseName("比例")
            .englishName("rate")
            .addUnitKinds(UnitKind.TOWN)
            .addIndicators(
                Indicator.builder()
                    .id("x")
                    .chineseName("成效")
                    .englishName("x")
                    .clause("二(十)")
                    .addCriteria(
                        Criterion.builder()
                            .id("x.rate")
                            .chineseName("新滋生")
                            .englishName("new users")
                            .clause("二(十)")
                            .threshold(bar)
                            .build())
                    .build())
            .build();
    Evidence evidence =
        Evidence.builder()
            .unit(Unit.of("310199-001", "东沙镇", UnitKind.TOWN))
            .period(AssessmentPeriod.ofYear(Year.of(2025)))
            .putCounts(NEW, count)
            .putCounts(PEOPLE, base)
            .build();
    return set.assess(evidence).criterion("x.rate").orElseThrow().outcome();
  }

  @Test
  void atMost_exactlyAtTheRate_isMet_aboveIt_isNot() {
    assertThat(outcome(HALF_PER_10K, 1, 20_000)).isEqualTo(Outcome.MET);
    assertThat(outcome(HALF_PER_10K, 1, 19_999)).isEqualTo(Outcome.NOT_MET);
    assertThat(outcome(HALF_PER_10K, 1, 20_001)).isEqualTo(Outcome.MET);
    assertThat(outcome(HALF_PER_10K, 0, 1)).isEqualTo(Outcome.MET);
  }

  @Test
  void lessThan_exactlyAtTheRate_isNotMet_belowIt_is() {
    MaxRate below = MaxRate.of(NEW, PEOPLE, Ratio.of(1, 2), 10_000, Comparison.LESS_THAN);
    assertThat(outcome(below, 1, 20_000)).isEqualTo(Outcome.NOT_MET);
    assertThat(outcome(below, 1, 20_001)).isEqualTo(Outcome.MET);
  }

  @Test
  void aBaseOfZero_isInvalidEvidence() {
    assertThatThrownBy(() -> outcome(HALF_PER_10K, 0, 0))
        .isInstanceOf(InvalidEvidenceException.class);
  }

  @Test
  void bound_isTheRatePerOneOfTheBase() {
    assertThat(HALF_PER_10K.bound()).isEqualTo(Ratio.of(1, 20_000));
    assertThat(MaxRate.atMost(NEW, PEOPLE, Ratio.of(3, 1), 100).bound())
        .isEqualTo(Ratio.of(3, 100));
    assertThat(HALF_PER_10K.comparison()).isEqualTo(Comparison.AT_MOST);
    assertThat(HALF_PER_10K.kind()).isEqualTo(ThresholdKind.MAX_RATE);
    assertThat(HALF_PER_10K.metrics()).containsExactly(NEW, PEOPLE);
  }

  @Test
  void rateText_isADecimalWhenItEnds_elseTheFraction() {
    assertThat(HALF_PER_10K.rateText()).isEqualTo("0.5");
    assertThat(MaxRate.atMost(NEW, PEOPLE, Ratio.of(2, 1), 10_000).rateText()).isEqualTo("2");
    assertThat(MaxRate.atMost(NEW, PEOPLE, Ratio.of(1, 3), 10_000).rateText()).isEqualTo("1/3");
    assertThat(Notation.of(HALF_PER_10K)).contains("0.5", "10000");
  }

  @Test
  void aPerOfOne_isAccepted_ofZero_isRefused() {
    assertThat(MaxRate.atMost(NEW, PEOPLE, Ratio.of(1, 2), 1).bound()).isEqualTo(Ratio.of(1, 2));
    assertThatThrownBy(() -> MaxRate.atMost(NEW, PEOPLE, Ratio.of(1, 2), 0))
        .isInstanceOf(InvalidCriteriaException.class);
    assertThatThrownBy(() -> MaxRate.atMost(NEW, PEOPLE, Ratio.of(1, 2), -10_000))
        .isInstanceOf(InvalidCriteriaException.class)
        .hasMessageContaining("-10000");
  }

  @Test
  void aBoundThatOverflows_isRefused() {
    assertThatThrownBy(() -> MaxRate.atMost(NEW, PEOPLE, Ratio.of(1, Long.MAX_VALUE / 2), 3))
        .isInstanceOf(InvalidCriteriaException.class);
  }

  @Test
  void aRateOfItsOwnBase_isRefused_namingIt() {
    assertThatThrownBy(() -> MaxRate.atMost(PEOPLE, PEOPLE, Ratio.of(1, 2), 10_000))
        .isInstanceOf(InvalidCriteriaException.class)
        .hasMessageContaining(PEOPLE.name());
  }

  @Test
  void aLowerBoundComparison_isRefused() {
    for (Comparison lower : new Comparison[] {Comparison.AT_LEAST, Comparison.GREATER_THAN}) {
      assertThatThrownBy(() -> MaxRate.of(NEW, PEOPLE, Ratio.of(1, 2), 10_000, lower))
          .isInstanceOf(InvalidCriteriaException.class);
    }
  }

  @Test
  void equalBars_areEqual() {
    assertThat(MaxRate.atMost(NEW, PEOPLE, Ratio.of(2, 4), 10_000))
        .isEqualTo(HALF_PER_10K)
        .hasSameHashCodeAs(HALF_PER_10K);
    assertThat(MaxRate.of(NEW, PEOPLE, Ratio.of(1, 2), 10_000, Comparison.LESS_THAN))
        .isNotEqualTo(HALF_PER_10K);
  }
}
