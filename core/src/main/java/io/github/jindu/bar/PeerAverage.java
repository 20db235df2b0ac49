package io.github.jindu.bar;

import com.google.common.collect.ImmutableSet;
import io.github.jindu.InvalidCriteriaException;
import io.github.jindu.MetricKey;
import io.github.jindu.Outcome;
import io.github.jindu.RuleCode;
import java.util.Optional;
import org.immutables.value.Value;

/**
 * The bar {@code PEER_AVERAGE}: the unit's figure compared with the district's average (全区平均值) over its peers,
 * exactly. The figure is a count ({@code metric}), or a share or rate when a base is given ({@code metric / per});
 * the average is the exact rational mean of the peers' figures, each peer weighing the same (the mean of their
 * shares, not the pooled share).
 *
 * <p>Example: 贵阳 2015, 群众安全感低于全市平均值的取消参评资格 (a sense of safety below the city's average cancels
 * eligibility) is {@code PeerAverage.of(MetricKey.of("survey.safe"), Optional.of(MetricKey.of("survey.respondents")),
 * Comparison.AT_LEAST)}: 930 of 1,000 against peers at 912/1,000 and 948/1,000 (mean 93 %) is met; 929 of 1,000 is
 * not.
 *
 * <p>Outcomes: peers not given is {@link Outcome#NOT_ASSESSED}; a peer whose figure is not known (a count absent
 * from its {@code counts}) makes it {@link Outcome#NOT_ASSESSED}, naming the peer and the metric, since the average
 * cannot be known; an empty peer list (a district of one) has no average: {@link Outcome#NOT_APPLICABLE}. A base of
 * 0, the unit's or a peer's, is invalid evidence.
 *
 * @implSpec This class is immutable and thread-safe.
 */
@Value.Immutable(builder = false)
public abstract non-sealed class PeerAverage implements Threshold {
  PeerAverage() {}

  /**
   * Returns the bar.
   *
   * @param metric the key of the count compared (the figure, or its numerator when a base is given)
   * @param per the key of the base of a share or rate; empty to compare the count itself
   * @param comparison how the unit's figure stands to the average: {@link Comparison#AT_LEAST} (不低于平均值),
   *     {@link Comparison#GREATER_THAN} (高于), {@link Comparison#AT_MOST} (不高于), {@link Comparison#LESS_THAN}
   *     (低于)
   * @return the bar
   * @throws InvalidCriteriaException if the base is the metric itself ({@link RuleCode#RATE_OWN_BASE})
   */
  public static PeerAverage of(
      MetricKey metric, Optional<? extends MetricKey> per, Comparison comparison) {
    return ImmutablePeerAverage.of(metric, per, comparison);
  }

  /** {@return the key of the count compared: the figure, or its numerator when there is a base} */
  @Value.Parameter
  public abstract MetricKey metric();

  /** {@return the key of the base of a share or rate; empty when the count itself is compared} */
  @Value.Parameter
  public abstract Optional<MetricKey> per();

  /** {@return how the unit's figure is compared with the average} */
  @Value.Parameter
  public abstract Comparison comparison();

  @Value.Check
  void check() {
    if (per().isPresent() && per().get().equals(metric())) {
      throw InvalidCriteriaException.of(RuleCode.RATE_OWN_BASE, metric());
    }
  }

  @Override
  public final ThresholdKind kind() {
    return ThresholdKind.PEER_AVERAGE;
  }

  @Override
  public final ImmutableSet<MetricKey> metrics() {
    return per().isPresent() ? ImmutableSet.of(metric(), per().get()) : ImmutableSet.of(metric());
  }

  @Override
  public final <R> R accept(Visitor<R> visitor) {
    return visitor.visit(this);
  }
}
