package io.github.jindu;

import static com.google.common.base.Preconditions.checkArgument;

import com.google.common.math.LongMath;
import java.math.BigDecimal;
import java.math.RoundingMode;

/**
 * An exact non-negative rational number {@code numerator / denominator}, kept in lowest terms: the value of a
 * share (a number in [0, 1] such as 9/10 for "90 %"), of a rate (cases per person, such as 1/20000 for "0.5 per
 * 10,000") or of a bar. Comparisons are exact for every pair of {@code long} operands: {@code a/b <= c/d} is
 * decided on the 128-bit products {@code a*d} and {@code c*b}, never on a rounded or floating-point figure, so
 * 899999999/1000000000 is below 9/10 although it prints as 90.0 %.
 *
 * <p>Modelled on Apache Commons Numbers' {@code Fraction}, restricted to what a bar needs: non-negative values
 * and exact ordering.
 *
 * @implSpec This class is immutable and thread-safe. {@link #equals} is consistent with {@link #compareTo}.
 */
public final class Ratio implements Comparable<Ratio> {
  /** The ratio 0/1. */
  public static final Ratio ZERO = new Ratio(0, 1);

  /** The ratio 1/1, a share of 100 %. */
  public static final Ratio ONE = new Ratio(1, 1);

  private final long numerator;
  private final long denominator;

  private Ratio(long numerator, long denominator) {
    this.numerator = numerator;
    this.denominator = denominator;
  }

  /**
   * Returns the ratio {@code numerator / denominator} in lowest terms.
   *
   * @param numerator at least 0
   * @param denominator at least 1
   * @return the ratio, for example {@code of(18, 20)} equals {@code of(9, 10)}
   * @throws IllegalArgumentException if {@code numerator < 0} or {@code denominator < 1}
   */
  public static Ratio of(long numerator, long denominator) {
    checkArgument(numerator >= 0, "numerator (%s) must not be negative", numerator);
    checkArgument(denominator >= 1, "denominator (%s) must be at least 1", denominator);
    if (numerator == 0) {
      return ZERO;
    }
    long gcd = LongMath.gcd(numerator, denominator);
    return new Ratio(numerator / gcd, denominator / gcd);
  }

  /**
   * Parses {@code "n/d"} or a whole number {@code "n"}, both non-negative decimal integers.
   *
   * @param text for example {@code "9/10"}, {@code "1/2"} or {@code "1"}
   * @return the ratio in lowest terms
   * @throws IllegalArgumentException if the text is not of that form, or the denominator is 0
   */
  public static Ratio parse(String text) {
    int slash = text.indexOf('/');
    try {
      if (slash < 0) {
        return of(parseDigits(text), 1);
      }
      return of(parseDigits(text.substring(0, slash)), parseDigits(text.substring(slash + 1)));
    } catch (NumberFormatException e) {
      throw new IllegalArgumentException("not a ratio n/d of non-negative integers: " + text, e);
    }
  }

  private static long parseDigits(String s) {
    if (s.isEmpty() || !s.chars().allMatch(c -> c >= '0' && c <= '9')) {
      throw new NumberFormatException(s);
    }
    return Long.parseLong(s);
  }

  /**
   * Returns the numerator in lowest terms.
   *
   * @return at least 0
   */
  public long numerator() {
    return numerator;
  }

  /**
   * Returns the denominator in lowest terms.
   *
   * @return at least 1
   */
  public long denominator() {
    return denominator;
  }

  /**
   * Compares two fractions {@code a/b} and {@code c/d} given by their parts, exactly, without reducing them and
   * without overflow for any non-negative {@code long} parts.
   *
   * @param a the first numerator, at least 0
   * @param b the first denominator, at least 1
   * @param c the second numerator, at least 0
   * @param d the second denominator, at least 1
   * @return a negative number, zero or a positive number as {@code a/b} is less than, equal to or greater than
   *     {@code c/d}
   */
  public static int compare(long a, long b, long c, long d) {
    return compareProducts(a, d, c, b);
  }

  /**
   * Compares the 128-bit products {@code a*b} and {@code c*d} of non-negative longs.
   *
   * @return the sign of {@code a*b - c*d}
   */
  static int compareProducts(long a, long b, long c, long d) {
    long high1 = Math.multiplyHigh(a, b);
    long high2 = Math.multiplyHigh(c, d);
    if (high1 != high2) {
      return Long.compare(high1, high2);
    }
    return Long.compareUnsigned(a * b, c * d);
  }

  /**
   * Compares this ratio with another, exactly.
   *
   * @param other the other ratio
   * @return a negative number, zero or a positive number as this is less than, equal to or greater than other
   */
  @Override
  public int compareTo(Ratio other) {
    return compare(numerator, denominator, other.numerator, other.denominator);
  }

  /**
   * Returns whether this ratio is at least {@code other} (inclusive, "以上").
   *
   * @param other the bound
   * @return {@code this >= other}, exactly
   */
  public boolean isAtLeast(Ratio other) {
    return compareTo(other) >= 0;
  }

  /**
   * Returns whether this ratio is at most {@code other} (inclusive, "不超过").
   *
   * @param other the bound
   * @return {@code this <= other}, exactly
   */
  public boolean isAtMost(Ratio other) {
    return compareTo(other) <= 0;
  }

  /**
   * Returns this ratio multiplied by a whole number, scaled for display: the value per {@code base} (for example
   * a rate per 10,000 people) as a decimal of {@code scale} digits, rounded as {@code rounding} says. For display
   * only: a displayed figure is never compared with a bar.
   *
   * @param base the multiplier, such as 100 for a percentage or 10000 for "per 10,000"; at least 1
   * @param scale the number of digits after the decimal point, at least 0
   * @param rounding how to round the last digit; choose the side of the outcome (see the text report)
   * @return the scaled decimal
   */
  public BigDecimal toDecimal(long base, int scale, RoundingMode rounding) {
    return BigDecimal.valueOf(numerator)
        .multiply(BigDecimal.valueOf(base))
        .divide(BigDecimal.valueOf(denominator), scale, rounding);
  }

  @Override
  public boolean equals(Object o) {
    return o instanceof Ratio
        && ((Ratio) o).numerator == numerator
        && ((Ratio) o).denominator == denominator;
  }

  @Override
  public int hashCode() {
    return Long.hashCode(numerator) * 31 + Long.hashCode(denominator);
  }

  /**
   * Returns {@code "n/d"} in lowest terms, or {@code "n"} when the denominator is 1; {@link #parse} reads it back.
   */
  @Override
  public String toString() {
    return denominator == 1 ? Long.toString(numerator) : numerator + "/" + denominator;
  }
}
