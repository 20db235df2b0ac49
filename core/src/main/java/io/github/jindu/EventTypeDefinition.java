package io.github.jindu;

import io.github.jindu.internal.Builders;
import io.github.jindu.internal.Texts;
import java.util.Optional;
import org.immutables.value.Value;

/**
 * An event type that a criteria set declares for itself (自定义事件类型), beside the built-in {@link EventType}s: its
 * id, its names, and what an event of it carries. A set reads events of a declared type with its bars
 * ({@link io.github.jindu.bar.EveryPeriod}); evidence assessed on the
 * set may hold events of the type, and evidence with an event of a type the set neither builds in nor declares is
 * invalid ({@link RuleCode#EVENT_TYPE_UNKNOWN}).
 *
 * <p>Example: a district's 创建工作评议 (a creation review, held twice a year):
 * {@code EventTypeDefinition.builder().id("creation-review").chineseName("创建工作评议").englishName("creation
 * review").build()}; a 踏查 (patrol) of a village, which names it: {@code ….id("patrol").namesSubunit(true)}.
 *
 * @implSpec This class is immutable and thread-safe.
 */
@Value.Immutable
public abstract class EventTypeDefinition {
  EventTypeDefinition() {}

  /**
   * Returns a new builder.
   *
   * @return an empty builder; {@code id}, {@code chineseName} and {@code englishName} are required
   */
  public static Builder builder() {
    return new Builder();
  }

  /** {@return the id, such as {@code creation-review}: lower-case words joined by hyphens, not a built-in id} */
  public abstract String id();

  /** {@return the Chinese name, such as 创建工作评议} */
  public abstract String chineseName();

  /** {@return the name in Traditional characters, or empty if the set gives none (a report says so)} */
  public abstract Optional<String> traditionalChineseName();

  /** {@return the English name, such as "creation review"} */
  public abstract String englishName();

  /**
   * Returns whether an event of this type may list the settings it reached (七进), as a prevention activity does.
   *
   * @return true if it may; by default false, and an event of it with settings is invalid evidence
   *     ({@link RuleCode#EVENT_SETTINGS_NOT_CARRIED})
   */
  @Value.Default
  public boolean carriesSettings() {
    return false;
  }

  /**
   * Returns whether every event of this type must name the sub-unit it concerns, as a responsibility letter does.
   *
   * @return true if it must (an event without one is invalid evidence, {@link RuleCode#EVENT_WITHOUT_SUBUNIT}); by
   *     default false, and an event may still name the sub-unit where it took place
   */
  @Value.Default
  public boolean namesSubunit() {
    return false;
  }

  /** {@return the kind of the events of this type, {@code EventKind.declared(id())}} */
  public final EventKind kind() {
    return EventKind.declared(id());
  }

  @Value.Check
  void check() {
    if (Texts.isBlank(id())
        || Texts.isBlank(chineseName())
        || Texts.isBlank(englishName())
        || traditionalChineseName().filter(Texts::isBlank).isPresent()) {
      throw InvalidCriteriaException.of(RuleCode.ENTRY_NAMES_BLANK, id());
    }
    EventKind.declared(id());
  }

  /** A builder of {@link EventTypeDefinition}. */
  public static final class Builder extends ImmutableEventTypeDefinition.Builder {
    Builder() {}

    /**
     * Builds the value.
     *
     * @return the definition
     * @throws MissingAttributeException if a required attribute was not set, naming them
     * @throws InvalidCriteriaException if a name is blank ({@link RuleCode#ENTRY_NAMES_BLANK}) or the id is not
     *     an id of a declared type ({@link RuleCode#EVENT_TYPE_ID_MALFORMED}, {@link RuleCode#EVENT_TYPE_BUILT_IN})
     */
    @Override
    public EventTypeDefinition build() {
      return Builders.build(super::build, "EventTypeDefinition");
    }
  }
}
