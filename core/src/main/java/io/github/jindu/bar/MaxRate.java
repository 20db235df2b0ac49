package io.github.jindu.bar;

import com.google.common.collect.ImmutableSet;
import io.github.jindu.InvalidCriteriaException;
import io.github.jindu.MetricKey;
import io.github.jindu.Ratio;
import io.github.jindu.RuleCode;
import io.github.jindu.internal.CanonicalNames;
import java.math.BigDecimal;
import org.immutables.value.Value;

/**
 * The bar {@code MAX_RATE(r per N)}: {@code count / base} compared with {@code r / N}, inclusively
 * ({@link Comparison#AT_MOST}, "不超过") unless the text says otherwise.
 *
 * <p>Example: 年度新滋生吸毒人员与实有人口总数的比例不超过万分之零点五 (二(十)) is
 * {@code MaxRate.atMost(Metrics.USERS_NEW, Metrics.POPULATION_ACTUAL, Ratio.of(1, 2), 10_000)}: 1 new user in
 * 20,000 people (exactly 0.5 per 10,000) is met, 1 in 19,999 is not.
 *
 * <p>A base of 0 is invalid evidence (a rate of a population of nobody has no meaning).
 *
 * @implSpec This class is immutable and thread-safe.
 */
@Value.Immutable(builder = false)
public abstract non-sealed class MaxRate implements Threshold {
  MaxRate() {}

  /**
   * Returns the bar {@code count / base <= rate / per}.
   *
   * @param count the key of the count (new users, cases…)
   * @param base the key of the base (the actual population)
   * @param rate the rate per {@code per}, such as 1/2 for "0.5 per 10,000"
   * @param per the base of the rate, such as 10,000 (万分之); at least 1
   * @return the bar
   * @throws InvalidCriteriaException if {@code per} is below 1, the keys are equal, or the bound overflows
   */
  public static MaxRate atMost(MetricKey count, MetricKey base, Ratio rate, long per) {
    return of(count, base, rate, per, Comparison.AT_MOST);
  }

  /**
   * Returns the bar {@code count / base} compared with {@code rate / per} as {@code comparison} says.
   *
   * @param count the key of the count
   * @param base the key of the base
   * @param rate the rate per {@code per}
   * @param per the base of the rate, at least 1
   * @param comparison {@link Comparison#AT_MOST} (不超过) or {@link Comparison#LESS_THAN} (不满)
   * @return the bar
   * @throws InvalidCriteriaException if {@code per} is below 1, the keys are equal, the comparison is a lower
   *     bound, or the bound overflows
   */
  public static MaxRate of(
      MetricKey count, MetricKey base, Ratio rate, long per, Comparison comparison) {
    return ImmutableMaxRate.of(count, base, rate, per, comparison);
  }

  /** {@return the key of the count} */
  @Value.Parameter
  public abstract MetricKey count();

  /** {@return the key of the base (a number of people)} */
  @Value.Parameter
  public abstract MetricKey base();

  /** {@return the rate per {@link #per()}, such as 1/2} */
  @Value.Parameter
  public abstract Ratio rate();

  /** {@return the base of the rate, such as 10,000} */
  @Value.Parameter
  public abstract long per();

  /** {@return how the rate is compared with the bound: at most, or less than} */
  @Value.Parameter
  public abstract Comparison comparison();

  /**
   * Returns the bound as a rate per single unit of the base: {@code rate / per}, such as 1/20000.
   *
   * @return the exact bound
   */
  @Value.Derived
  public Ratio bound() {
    if (per() < 1) {
      throw InvalidCriteriaException.of(RuleCode.RATE_BASE_BELOW_ONE, per());
    }
    try {
      return Ratio.of(rate().numerator(), Math.multiplyExact(rate().denominator(), per()));
    } catch (ArithmeticException e) {
      throw InvalidCriteriaException.of(RuleCode.RATE_BOUND_OVERFLOW, rate(), per());
    }
  }

  @Value.Check
  void check() {
    if (count().equals(base())) {
      throw InvalidCriteriaException.of(RuleCode.RATE_OWN_BASE, count());
    }
    if (comparison().isLowerBound()) {
      throw InvalidCriteriaException.of(RuleCode.RATE_COMPARISON, CanonicalNames.of(comparison()));
    }
  }

  @Override
  public final ThresholdKind kind() {
    return ThresholdKind.MAX_RATE;
  }

  /**
   * Returns the rate per {@link #per()} as written: a decimal when it terminates ({@code 0.5}), else the fraction
   * ({@code 1/3}).
   *
   * @return the rate's text
   */
  public final String rateText() {
    try {
      return new BigDecimal(rate().numerator())
          .divide(new BigDecimal(rate().denominator()))
          .stripTrailingZeros()
          .toPlainString();
    } catch (ArithmeticException nonTerminating) {
      return rate().toString();
    }
  }

  @Override
  public final ImmutableSet<MetricKey> metrics() {
    return ImmutableSet.of(count(), base());
  }

  @Override
  public final <R> R accept(Visitor<R> visitor) {
    return visitor.visit(this);
  }
}
