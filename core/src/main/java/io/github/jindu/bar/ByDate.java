package io.github.jindu.bar;

import com.google.common.collect.ImmutableSet;
import io.github.jindu.AssessmentPeriod;
import io.github.jindu.EventKind;
import io.github.jindu.EventType;
import io.github.jindu.Outcome;
import java.time.LocalDate;
import java.time.MonthDay;
import org.immutables.value.Value;

/**
 * The bar {@code BY_DATE(from, month-day)}: an event of a type in a window that opens on a day of the year
 * ({@link #windowFrom()}) and closes on the deadline ({@link #deadline()}), both inclusive (docs/spec/criteria.md,
 * "Kinds of bar"). The deadline is the first occurrence of its month-day on or after the period's first day; the
 * window opens on the last occurrence of its month-day on or before the deadline, so a window is at most a year
 * long. When the deadline does not fall in the period (a period of a few months that misses it), the criterion is
 * {@link Outcome#NOT_APPLICABLE}.
 *
 * <p>Example: 年初有计划 (二(五)) is {@code ByDate.of(EventType.PREVENTION_PLAN, MonthDay.of(3, 31))}: the policy
 * leaves 年初 ("the start of the year") undefined; Jindu reads it as "from 1 October of the preceding year to 31
 * March" by default (revision 2: plans are adopted in December as often as in January). For the year 2025 a plan
 * adopted on 2024-10-01 or on 2025-03-31 is met, on 2025-04-01 not; one dated 2024-09-30 is invalid evidence, since
 * an event before the period is only accepted inside the window.
 *
 * @implSpec This class is immutable and thread-safe.
 */
@Value.Immutable(builder = false)
public abstract non-sealed class ByDate implements Threshold {
  /** The default first day of the window, {@code --10-01}: 1 October of the preceding year. */
  public static final MonthDay DEFAULT_WINDOW_FROM = MonthDay.of(10, 1);

  ByDate() {}

  /**
   * Returns the bar with the default window start, 1 October ({@link #DEFAULT_WINDOW_FROM}).
   *
   * @param eventType the type of the qualifying event
   * @param deadline the last day, inclusive, in the year of the period's first day
   * @return the bar
   */
  public static ByDate of(EventType eventType, MonthDay deadline) {
    return of(eventType, DEFAULT_WINDOW_FROM, deadline);
  }

  /**
   * Returns the bar.
   *
   * @param eventType the type of the qualifying event
   * @param windowFrom the first day of the window, inclusive: its last occurrence on or before the deadline (equal
   *     to {@code deadline} for a window of one day)
   * @param deadline the last day, inclusive, in the year of the period's first day
   * @return the bar
   */
  public static ByDate of(EventType eventType, MonthDay windowFrom, MonthDay deadline) {
    return ImmutableByDate.of(eventType, windowFrom, deadline);
  }

  /** {@return the type of the qualifying event} */
  @Value.Parameter
  public abstract EventType eventType();

  /** {@return the first day of the window, inclusive, as a day of the year} */
  @Value.Parameter
  public abstract MonthDay windowFrom();

  /** {@return the deadline, inclusive, as a day of the year} */
  @Value.Parameter
  public abstract MonthDay deadline();

  /**
   * Returns the deadline for a period: the first occurrence of {@link #deadline()} on or after its first day.
   *
   * @param period the assessment period
   * @return the day, inclusive; possibly after the period's last day
   */
  public final LocalDate deadline(AssessmentPeriod period) {
    LocalDate deadline = deadline().atYear(period.start().getYear());
    return deadline.isBefore(period.start())
        ? deadline().atYear(period.start().getYear() + 1)
        : deadline;
  }

  /**
   * Returns the first day of the window for a period: the last occurrence of {@link #windowFrom()} on or before
   * {@link #deadline(AssessmentPeriod)}. With the default set and the year 2025: 2024-10-01.
   *
   * @param period the assessment period
   * @return the day, inclusive; possibly before the period's first day
   */
  public final LocalDate windowStart(AssessmentPeriod period) {
    LocalDate deadline = deadline(period);
    LocalDate start = windowFrom().atYear(deadline.getYear());
    return start.isAfter(deadline) ? windowFrom().atYear(deadline.getYear() - 1) : start;
  }

  @Override
  public final ImmutableSet<EventKind> eventKinds() {
    return ImmutableSet.of(EventKind.of(eventType()));
  }

  @Override
  public final ThresholdKind kind() {
    return ThresholdKind.BY_DATE;
  }

  @Override
  public final <R> R accept(Visitor<R> visitor) {
    return visitor.visit(this);
  }
}
