package io.github.jindu;

import com.google.common.collect.ImmutableSet;
import io.github.jindu.internal.Builders;
import java.time.LocalDate;
import java.util.Optional;
import org.immutables.value.Value;

/**
 * A dated event of the period: a plan adopted, an activity held, an inspection made, a letter signed.
 *
 * <p>Examples: {@code Event.of(EventType.INSPECTION, LocalDate.of(2025, 3, 20))};
 * {@code Event.activity(LocalDate.of(2025, 1, 14), Setting.COMMUNITY, Setting.FAMILY)};
 * {@code Event.letter(LocalDate.of(2024, 3, 2), "310199-001-01")}.
 *
 * <p>Of the built-in types only a {@link EventType#PREVENTION_ACTIVITY} carries settings (七进), and a
 * {@link EventType#RESPONSIBILITY_LETTER} must name a sub-unit; a type a criteria set declares
 * ({@link EventTypeDefinition}) says for itself. Evidence that breaks this is invalid.
 *
 * @implSpec This class is immutable and thread-safe.
 */
@Value.Immutable
public abstract class Event {
  Event() {}

  /**
   * Returns an event with neither settings nor sub-unit.
   *
   * @param type what happened
   * @param date the day it happened
   * @return the event
   */
  public static Event of(EventType type, LocalDate date) {
    return builder().type(type).date(date).build();
  }

  /**
   * Returns an event of a built-in or declared type with neither settings nor sub-unit.
   *
   * @param kind what happened, such as {@code EventKind.declared("creation-review")}
   * @param date the day it happened
   * @return the event
   */
  public static Event of(EventKind kind, LocalDate date) {
    return builder().kind(kind).date(date).build();
  }

  /**
   * Returns a prevention activity ({@link EventType#PREVENTION_ACTIVITY}) that reached some of the seven settings.
   *
   * @param date the day it was held
   * @param settings the settings it reached (七进)
   * @return the event
   */
  public static Event activity(LocalDate date, Setting... settings) {
    return builder().type(EventType.PREVENTION_ACTIVITY).date(date).addSettings(settings).build();
  }

  /**
   * Returns a responsibility letter ({@link EventType#RESPONSIBILITY_LETTER}) signed with a sub-unit.
   *
   * @param date the day it was signed; may be before the period
   * @param subunit the id of the sub-unit that signed it
   * @return the event
   */
  public static Event letter(LocalDate date, String subunit) {
    return builder().type(EventType.RESPONSIBILITY_LETTER).date(date).subunitId(subunit).build();
  }

  /**
   * Returns a new builder.
   *
   * @return an empty builder; {@code kind} (or {@code type}) and {@code date} are required
   */
  public static Builder builder() {
    return new Builder();
  }

  /** {@return what happened: a built-in type, or one the criteria set declares} */
  public abstract EventKind kind();

  /**
   * Returns the built-in type of the event.
   *
   * @return what happened
   * @throws IllegalStateException if the event is of a type a criteria set declares (use {@link #kind()})
   */
  public final EventType type() {
    return kind()
        .builtIn()
        .orElseThrow(
            () ->
                new IllegalStateException(
                    "event of " + date() + " is of the declared type " + kind().id()));
  }

  /** {@return the day it happened} */
  public abstract LocalDate date();

  /**
   * Returns the settings an activity reached (七进), in the order of {@link Setting}; empty for other events (an
   * event of a declared type that {@linkplain EventTypeDefinition#carriesSettings() carries settings} may have
   * them too).
   *
   * @return the settings
   */
  public abstract ImmutableSet<Setting> settings();

  /**
   * Returns the id of the sub-unit the event concerns: the one a responsibility letter was signed with, or where an
   * activity took place.
   *
   * @return the id, or empty when the event names none
   */
  public abstract Optional<String> subunitId();

  /** A builder of {@link Event}. */
  public static final class Builder extends ImmutableEvent.Builder {
    Builder() {}

    /**
     * Sets a built-in type: the same as {@code kind(EventKind.of(type))}.
     *
     * @param type what happened
     * @return this builder
     * @throws IllegalStateException if the kind was set already
     */
    public Builder type(EventType type) {
      kind(EventKind.of(type));
      return this;
    }

    /**
     * Builds the value.
     *
     * @return the event
     * @throws MissingAttributeException if a required attribute was not set, naming them
     */
    @Override
    public Event build() {
      return Builders.build(super::build, "Event");
    }
  }
}
