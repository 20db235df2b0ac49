package io.github.jindu.district;

import static com.google.common.base.Preconditions.checkArgument;

import com.google.common.collect.ImmutableList;
import io.github.jindu.AssessmentResult;
import io.github.jindu.CriteriaSet;
import io.github.jindu.Criterion;
import io.github.jindu.CriterionResult;
import io.github.jindu.Indicator;
import io.github.jindu.Outcome;
import org.immutables.value.Value;

/**
 * How one unit fared on one indicator (一级指标): its criteria (二级指标) counted by outcome, for the district table
 * of candidates against the ten indicators.
 *
 * <p>Example: {@code rehabilitation} of the sample town: 6 met, 1 not met (the urine-test count, gating) of 7, shown
 * as {@code 6/7✗} in the district report.
 *
 * @implSpec This class is immutable and thread-safe.
 */
@Value.Immutable(builder = false)
public abstract class IndicatorTally {
  IndicatorTally() {}

  /** {@return the indicator's id, such as {@code rehabilitation}} */
  @Value.Parameter
  public abstract String indicatorId();

  /** {@return how many of its criteria are met} */
  @Value.Parameter
  public abstract int met();

  /** {@return how many are not met, advisory ones included} */
  @Value.Parameter
  public abstract int notMet();

  /** {@return how many are not assessed (evidence missing), advisory ones included} */
  @Value.Parameter
  public abstract int notAssessed();

  /** {@return how many are not applicable} */
  @Value.Parameter
  public abstract int notApplicable();

  /** {@return how many gating (non-advisory) criteria are not met: any makes the unit NOT_QUALIFIED} */
  @Value.Parameter
  public abstract int gatingNotMet();

  /** {@return how many gating criteria are not assessed} */
  @Value.Parameter
  public abstract int gatingNotAssessed();

  /** {@return how many criteria the indicator has: the sum of the four outcome counts} */
  public final int total() {
    return met() + notMet() + notAssessed() + notApplicable();
  }

  /**
   * Counts a result's criteria of one indicator by outcome.
   *
   * @param result an assessment's result
   * @param indicator an indicator of the set the result was assessed on
   * @return the tally
   * @throws IllegalArgumentException if the result has no outcome for a criterion of the indicator
   */
  public static IndicatorTally of(AssessmentResult result, Indicator indicator) {
    int[] n = new int[Outcome.values().length];
    int gatingNotMet = 0;
    int gatingNotAssessed = 0;
    for (Criterion criterion : indicator.criteria()) {
      CriterionResult r =
          result
              .criterion(criterion.id())
              .orElseThrow(
                  () ->
                      new IllegalArgumentException(
                          "the result of "
                              + result.unit().id()
                              + " has no outcome for criterion "
                              + criterion.id()));
      n[r.outcome().ordinal()]++;
      if (!r.advisory()) {
        gatingNotMet += r.outcome() == Outcome.NOT_MET ? 1 : 0;
        gatingNotAssessed += r.outcome() == Outcome.NOT_ASSESSED ? 1 : 0;
      }
    }
    return ImmutableIndicatorTally.of(
        indicator.id(),
        n[Outcome.MET.ordinal()],
        n[Outcome.NOT_MET.ordinal()],
        n[Outcome.NOT_ASSESSED.ordinal()],
        n[Outcome.NOT_APPLICABLE.ordinal()],
        gatingNotMet,
        gatingNotAssessed);
  }

  /**
   * Counts a result's criteria by outcome for every indicator of a set.
   *
   * @param result an assessment's result on {@code set}
   * @param set the criteria set
   * @return one tally per indicator, in catalogue order
   * @throws IllegalArgumentException if the result is of another set or lacks an outcome of the set
   */
  public static ImmutableList<IndicatorTally> all(AssessmentResult result, CriteriaSet set) {
    checkArgument(
        result.criteriaSetId().equals(set.id()),
        "the result is of criteria set %s, not of %s",
        result.criteriaSetId(),
        set.id());
    return set.indicators().stream()
        .map(i -> of(result, i))
        .collect(ImmutableList.toImmutableList());
  }
}
