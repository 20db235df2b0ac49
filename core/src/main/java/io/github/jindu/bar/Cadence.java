package io.github.jindu.bar;

import io.github.jindu.internal.WireNames;
import java.util.Optional;

/**
 * The calendar periods in which a scheduled activity must recur ({@link EveryPeriod}): the calendar months,
 * quarters or half-years that lie wholly inside the assessment period.
 */
public enum Cadence {
  /** Every calendar month (月月, 二(五)). */
  MONTH("月"),
  /** Every calendar quarter: January to March, April to June, July to September, October to December (每季度, 二(八)). */
  QUARTER("季度"),
  /** Every calendar half-year: January to June, July to December (每半年, 二(五)). */
  HALF_YEAR("半年");

  private final String chineseName;

  Cadence(String chineseName) {
    this.chineseName = chineseName;
  }

  /**
   * Returns the Chinese name of this calendar period, as a report prints it.
   *
   * @return for example {@code "月"}
   */
  public String chineseName() {
    return chineseName;
  }

  /**
   * Returns the name used in JSON and in criterion ids: lower case, words joined by hyphens.
   *
   * @return for example {@code "month"} for {@link #MONTH}
   */
  public String wireName() {
    return WireNames.of(this);
  }

  /**
   * Finds the constant with a wire name, exactly (case-sensitive).
   *
   * @param wireName the name as written in JSON
   * @return the constant, or empty if the name is not one of this type's
   */
  public static Optional<Cadence> fromWireName(String wireName) {
    return WireNames.find(Cadence.class, wireName);
  }
}
