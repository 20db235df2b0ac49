package io.github.jindu.bar;

import com.google.common.collect.ImmutableSet;
import io.github.jindu.InvalidCriteriaException;
import io.github.jindu.MetricKey;
import io.github.jindu.Outcome;
import io.github.jindu.Ratio;
import io.github.jindu.RuleCode;
import io.github.jindu.internal.CanonicalNames;
import org.immutables.value.Value;

/**
 * The bar {@code MIN_SHARE(p)}: a share {@code numerator / denominator} compared with a bound p in [0, 1],
 * inclusively ({@link Comparison#AT_LEAST}, "达到…以上", "不少于") unless the text says otherwise.
 *
 * <p>Example: 辖区实有人口宣传覆盖率达到90%以上 (二(五)) is
 * {@code MinShare.atLeast(Metrics.POPULATION_REACHED, Metrics.POPULATION_ACTUAL, Ratio.of(9, 10))}: 9 reached of
 * 10 is met, 8,999 of 10,000 is not.
 *
 * <p>A denominator of 0 makes the criterion {@link Outcome#NOT_APPLICABLE}; a numerator above the denominator is
 * invalid evidence, never a pass.
 *
 * @implSpec This class is immutable and thread-safe.
 */
@Value.Immutable(builder = false)
public abstract non-sealed class MinShare implements Threshold {
  MinShare() {}

  /**
   * Returns the bar {@code numerator / denominator >= bound}.
   *
   * @param numerator the count of those reached, tested, found… (the part)
   * @param denominator the count of all those concerned (the whole)
   * @param bound the share to reach, in [0, 1]
   * @return the bar
   * @throws InvalidCriteriaException if the bound is above 1 or the two keys are equal
   */
  public static MinShare atLeast(MetricKey numerator, MetricKey denominator, Ratio bound) {
    return of(numerator, denominator, bound, Comparison.AT_LEAST);
  }

  /**
   * Returns the bar {@code numerator / denominator} compared with {@code bound} as {@code comparison} says.
   *
   * @param numerator the count of the part
   * @param denominator the count of the whole
   * @param bound the share, in [0, 1]
   * @param comparison {@link Comparison#AT_LEAST} (以上) or {@link Comparison#GREATER_THAN} (超过)
   * @return the bar
   * @throws InvalidCriteriaException if the bound is above 1, the keys are equal, or the comparison is an upper
   *     bound
   */
  public static MinShare of(
      MetricKey numerator, MetricKey denominator, Ratio bound, Comparison comparison) {
    return ImmutableMinShare.of(numerator, denominator, bound, comparison);
  }

  /** {@return the key of the part (the numerator)} */
  @Value.Parameter
  public abstract MetricKey numerator();

  /** {@return the key of the whole (the denominator)} */
  @Value.Parameter
  public abstract MetricKey denominator();

  /** {@return the share to reach, in [0, 1]} */
  @Value.Parameter
  public abstract Ratio bound();

  /** {@return how the share is compared with the bound: at least, or greater than} */
  @Value.Parameter
  public abstract Comparison comparison();

  @Value.Check
  void check() {
    if (bound().compareTo(Ratio.ONE) > 0) {
      throw InvalidCriteriaException.of(RuleCode.SHARE_BOUND_ABOVE_ONE, bound());
    }
    if (numerator().equals(denominator())) {
      throw InvalidCriteriaException.of(RuleCode.SHARE_OWN_DENOMINATOR, numerator());
    }
    if (!comparison().isLowerBound()) {
      throw InvalidCriteriaException.of(RuleCode.SHARE_COMPARISON, CanonicalNames.of(comparison()));
    }
  }

  @Override
  public final ThresholdKind kind() {
    return ThresholdKind.MIN_SHARE;
  }

  @Override
  public final ImmutableSet<MetricKey> metrics() {
    return ImmutableSet.of(numerator(), denominator());
  }

  @Override
  public final <R> R accept(Visitor<R> visitor) {
    return visitor.visit(this);
  }
}
