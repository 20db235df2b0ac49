package io.github.jindu;

import java.math.BigDecimal;
import java.math.RoundingMode;

/**
 * Display of exact figures. A displayed figure never contradicts its outcome: each figure is rounded half-even to
 * the fewest decimals (at least two) at which it stands in the same order to the figure it is compared with (the
 * bar, the previous period, a peer) as the exact values do; so 899999999/1000000000 beside the bar 90 % prints as
 * 89.9999999 %, not 90.00 %. Display only: no bar is decided here.
 */
final class Figures {
  private static final int MAX_SCALE = 40;

  private Figures() {}

  /**
   * Returns the number of decimals at which {@code x} and {@code y}, each scaled by {@code base} and rounded
   * half-even, compare as the exact values do.
   */
  static int scaleFor(Ratio x, Ratio y, long base, int minScale) {
    int exact = Integer.signum(x.compareTo(y));
    for (int scale = minScale; scale < MAX_SCALE; scale++) {
      BigDecimal dx = x.toDecimal(base, scale, RoundingMode.HALF_EVEN);
      BigDecimal dy = y.toDecimal(base, scale, RoundingMode.HALF_EVEN);
      if (Integer.signum(dx.compareTo(dy)) == exact) {
        return scale;
      }
    }
    return MAX_SCALE;
  }

  /** {@return {@code p %} at a scale} */
  static String percent(Ratio x, int scale) {
    return x.toDecimal(100, scale, RoundingMode.HALF_EVEN).toPlainString() + " %";
  }

  /** {@return {@code n/d (p %)}, such as {@code "979/1104 (88.68 %)"}, faithful to the order of the share and {@code bar}} */
  static String share(long n, long d, Ratio bar) {
    Ratio x = Ratio.of(n, d);
    return n + "/" + d + " (" + percent(x, scaleFor(x, bar, 100, 2)) + ")";
  }

  /** {@return {@code n/d (r per base)}, such as {@code "4/84210 (0.475 per 10000)"}, faithful to the order of the rate and {@code bar}} */
  static String rate(long n, long d, long per, Ratio bar) {
    return rate(n, d, per, scaleFor(Ratio.of(n, d), bar, per, 3));
  }

  /** {@return {@code n/d (r per base)} at a scale} */
  static String rate(long n, long d, long per, int scale) {
    return n + "/" + d + " (" + Ratio.of(n, d).toDecimal(per, scale, RoundingMode.HALF_EVEN).toPlainString()
        + " per " + per + ")";
  }

  /** {@return a bound as an exact percentage when it terminates ({@code 9/10} is {@code 90 %}), else to 4 places} */
  static String exactPercent(Ratio bound) {
    BigDecimal hundredfold = BigDecimal.valueOf(bound.numerator()).multiply(BigDecimal.valueOf(100));
    try {
      return hundredfold.divide(BigDecimal.valueOf(bound.denominator())).stripTrailingZeros().toPlainString() + " %";
    } catch (ArithmeticException nonTerminating) {
      return "about " + bound.toDecimal(100, 4, RoundingMode.HALF_EVEN).toPlainString() + " %";
    }
  }
}
