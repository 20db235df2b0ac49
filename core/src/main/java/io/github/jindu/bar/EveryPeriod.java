package io.github.jindu.bar;

import static com.google.common.base.Preconditions.checkArgument;

import com.google.common.collect.ImmutableSet;
import com.google.common.collect.Sets;
import io.github.jindu.EventType;
import io.github.jindu.Outcome;
import java.util.Set;
import org.immutables.value.Value;

/**
 * The bar {@code EVERY_PERIOD(month / quarter / half-year)}: at least one event of a type (or of the types it
 * {@linkplain #alsoCounting() also counts}) in every calendar
 * month, quarter or half-year that lies wholly inside the assessment period. When none lies wholly inside it (a
 * period shorter than one), the criterion is {@link Outcome#NOT_APPLICABLE}. An absent event list is
 * {@link Outcome#NOT_ASSESSED}; a present one is the complete record, so a missing month is not met.
 *
 * <p>Example: 月月有活动 (二(五)) is {@code EveryPeriod.of(EventType.PREVENTION_ACTIVITY, Cadence.MONTH,
 * Set.of(EventType.PREVENTION_CAMPAIGN))}: for 2025, twelve months each need an activity, and a month whose only event
 * is the concentrated campaign is covered (a campaign is an activity too).
 *
 * @implSpec This class is immutable and thread-safe.
 */
@Value.Immutable(builder = false)
public abstract non-sealed class EveryPeriod implements Threshold {
  EveryPeriod() {}

  /**
   * Returns the bar, counting events of one type only.
   *
   * @param eventType the type of the qualifying events
   * @param cadence the calendar periods that must each have one
   * @return the bar
   */
  public static EveryPeriod of(EventType eventType, Cadence cadence) {
    return of(eventType, cadence, Set.of());
  }

  /**
   * Returns the bar, counting events of a type and of other types that are also such events (月月有活动 counts a
   * concentrated campaign: a campaign is a prevention activity too, docs/spec/criteria.md revision 2).
   *
   * @param eventType the type of the qualifying events
   * @param cadence the calendar periods that must each have one
   * @param alsoCounting other event types whose events qualify as well; {@code eventType} itself may not be among
   *     them
   * @return the bar
   * @throws IllegalArgumentException if {@code alsoCounting} contains {@code eventType}
   */
  public static EveryPeriod of(EventType eventType, Cadence cadence, Set<EventType> alsoCounting) {
    checkArgument(
        !alsoCounting.contains(eventType), "%s is already the bar's event type", eventType);
    return ImmutableEveryPeriod.of(eventType, cadence, Sets.immutableEnumSet(alsoCounting));
  }

  /** {@return the type of the qualifying events} */
  @Value.Parameter
  public abstract EventType eventType();

  /** {@return the calendar periods that must each have a qualifying event} */
  @Value.Parameter
  public abstract Cadence cadence();

  /** {@return the other event types whose events qualify too, in declaration order; usually none} */
  @Value.Parameter
  public abstract ImmutableSet<EventType> alsoCounting();

  /** {@return every event type whose events qualify: {@link #eventType()} then {@link #alsoCounting()}} */
  public final ImmutableSet<EventType> countedTypes() {
    return ImmutableSet.<EventType>builder().add(eventType()).addAll(alsoCounting()).build();
  }

  @Override
  public final ThresholdKind kind() {
    return ThresholdKind.EVERY_PERIOD;
  }

  @Override
  public final <R> R accept(Visitor<R> visitor) {
    return visitor.visit(this);
  }
}
