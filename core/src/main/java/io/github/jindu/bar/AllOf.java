package io.github.jindu.bar;

import com.google.common.collect.ImmutableSet;
import io.github.jindu.EventKind;
import io.github.jindu.EventType;
import io.github.jindu.InvalidCriteriaException;
import io.github.jindu.RuleCode;
import io.github.jindu.Setting;
import org.immutables.value.Value;

/**
 * The bar {@code ALL_OF(set)}: the events of a type in the period together reach every member of a required set
 * of settings.
 *
 * <p>Example: “七进” (二(五)) is {@code AllOf.of(EventType.PREVENTION_ACTIVITY, EnumSet.allOf(Setting.class))}:
 * activities that reached six of the seven settings are not met.
 *
 * @implSpec This class is immutable and thread-safe.
 */
@Value.Immutable(builder = false)
public abstract non-sealed class AllOf implements Threshold {
  AllOf() {}

  /**
   * Returns the bar.
   *
   * @param eventType the type of the events whose settings count
   * @param required the settings that must all be reached; at least one
   * @return the bar
   * @throws InvalidCriteriaException if {@code required} is empty
   */
  public static AllOf of(EventType eventType, Iterable<Setting> required) {
    return ImmutableAllOf.of(eventType, required);
  }

  /** {@return the type of the events whose settings count} */
  @Value.Parameter
  public abstract EventType eventType();

  /** {@return the settings that must all be reached, in the order of {@link Setting}} */
  @Value.Parameter
  public abstract ImmutableSet<Setting> required();

  @Value.Check
  void check() {
    if (required().isEmpty()) {
      throw InvalidCriteriaException.of(RuleCode.ALL_OF_EMPTY);
    }
  }

  @Override
  public final ImmutableSet<EventKind> eventKinds() {
    return ImmutableSet.of(EventKind.of(eventType()));
  }

  @Override
  public final ThresholdKind kind() {
    return ThresholdKind.ALL_OF;
  }

  @Override
  public final <R> R accept(Visitor<R> visitor) {
    return visitor.visit(this);
  }
}
