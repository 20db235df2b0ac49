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
 * <p>Only a {@link EventType#PREVENTION_ACTIVITY} carries settings (七进), and only a
 * {@link EventType#RESPONSIBILITY_LETTER} names a sub-unit, which it must; evidence that breaks this is invalid.
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
   * @return an empty builder; {@code type} and {@code date} are required
   */
  public static Builder builder() {
    return new Builder();
  }

  /** {@return what happened} */
  public abstract EventType type();

  /** {@return the day it happened} */
  public abstract LocalDate date();

  /** {@return the settings an activity reached (七进), in the order of {@link Setting}; empty for other events} */
  public abstract ImmutableSet<Setting> settings();

  /** {@return the id of the sub-unit a responsibility letter was signed with; empty for other events} */
  public abstract Optional<String> subunitId();

  /** A builder of {@link Event}. */
  public static final class Builder extends ImmutableEvent.Builder {
    Builder() {}

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
