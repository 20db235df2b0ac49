package io.github.jindu.bar;

import com.google.common.collect.ImmutableSet;
import io.github.jindu.MetricKey;
import org.immutables.value.Value;

/**
 * The bar {@code ZERO}: a count equals 0 ("无…", "不发生…", 二(十)).
 *
 * <p>Example: 无制造、加工窝点 is {@code ZeroCount.of(Metrics.PRODUCTION_SITES)}: 0 sites is met, 1 is not, no
 * count at all is not assessed.
 *
 * @implSpec This class is immutable and thread-safe.
 */
@Value.Immutable(builder = false)
public abstract non-sealed class ZeroCount implements Threshold {
  ZeroCount() {}

  /**
   * Returns the bar {@code metric = 0}.
   *
   * @param metric the key of the count
   * @return the bar
   */
  public static ZeroCount of(MetricKey metric) {
    return ImmutableZeroCount.of(metric);
  }

  /** {@return the key of the count that must be 0} */
  @Value.Parameter
  public abstract MetricKey metric();

  @Override
  public final ThresholdKind kind() {
    return ThresholdKind.ZERO;
  }

  @Override
  public final ImmutableSet<MetricKey> metrics() {
    return ImmutableSet.of(metric());
  }

  @Override
  public final <R> R accept(Visitor<R> visitor) {
    return visitor.visit(this);
  }
}
