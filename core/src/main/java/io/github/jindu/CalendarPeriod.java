package io.github.jindu;

import io.github.jindu.bar.Cadence;
import io.github.jindu.internal.CanonicalNames;
import java.time.YearMonth;
import java.util.Locale;
import java.util.Objects;
import java.util.regex.Matcher;
import java.util.regex.Pattern;

/**
 * A calendar month, quarter, half-year or year, as {@link io.github.jindu.bar.EveryPeriod} counts them: a cadence and the
 * month it starts in. Its text form is its label: {@code 2025-03} (a month), {@code 2025-Q3} (July to September),
 * {@code 2025-H1} (January to June), {@code 2025} (the calendar year).
 *
 * <p>Example: {@code CalendarPeriod.of(Cadence.QUARTER, YearMonth.of(2025, 7))} is {@code 2025-Q3}.
 *
 * @param cadence the kind of calendar period
 * @param start the month it starts in: any month for {@link Cadence#MONTH}; January, April, July or October for
 *     {@link Cadence#QUARTER}; January or July for {@link Cadence#HALF_YEAR}
 * @implSpec This class is immutable and thread-safe.
 */
public record CalendarPeriod(Cadence cadence, YearMonth start)
    implements Comparable<CalendarPeriod> {
  private static final Pattern LABEL =
      Pattern.compile("([0-9]{4})(?:-([0-9]{2})|-Q([1-4])|-H([12]))?");

  /**
   * Checks the period.
   *
   * @param cadence the kind of calendar period
   *
   * @param start the month it starts in: any month for {@link Cadence#MONTH}; January, April, July or October for {@link Cadence#QUARTER}; January or July for {@link Cadence#HALF_YEAR}; January for {@link Cadence#YEAR}
   *
   * @throws IllegalArgumentException if {@code start} is not the first month of a period of {@code cadence}
   */
  public CalendarPeriod {
    Objects.requireNonNull(cadence, "cadence");
    Objects.requireNonNull(start, "start");
    if ((start.getMonthValue() - 1) % months(cadence) != 0) {
      throw new IllegalArgumentException(
          "start (" + start + ") is not the first month of a " + CanonicalNames.of(cadence));
    }
  }

  /**
   * Returns the calendar period of a cadence that starts in a month.
   *
   * @param cadence the kind of calendar period
   * @param start its first month
   * @return the period
   * @throws IllegalArgumentException if {@code start} is not the first month of a period of {@code cadence}
   */
  public static CalendarPeriod of(Cadence cadence, YearMonth start) {
    return new CalendarPeriod(cadence, start);
  }

  /**
   * Returns the calendar period of a cadence that holds a month.
   *
   * @param cadence the kind of calendar period
   * @param month any month
   * @return the period holding it, such as {@code 2025-Q3} for the quarter of August 2025
   */
  public static CalendarPeriod containing(Cadence cadence, YearMonth month) {
    int m = months(cadence);
    return new CalendarPeriod(cadence, month.withMonth((month.getMonthValue() - 1) / m * m + 1));
  }

  /**
   * Parses a label written by {@link #toString()}.
   *
   * @param label such as {@code 2025-03}, {@code 2025-Q3}, {@code 2025-H1} or {@code 2025}
   * @return the period
   * @throws IllegalArgumentException if the label is not of one of these forms
   */
  public static CalendarPeriod parse(String label) {
    Matcher m = LABEL.matcher(label);
    if (!m.matches()) {
      throw new IllegalArgumentException(
          "not a calendar period (2025-03, 2025-Q3, 2025-H1, 2025): " + label);
    }
    int year = Integer.parseInt(m.group(1));
    if (m.group(2) != null) {
      int month = Integer.parseInt(m.group(2));
      if (month < 1 || month > 12) {
        throw new IllegalArgumentException(
            "not a calendar period (2025-03, 2025-Q3, 2025-H1, 2025): " + label);
      }
      return new CalendarPeriod(Cadence.MONTH, YearMonth.of(year, month));
    }
    if (m.group(3) != null) {
      return new CalendarPeriod(
          Cadence.QUARTER, YearMonth.of(year, (Integer.parseInt(m.group(3)) - 1) * 3 + 1));
    }
    if (m.group(4) != null) {
      return new CalendarPeriod(
          Cadence.HALF_YEAR, YearMonth.of(year, (Integer.parseInt(m.group(4)) - 1) * 6 + 1));
    }
    return new CalendarPeriod(Cadence.YEAR, YearMonth.of(year, 1));
  }

  /**
   * Returns the number of months of a period of a cadence.
   *
   * @param cadence the cadence
   * @return 1, 3, 6 or 12
   */
  public static int months(Cadence cadence) {
    return switch (cadence) {
      case MONTH -> 1;
      case QUARTER -> 3;
      case HALF_YEAR -> 6;
      case YEAR -> 12;
    };
  }

  /** {@return the last month of the period} */
  public YearMonth end() {
    return start.plusMonths(months(cadence) - 1L);
  }

  /**
   * Compares by start, then by length.
   *
   * @param other another period
   * @return negative, zero or positive as this starts earlier, at the same time or later
   */
  @Override
  public int compareTo(CalendarPeriod other) {
    int c = start.compareTo(other.start);
    return c != 0 ? c : Integer.compare(months(cadence), months(other.cadence));
  }

  /** {@return the label, such as {@code 2025-03}, {@code 2025-Q3}, {@code 2025-H1} or {@code 2025}} */
  @Override
  public String toString() {
    return switch (cadence) {
      case MONTH -> start.toString();
      case QUARTER ->
          String.format(
              Locale.ROOT, "%04d-Q%d", start.getYear(), (start.getMonthValue() - 1) / 3 + 1);
      case HALF_YEAR ->
          String.format(
              Locale.ROOT, "%04d-H%d", start.getYear(), (start.getMonthValue() - 1) / 6 + 1);
      case YEAR -> String.format(Locale.ROOT, "%04d", start.getYear());
    };
  }
}
