package io.github.jindu.bar;

import com.google.common.collect.ImmutableSet;
import io.github.jindu.InvalidCriteriaException;
import io.github.jindu.MetricKey;
import io.github.jindu.Outcome;
import io.github.jindu.RuleCode;
import java.util.Optional;
import org.immutables.value.Value;

/**
 * The bar {@code INCREASE}: this period's value strictly above the previous period's ("不断扩大", "增强",
 * "稳步提升": growth, so an equal value is not met). The value is a count ({@link #ofCount}) or a share compared
 * as an exact rational ({@link #ofShare}); a share whose denominator is 0 now or before is
 * {@link Outcome#NOT_APPLICABLE}.
 *
 * <p>Examples: {@code Increase.ofCount(Metrics.VOLUNTEERS)}: 641 volunteers after 640 is met, 640 after 640 is
 * not. {@code Increase.ofShare(Metrics.FOREIGNERS_REACHED, Metrics.FOREIGNERS_TOTAL)}: 1/3 after
 * 333333333/1000000000 is met, 2/6 after 1/3 is not.
 *
 * @implSpec This class is immutable and thread-safe.
 */
@Value.Immutable(builder = false)
public abstract non-sealed class Increase implements Threshold {
  Increase() {}

  /**
   * Returns the bar "the count rises".
   *
   * @param metric the key of the count, read in this period and the previous one
   * @return the bar
   */
  public static Increase ofCount(MetricKey metric) {
    return ImmutableIncrease.of(metric, Optional.empty());
  }

  /**
   * Returns the bar "the share {@code numerator / denominator} rises".
   *
   * @param numerator the key of the part, read in this period and the previous one
   * @param denominator the key of the whole, likewise
   * @return the bar
   * @throws InvalidCriteriaException if the two keys are equal
   */
  public static Increase ofShare(MetricKey numerator, MetricKey denominator) {
    return ImmutableIncrease.of(numerator, Optional.of(denominator));
  }

  /** {@return the key of the count, or of the share's numerator} */
  @Value.Parameter
  public abstract MetricKey metric();

  /** {@return the key of the share's denominator; empty when the value is a plain count} */
  @Value.Parameter
  public abstract Optional<MetricKey> denominator();

  /**
   * Returns whether the value is a share.
   *
   * @return true when a denominator is set
   */
  public final boolean isShare() {
    return denominator().isPresent();
  }

  @Value.Check
  void check() {
    if (denominator().isPresent() && denominator().get().equals(metric())) {
      throw InvalidCriteriaException.of(RuleCode.SHARE_OWN_DENOMINATOR, metric());
    }
  }

  @Override
  public final ThresholdKind kind() {
    return ThresholdKind.INCREASE;
  }

  @Override
  public final ImmutableSet<MetricKey> metrics() {
    return denominator().isPresent()
        ? ImmutableSet.of(metric(), denominator().get())
        : ImmutableSet.of(metric());
  }

  @Override
  public final <R> R accept(Visitor<R> visitor) {
    return visitor.visit(this);
  }
}
