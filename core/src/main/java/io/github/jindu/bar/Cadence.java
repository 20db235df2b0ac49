package io.github.jindu.bar;

/**
 * The calendar periods in which a scheduled activity must recur ({@link EveryPeriod}): the calendar months,
 * quarters, half-years or years that lie wholly inside the assessment period.
 */
public enum Cadence {
  /** Every calendar month (月月, 二(五)). */
  MONTH,
  /** Every calendar quarter: January to March, April to June, July to September, October to December (每季度, 二(八)). */
  QUARTER,
  /** Every calendar half-year: January to June, July to December (每半年, 二(五)). */
  HALF_YEAR,
  /**
   * Every calendar year, 1 January to 31 December (每年, 每年度): for a period of one calendar year, one event in
   * it; a period that holds no whole calendar year makes the bar {@link io.github.jindu.Outcome#NOT_APPLICABLE}.
   */
  YEAR
}
