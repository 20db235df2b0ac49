package io.github.jindu.bar;

import io.github.jindu.EventType;
import io.github.jindu.Outcome;

import java.time.MonthDay;
import org.immutables.value.Value;

/**
 * The bar {@code BY_DATE(month-day)}: an event of a type no later than a day of the assessment year, inclusive.
 * The deadline is the first occurrence of the month-day on or after the period's first day; when it does not fall
 * in the period (a period of a few months that misses it), the criterion is {@link Outcome#NOT_APPLICABLE}.
 *
 * <p>Example: 年初有计划 (二(五)) is {@code ByDate.of(EventType.PREVENTION_PLAN, MonthDay.of(3, 31))}: the policy
 * leaves 年初 ("the start of the year") undefined; Jindu reads it as "by 31 March" by default (see docs). A plan
 * adopted on 2025-03-31 is met, on 2025-04-01 not.
 *
 * @implSpec This class is immutable and thread-safe.
 */
@Value.Immutable(builder = false)
public abstract non-sealed class ByDate implements Threshold {
  ByDate() {}

  /**
   * Returns the bar.
   *
   * @param eventType the type of the qualifying event
   * @param deadline the last day, inclusive, in the year of the period's first day
   * @return the bar
   */
  public static ByDate of(EventType eventType, MonthDay deadline) {
    return ImmutableByDate.of(eventType, deadline);
  }

  /** {@return the type of the qualifying event} */
  @Value.Parameter
  public abstract EventType eventType();

  /** {@return the deadline, inclusive} */
  @Value.Parameter
  public abstract MonthDay deadline();

  @Override
  public final ThresholdKind kind() {
    return ThresholdKind.BY_DATE;
  }

  @Override
  public final <R> R accept(Visitor<R> visitor) {
    return visitor.visit(this);
  }
}
