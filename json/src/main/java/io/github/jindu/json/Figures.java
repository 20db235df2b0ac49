package io.github.jindu.json;

import io.github.jindu.Ratio;
import java.math.BigDecimal;
import java.math.BigInteger;
import java.math.RoundingMode;

/**
 * Display of exact figures. A displayed figure never contradicts its outcome: each figure is rounded half-even to
 * the fewest decimals (at least two) at which it stands in the same order to the figure it is compared with (the
 * bar, the previous period, a peer) as the exact values do; so 899999999/1000000000 beside the bar 90 % prints as
 * 89.9999999 %, not 90.00 %. Display only: no bar is decided here. The JSON codec writes {@code observed} with it and
 * the reports print their figures with it.
 *
 * <p>Example: {@code Figures.share(979, 1104, Ratio.of(9, 10))} is {@code "979/1104 (88.68 %)"}.
 *
 * @implSpec This class is stateless and thread-safe.
 */
public final class Figures {
  private static final int MAX_SCALE = 40;

  private Figures() {}

  /**
   * Returns the number of decimals at which {@code x} and {@code y}, each scaled by {@code base} and rounded
   * half-even, compare as the exact values do.
   *
   * @param x a figure
   * @param y the figure it is compared with
   * @param base the multiplier of the display, such as 100 for a percentage or 10,000 for a rate per 10,000
   * @param minScale the fewest decimals to show, at least 0
   * @return the scale, from {@code minScale} up to 40
   */
  public static int scaleFor(Ratio x, Ratio y, long base, int minScale) {
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

  /**
   * Returns a share as a percentage at a scale, rounded half-even.
   *
   * @param x a share in [0, 1]
   * @param scale the decimals to show
   * @return such as {@code "88.68 %"}
   */
  public static String percent(Ratio x, int scale) {
    return x.toDecimal(100, scale, RoundingMode.HALF_EVEN).toPlainString() + " %";
  }

  /**
   * Returns a share with its percentage, faithful to the order of the share and the bar.
   *
   * @param n the part, at least 0
   * @param d the whole, at least 1
   * @param bar the share it is compared with
   * @return {@code n/d (p %)}, such as {@code "979/1104 (88.68 %)"}
   */
  public static String share(long n, long d, Ratio bar) {
    Ratio x = Ratio.of(n, d);
    return n + "/" + d + " (" + percent(x, scaleFor(x, bar, 100, 2)) + ")";
  }

  /**
   * Returns a rate with its value per {@code per}, faithful to the order of the rate and the bar.
   *
   * @param n the count, at least 0
   * @param d the base, at least 1
   * @param per the base of the display, such as 10,000
   * @param bar the rate per single unit it is compared with, such as 1/20000
   * @return {@code n/d (r per per)}, such as {@code "4/84210 (0.475 per 10000)"}
   */
  public static String rate(long n, long d, long per, Ratio bar) {
    return rate(n, d, per, scaleFor(Ratio.of(n, d), bar, per, 3));
  }

  /**
   * Returns a rate with its value per {@code per} at a scale, rounded half-even.
   *
   * @param n the count, at least 0
   * @param d the base, at least 1
   * @param per the base of the display, such as 10,000
   * @param scale the decimals to show
   * @return {@code n/d (r per per)}, such as {@code "4/84210 (0.475 per 10000)"}
   */
  public static String rate(long n, long d, long per, int scale) {
    return n
        + "/"
        + d
        + " ("
        + Ratio.of(n, d).toDecimal(per, scale, RoundingMode.HALF_EVEN).toPlainString()
        + " per "
        + per
        + ")";
  }

  /**
   * Returns a bound as an exact percentage when it terminates, else rounded to 4 places.
   *
   * @param bound a share in [0, 1]
   * @return such as {@code "90 %"} for 9/10, or {@code "about 33.3333 %"} for 1/3
   */
  public static String exactPercent(Ratio bound) {
    BigDecimal hundredfold =
        BigDecimal.valueOf(bound.numerator()).multiply(BigDecimal.valueOf(100));
    try {
      return hundredfold
              .divide(BigDecimal.valueOf(bound.denominator()))
              .stripTrailingZeros()
              .toPlainString()
          + " %";
    } catch (ArithmeticException nonTerminating) {
      return "about " + bound.toDecimal(100, 4, RoundingMode.HALF_EVEN).toPlainString() + " %";
    }
  }

  /**
   * Returns a figure and the average it is compared with, each as a decimal at the fewest decimals (at least
   * {@code minScale}) at which they stand in the same order as the exact values do.
   *
   * <p>Example: {@code Figures.againstMean(929, 1000, BigInteger.valueOf(93), BigInteger.valueOf(100), 100, 2)}
   * is {@code ["92.90", "93.00"]}.
   *
   * @param value the figure's numerator, at least 0
   * @param base the figure's denominator, at least 1
   * @param meanNumerator the average's numerator, at least 0
   * @param meanDenominator the average's denominator, at least 1
   * @param per the multiplier of the display: 100 for a percentage, 1 for a count
   * @param minScale the fewest decimals to show, at least 0
   * @return the figure and the average, scaled by {@code per}, rounded half-even, such as {@code "92.90"}
   */
  public static String[] againstMean(
      long value,
      long base,
      BigInteger meanNumerator,
      BigInteger meanDenominator,
      long per,
      int minScale) {
    BigInteger xn = BigInteger.valueOf(value);
    BigInteger xd = BigInteger.valueOf(base);
    int exact = Integer.signum(xn.multiply(meanDenominator).compareTo(meanNumerator.multiply(xd)));
    int scale = minScale;
    for (; scale < MAX_SCALE; scale++) {
      BigDecimal dx = decimal(xn, xd, per, scale);
      BigDecimal dy = decimal(meanNumerator, meanDenominator, per, scale);
      if (Integer.signum(dx.compareTo(dy)) == exact) {
        break;
      }
    }
    return new String[] {
      decimal(xn, xd, per, scale).toPlainString(),
      decimal(meanNumerator, meanDenominator, per, scale).toPlainString()
    };
  }

  /** {@return {@code n / d} times {@code per}, rounded half-even to {@code scale} decimals} */
  private static BigDecimal decimal(BigInteger n, BigInteger d, long per, int scale) {
    return new BigDecimal(n.multiply(BigInteger.valueOf(per)))
        .divide(new BigDecimal(d), scale, RoundingMode.HALF_EVEN);
  }
}
