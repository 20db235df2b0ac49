package io.github.jindu;

import io.github.jindu.internal.CanonicalNames;
import java.util.Objects;
import java.util.Optional;
import java.util.regex.Pattern;
import org.jspecify.annotations.Nullable;

/**
 * The type of a dated event (事件类型), built in or declared by a criteria set: one of the {@link EventType}
 * constants ({@code inspection}, {@code prevention-activity}…), or a type a set declares for itself with an
 * {@link EventTypeDefinition} (a district's 评议, {@code creation-review}).
 *
 * <p>Examples: {@code EventKind.of(EventType.INSPECTION)} has the id {@code inspection};
 * {@code EventKind.declared("creation-review")} is a type only a set that declares it reads, and evidence with an
 * event of a type its set neither builds in nor declares is invalid ({@link RuleCode#EVENT_TYPE_UNKNOWN}).
 *
 * <p>An id is lower-case ASCII letters and digits in words joined by single hyphens, at most 64 characters
 * ({@code creation-review}, {@code patrol-2}); the built-in ids are the {@link EventType} constants in lower case
 * with hyphens ({@code RESPONSIBILITY_LETTER} is {@code responsibility-letter}), which no declared type may take.
 * Kinds are ordered by id.
 *
 * @implSpec This class is immutable and thread-safe.
 */
public final class EventKind implements Comparable<EventKind> {
  private static final Pattern ID = Pattern.compile("[a-z0-9]+(-[a-z0-9]+)*");

  private final String id;
  private final @Nullable EventType builtIn;

  private EventKind(String id, @Nullable EventType builtIn) {
    this.id = id;
    this.builtIn = builtIn;
  }

  /**
   * Returns the kind of a built-in event type.
   *
   * @param type the built-in type
   * @return its kind, whose id is the type's name in lower case with hyphens
   */
  public static EventKind of(EventType type) {
    Objects.requireNonNull(type, "type");
    return new EventKind(CanonicalNames.of(type), type);
  }

  /**
   * Returns the kind of an event type that a criteria set declares ({@link EventTypeDefinition}).
   *
   * @param id the type's id, such as {@code creation-review}
   * @return the kind
   * @throws InvalidCriteriaException if the id is not lower-case words joined by hyphens of at most 64 characters
   *     ({@link RuleCode#EVENT_TYPE_ID_MALFORMED}), or is the id of a built-in type
   *     ({@link RuleCode#EVENT_TYPE_BUILT_IN})
   */
  public static EventKind declared(String id) {
    Objects.requireNonNull(id, "id");
    if (id.length() > 64 || !ID.matcher(id).matches()) {
      throw InvalidCriteriaException.of(
          RuleCode.EVENT_TYPE_ID_MALFORMED, io.github.jindu.internal.Texts.escaped(id));
    }
    if (builtIn(id).isPresent()) {
      throw InvalidCriteriaException.of(RuleCode.EVENT_TYPE_BUILT_IN, id);
    }
    return new EventKind(id, null);
  }

  /**
   * Returns the kind of an id: the built-in type of that id if there is one, else a declared type.
   *
   * @param id a type's id, such as {@code inspection} or {@code creation-review}
   * @return the kind
   * @throws InvalidCriteriaException if the id is not built in and not well-formed
   *     ({@link RuleCode#EVENT_TYPE_ID_MALFORMED})
   */
  public static EventKind parse(String id) {
    Optional<EventType> type = builtIn(id);
    return type.isPresent() ? of(type.get()) : declared(id);
  }

  /**
   * Returns whether a text is a well-formed id of an event type (built in or not).
   *
   * @param id any text
   * @return true for lower-case ASCII words of letters and digits joined by single hyphens, at most 64 characters
   */
  public static boolean isWellFormed(String id) {
    return id.length() <= 64 && ID.matcher(id).matches();
  }

  private static Optional<EventType> builtIn(String id) {
    for (EventType t : EventType.values()) {
      if (CanonicalNames.of(t).equals(id)) {
        return Optional.of(t);
      }
    }
    return Optional.empty();
  }

  /** {@return the id, such as {@code inspection} or {@code creation-review}; the type's name in JSON} */
  public String id() {
    return id;
  }

  /** {@return the built-in type, or empty for a type a set declares} */
  public Optional<EventType> builtIn() {
    return Optional.ofNullable(builtIn);
  }

  /** {@return whether this is one of the built-in {@link EventType}s} */
  public boolean isBuiltIn() {
    return builtIn != null;
  }

  /**
   * Returns whether this is a given built-in type.
   *
   * @param type a built-in type
   * @return true exactly when this kind is that type
   */
  public boolean is(EventType type) {
    return builtIn == type;
  }

  /**
   * Compares by id.
   *
   * @param other another kind
   * @return the order of the ids, as strings
   */
  @Override
  public int compareTo(EventKind other) {
    return id.compareTo(other.id);
  }

  /**
   * Returns whether another object is a kind of the same id.
   *
   * @param other any object
   * @return true for an event kind of the same id
   */
  @Override
  public boolean equals(@Nullable Object other) {
    return other instanceof EventKind k && k.id.equals(id);
  }

  /** {@return the hash code of the id} */
  @Override
  public int hashCode() {
    return id.hashCode();
  }

  /** {@return the id} */
  @Override
  public String toString() {
    return id;
  }
}
