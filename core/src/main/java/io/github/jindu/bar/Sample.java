package io.github.jindu.bar;

import com.google.common.collect.ImmutableSet;
import com.google.common.math.BigIntegerMath;
import io.github.jindu.InvalidCriteriaException;
import io.github.jindu.MetricKey;
import io.github.jindu.Outcome;
import io.github.jindu.Ratio;
import io.github.jindu.RuleCode;
import java.math.BigInteger;
import java.math.RoundingMode;
import org.immutables.value.Value;

/**
 * The bar {@code SAMPLE(p, k, f)} (抽查): the assessors sample units of a population (the schools, villages or
 * companies of the unit), at least a share {@code p} of them and at least {@code k}, but never more than there are,
 * and at most {@code f} of the units sampled fail. The evidence lists the units sampled and each one's verdict
 * ({@code samples} in {@code evidence/1}); the population is a count ({@link #population()}).
 *
 * <p>Example: 随机抽查10%(不足4所，以4所计算)…每1所不合格扣1分 (杭州, 2018) is
 * {@code Sample.of(MetricKey.of("schools.total"), Ratio.of(1, 10), 4, 0)}: of 40 schools 4 must be sampled
 * ({@code max(⌈10 % × 40⌉, 4)}), of 45 schools 5 (⌈4.5⌉), of 3 schools all 3; with one failing school the bar is not
 * met. The deduction of 1 point per failing school is a points scheme's deduction per shortfall
 * ({@link io.github.jindu.points.PointsScheme.PerShortfall}), the shortfall being the units still to sample plus the
 * failures above {@code f}.
 *
 * <p>A population of 0 makes the criterion {@link Outcome#NOT_APPLICABLE}; an absent count, or no list of samples
 * for the criterion, {@link Outcome#NOT_ASSESSED}. More units sampled than the population holds is invalid
 * evidence ({@link RuleCode#SAMPLE_ABOVE_POPULATION}), never a pass.
 *
 * @implSpec This class is immutable and thread-safe.
 */
@Value.Immutable(builder = false)
public abstract non-sealed class Sample implements Threshold {
  Sample() {}

  /**
   * Returns the bar.
   *
   * @param population the key of the count of units in the population, such as {@code schools.total}
   * @param share the share of the population to sample at least, in (0, 1], such as 1/10 for 10 %
   * @param atLeast how many units to sample at least (不足 k 所，以 k 所计算), 1 or more
   * @param failuresAtMost how many of the units sampled may fail at most, 0 or more
   * @return the bar
   * @throws InvalidCriteriaException if the share is 0 or above 1 ({@link RuleCode#SAMPLE_SHARE}), {@code atLeast}
   *     is below 1 ({@link RuleCode#SAMPLE_AT_LEAST_BELOW_ONE}) or {@code failuresAtMost} is negative
   *     ({@link RuleCode#SAMPLE_FAILURES_NEGATIVE})
   */
  public static Sample of(MetricKey population, Ratio share, long atLeast, long failuresAtMost) {
    return ImmutableSample.of(population, share, atLeast, failuresAtMost);
  }

  /** {@return the key of the count of units in the population (学校总数…)} */
  @Value.Parameter
  public abstract MetricKey population();

  /** {@return the share of the population to sample at least, in (0, 1]} */
  @Value.Parameter
  public abstract Ratio share();

  /** {@return how many units to sample at least, whatever the share gives (不足 k 所，以 k 所计算), 1 or more} */
  @Value.Parameter
  public abstract long atLeast();

  /** {@return how many of the units sampled may fail at most (inclusive), 0 or more} */
  @Value.Parameter
  public abstract long failuresAtMost();

  /**
   * Returns how many units must be sampled of a population, exactly: {@code min(N, max(⌈share × N⌉, atLeast))},
   * computed on integers (never a floating-point figure).
   *
   * @param population the count of units N, at least 0
   * @return the units to sample, from 0 (for an empty population) to N
   * @throws IllegalArgumentException if {@code population} is negative
   */
  public final long required(long population) {
    if (population < 0) {
      throw new IllegalArgumentException("population (" + population + ") must not be negative");
    }
    BigInteger byShare =
        BigIntegerMath.divide(
            BigInteger.valueOf(share().numerator()).multiply(BigInteger.valueOf(population)),
            BigInteger.valueOf(share().denominator()),
            RoundingMode.CEILING);
    // share <= 1, so byShare <= population: it fits a long.
    return Math.min(population, Math.max(byShare.longValueExact(), atLeast()));
  }

  @Value.Check
  void check() {
    if (share().compareTo(Ratio.ZERO) <= 0 || share().compareTo(Ratio.ONE) > 0) {
      throw InvalidCriteriaException.of(RuleCode.SAMPLE_SHARE, share());
    }
    if (atLeast() < 1) {
      throw InvalidCriteriaException.of(RuleCode.SAMPLE_AT_LEAST_BELOW_ONE, atLeast());
    }
    if (failuresAtMost() < 0) {
      throw InvalidCriteriaException.of(RuleCode.SAMPLE_FAILURES_NEGATIVE, failuresAtMost());
    }
  }

  @Override
  public final ThresholdKind kind() {
    return ThresholdKind.SAMPLE;
  }

  @Override
  public final ImmutableSet<MetricKey> metrics() {
    return ImmutableSet.of(population());
  }

  @Override
  public final <R> R accept(Visitor<R> visitor) {
    return visitor.visit(this);
  }
}
