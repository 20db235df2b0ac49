package io.github.jindu;

import io.github.jindu.bar.MinShare;
import io.github.jindu.bar.Threshold;

import org.immutables.value.Value;

/**
 * A criterion (二级指标): one requirement of an indicator, with the bar it sets and the clause of the policy it
 * comes from.
 *
 * <p>Example: {@code prevention.population-coverage}, 辖区实有人口宣传覆盖率达到90%以上, clause 二(五), bar
 * {@code MinShare.atLeast(population.reached, population.actual, 9/10)}.
 *
 * @implSpec This class is immutable and thread-safe.
 */
@Value.Immutable
public abstract class Criterion implements CatalogueEntry {
  Criterion() {}

  /**
   * Returns a new builder.
   *
   * @return an empty builder; every attribute but {@code advisory} (false by default) is required
   */
  public static Builder builder() {
    return new Builder();
  }

  /** {@return the bar} */
  public abstract Threshold threshold();

  /**
   * Returns whether the criterion is advisory: reported, never gating the overall outcome (for example 力争,
   * "strive for").
   *
   * @return false by default
   */
  @Value.Default
  public boolean advisory() {
    return false;
  }

  @Value.Check
  void check() {
    CatalogueEntry.requireNames(this, "criterion");
  }

  /** A builder of {@link Criterion}. */
  public static final class Builder extends ImmutableCriterion.Builder {
    Builder() {}
  }
}
