package io.github.jindu.bar;

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
}
