package io.github.jindu.bar;

import io.github.jindu.Ratio;

/**
 * How an observed value is compared with a bound, named as the policy text says it. Chinese boundary words map
 * onto these by statute (Civil Code art. 1259): 以上、不少于、达到 are {@link #AT_LEAST}; 超过 is
 * {@link #GREATER_THAN}; 以下、不超过 are {@link #AT_MOST}; 不满 is {@link #LESS_THAN}.
 */
public enum Comparison {
  /** Observed {@code >=} bound (inclusive): 以上, 不少于, 达到. */
  AT_LEAST,
  /** Observed {@code >} bound (exclusive): 超过. */
  GREATER_THAN,
  /** Observed {@code <=} bound (inclusive): 以下, 不超过. */
  AT_MOST,
  /** Observed {@code <} bound (exclusive): 不满. */
  LESS_THAN;

  /**
   * Returns whether an observed value stands in this relation to a bound.
   *
   * @param observed the observed value
   * @param bound the bound
   * @return for {@link #AT_LEAST}, {@code observed >= bound}, exactly; likewise for the others
   */
  public boolean holds(Ratio observed, Ratio bound) {
    return holds(observed.compareTo(bound));
  }

  /**
   * Returns whether an observed value stands in this relation to a bound, given how they compare.
   *
   * @param c a negative number, 0 or a positive number as the observed value is below, equal to or above the bound
   * @return for {@link #AT_LEAST}, {@code c >= 0}; likewise for the others
   */
  public boolean holds(int c) {
    return switch (this) {
      case AT_LEAST -> c >= 0;
      case GREATER_THAN -> c > 0;
      case AT_MOST -> c <= 0;
      case LESS_THAN -> c < 0;
    };
  }

  /**
   * Returns whether this comparison bounds a value from below ({@link #AT_LEAST}, {@link #GREATER_THAN}).
   *
   * @return true for a lower bound, false for an upper bound
   */
  public boolean isLowerBound() {
    return this == AT_LEAST || this == GREATER_THAN;
  }
}
