package io.github.jindu.bar;

import static com.google.common.base.Preconditions.checkArgument;

import com.google.common.collect.ImmutableSet;
import com.google.common.collect.Sets;
import io.github.jindu.EventKind;
import io.github.jindu.EventType;
import io.github.jindu.Outcome;
import java.util.Collection;
import java.util.Set;
import java.util.stream.Collectors;
import org.immutables.value.Value;

/**
 * The bar {@code EVERY_PERIOD(month / quarter / half-year / year)}: at least one event of a type (or of the types
 * it {@linkplain #alsoCountingKinds() also counts}), built in or declared by the set, in every calendar month,
 * quarter, half-year or year that lies wholly inside the assessment period (每月, 每季度, 每半年, 每年). When none lies wholly inside it (a
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
   * Returns the bar, counting events of one built-in type only.
   *
   * @param eventType the type of the qualifying events
   * @param cadence the calendar periods that must each have one
   * @return the bar
   */
  public static EveryPeriod of(EventType eventType, Cadence cadence) {
    return of(EventKind.of(eventType), cadence, Set.of());
  }

  /**
   * Returns the bar, counting events of a built-in type and of other built-in types that are also such events
   * (月月有活动 counts a concentrated campaign: a campaign is a prevention activity too, docs/spec/criteria.md
   * revision 2).
   *
   * @param eventType the type of the qualifying events
   * @param cadence the calendar periods that must each have one
   * @param alsoCounting other event types whose events qualify as well; {@code eventType} itself may not be among
   *     them
   * @return the bar
   * @throws IllegalArgumentException if {@code alsoCounting} contains {@code eventType}
   */
  public static EveryPeriod of(EventType eventType, Cadence cadence, Set<EventType> alsoCounting) {
    return of(
        EventKind.of(eventType),
        cadence,
        alsoCounting.stream().sorted().map(EventKind::of).collect(ImmutableSet.toImmutableSet()));
  }

  /**
   * Returns the bar on events of any kind, built in or declared by the set
   * ({@link io.github.jindu.EventTypeDefinition}): {@code EveryPeriod.of(EventKind.declared("creation-review"),
   * Cadence.HALF_YEAR, Set.of())} is 每半年评议一次.
   *
   * @param eventKind the type of the qualifying events
   * @param cadence the calendar periods that must each have one
   * @param alsoCounting other event types whose events qualify as well, kept in the order given; {@code eventKind}
   *     itself may not be among them
   * @return the bar
   * @throws IllegalArgumentException if {@code alsoCounting} contains {@code eventKind}
   */
  public static EveryPeriod of(
      EventKind eventKind, Cadence cadence, Collection<EventKind> alsoCounting) {
    ImmutableSet<EventKind> also = ImmutableSet.copyOf(alsoCounting);
    checkArgument(!also.contains(eventKind), "%s is already the bar's event type", eventKind);
    return ImmutableEveryPeriod.of(eventKind, cadence, also);
  }

  /** {@return the type of the qualifying events, built in or declared} */
  @Value.Parameter
  public abstract EventKind eventKind();

  /** {@return the calendar periods that must each have a qualifying event} */
  @Value.Parameter
  public abstract Cadence cadence();

  /** {@return the other event types whose events qualify too, built in or declared; usually none} */
  @Value.Parameter
  public abstract ImmutableSet<EventKind> alsoCountingKinds();

  /**
   * Returns the built-in type of the qualifying events.
   *
   * @return the type
   * @throws IllegalStateException if it is a type the set declares (use {@link #eventKind()})
   */
  public final EventType eventType() {
    return builtIn(eventKind());
  }

  /**
   * Returns the other built-in types whose events qualify too.
   *
   * @return the types, in declaration order of {@link EventType}
   * @throws IllegalStateException if one is a type the set declares (use {@link #alsoCountingKinds()})
   */
  public final ImmutableSet<EventType> alsoCounting() {
    return Sets.immutableEnumSet(
        alsoCountingKinds().stream().map(EveryPeriod::builtIn).collect(Collectors.toList()));
  }

  /**
   * Returns every built-in type whose events qualify: {@link #eventType()} then {@link #alsoCounting()}.
   *
   * @return the types
   * @throws IllegalStateException if one is a type the set declares (use {@link #countedKinds()})
   */
  public final ImmutableSet<EventType> countedTypes() {
    return ImmutableSet.<EventType>builder().add(eventType()).addAll(alsoCounting()).build();
  }

  /** {@return every event type whose events qualify: {@link #eventKind()} then {@link #alsoCountingKinds()}} */
  public final ImmutableSet<EventKind> countedKinds() {
    return ImmutableSet.<EventKind>builder().add(eventKind()).addAll(alsoCountingKinds()).build();
  }

  @Override
  public final ImmutableSet<EventKind> eventKinds() {
    return countedKinds();
  }

  private static EventType builtIn(EventKind kind) {
    return kind.builtIn()
        .orElseThrow(() -> new IllegalStateException("declared event type " + kind.id()));
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
