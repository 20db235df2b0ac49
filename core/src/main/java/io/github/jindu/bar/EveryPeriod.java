package io.github.jindu.bar;

import io.github.jindu.EventType;
import io.github.jindu.Outcome;

import org.immutables.value.Value;

/**
 * The bar {@code EVERY_PERIOD(month / quarter / half-year)}: at least one event of a type in every calendar
 * month, quarter or half-year that lies wholly inside the assessment period. When none lies wholly inside it (a
 * period shorter than one), the criterion is {@link Outcome#NOT_APPLICABLE}. An absent event list is
 * {@link Outcome#NOT_ASSESSED}; a present one is the complete record, so a missing month is not met.
 *
 * <p>Example: 月月有活动 (二(五)) is {@code EveryPeriod.of(EventType.PREVENTION_ACTIVITY, Cadence.MONTH)}: for
 * 2025, twelve months each need an activity.
 *
 * @implSpec This class is immutable and thread-safe.
 */
@Value.Immutable(builder = false)
public abstract non-sealed class EveryPeriod implements Threshold {
  EveryPeriod() {}

  /**
   * Returns the bar.
   *
   * @param eventType the type of the qualifying events
   * @param cadence the calendar periods each needing one
   * @return the bar
   */
  public static EveryPeriod of(EventType eventType, Cadence cadence) {
    return ImmutableEveryPeriod.of(eventType, cadence);
  }

  /** {@return the type of the qualifying events} */
  @Value.Parameter
  public abstract EventType eventType();

  /** {@return the calendar periods each needing an event} */
  @Value.Parameter
  public abstract Cadence cadence();

  @Override
  public final ThresholdKind kind() {
    return ThresholdKind.EVERY_PERIOD;
  }

  @Override
  public final <R> R accept(Visitor<R> visitor) {
    return visitor.visit(this);
  }
}
