package io.github.jindu;

import java.math.BigDecimal;
import java.math.RoundingMode;

/**
 * Display of exact figures. Every rounding is explicit and goes toward the side of the outcome, so a displayed
 * figure never contradicts it (89.996 % beside NOT_MET prints as 89.99 %). Display only: no bar is decided here.
 */
final class Figures {
  private Figures() {}

  /**
   * Returns the rounding that keeps a displayed figure on its side of a bar.
   *
   * @param lowerBound whether the bar bounds the figure from below (at least)
   * @param met whether the figure is on the passing side
   * @return CEILING where rounding up keeps the side, FLOOR where rounding down does
   */
  static RoundingMode towardOutcome(boolean lowerBound, boolean met) {
    return lowerBound == met ? RoundingMode.CEILING : RoundingMode.FLOOR;
  }

  /** Returns {@code n/d (p %)} with two decimals, such as {@code "979/1104 (88.67 %)"}. */
  static String share(long n, long d, RoundingMode rounding) {
    return n + "/" + d + " (" + percent(n, d, rounding) + ")";
  }

  /** Returns {@code p %} with two decimals. */
  static String percent(long n, long d, RoundingMode rounding) {
    return scaled(n, d, 100, 2, rounding).toPlainString() + " %";
  }

  /** Returns {@code n/d (r per base)} with three decimals, such as {@code "4/84210 (0.475 per 10000)"}. */
  static String rate(long n, long d, long base, RoundingMode rounding) {
    return n + "/" + d + " (" + scaled(n, d, base, 3, rounding).toPlainString() + " per " + base + ")";
  }

  /** Returns a bound as an exact percentage when it terminates ({@code 9/10} is {@code 90 %}), else to 4 places. */
  static String exactPercent(Ratio bound) {
    BigDecimal hundredfold = BigDecimal.valueOf(bound.numerator()).multiply(BigDecimal.valueOf(100));
    BigDecimal value;
    try {
      value = hundredfold.divide(BigDecimal.valueOf(bound.denominator()));
    } catch (ArithmeticException nonTerminating) {
      value = hundredfold.divide(BigDecimal.valueOf(bound.denominator()), 4, RoundingMode.HALF_EVEN);
      return "about " + value.stripTrailingZeros().toPlainString() + " %";
    }
    return value.stripTrailingZeros().toPlainString() + " %";
  }

  private static BigDecimal scaled(long n, long d, long base, int scale, RoundingMode rounding) {
    return Ratio.of(n, d).toDecimal(base, scale, rounding);
  }
}
