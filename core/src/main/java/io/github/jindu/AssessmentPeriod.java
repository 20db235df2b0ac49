package io.github.jindu;

import java.time.LocalDate;
import java.time.Year;
import org.immutables.value.Value;

/**
 * The assessment period (考评期): an inclusive range of ISO dates, usually one calendar year. The months,
 * quarters and half-years of the schedule criteria are the calendar ones that lie wholly inside it.
 *
 * <p>Example: {@code AssessmentPeriod.of(LocalDate.of(2025, 1, 1), LocalDate.of(2025, 12, 31))}, or
 * {@code AssessmentPeriod.ofYear(Year.of(2025))}.
 *
 * @implSpec This class is immutable and thread-safe.
 */
@Value.Immutable(builder = false)
public abstract class AssessmentPeriod {
  AssessmentPeriod() {}

  /**
   * Returns the period from {@code start} to {@code end}, both inclusive.
   *
   * @param start the first day
   * @param end the last day, not before {@code start}
   * @return the period
   * @throws InvalidEvidenceException if {@code end} is before {@code start}, or the period reaches outside the
   *     years 1 to 9999 (the years of a {@code yyyy-mm-dd} date)
   */
  public static AssessmentPeriod of(LocalDate start, LocalDate end) {
    return ImmutableAssessmentPeriod.of(start, end);
  }

  /**
   * Returns the calendar year as a period, 1 January to 31 December.
   *
   * @param year the year
   * @return the period
   */
  public static AssessmentPeriod ofYear(Year year) {
    return of(year.atDay(1), year.atMonth(12).atEndOfMonth());
  }

  /** {@return the first day, inclusive} */
  @Value.Parameter
  public abstract LocalDate start();

  /** {@return the last day, inclusive} */
  @Value.Parameter
  public abstract LocalDate end();

  /**
   * Returns whether a day lies in the period.
   *
   * @param date a day
   * @return {@code start <= date <= end}
   */
  public boolean contains(LocalDate date) {
    return !date.isBefore(start()) && !date.isAfter(end());
  }

  @Value.Check
  void check() {
    if (end().isBefore(start())) {
      throw InvalidEvidenceException.of(
          RuleCode.PERIOD_END_BEFORE_START,
          Location.root().member("period").member("end"),
          end(),
          start());
    }
    if (start().getYear() < 1) {
      throw InvalidEvidenceException.of(
          RuleCode.PERIOD_BEFORE_YEAR_ONE,
          Location.root().member("period").member("start"),
          start());
    }
    if (end().getYear() > 9999) {
      throw InvalidEvidenceException.of(
          RuleCode.PERIOD_AFTER_YEAR_9999, Location.root().member("period").member("end"), end());
    }
  }

  /** {@return {@code start..end} in ISO form, such as {@code 2025-01-01..2025-12-31}} */
  @Override
  public String toString() {
    return start() + ".." + end();
  }
}
