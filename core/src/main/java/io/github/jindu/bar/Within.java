package io.github.jindu.bar;

import com.google.common.collect.ImmutableSet;
import io.github.jindu.EventKind;
import io.github.jindu.EventType;
import io.github.jindu.InvalidCriteriaException;
import io.github.jindu.Outcome;
import io.github.jindu.RuleCode;
import org.immutables.value.Value;

/**
 * The bar {@code WITHIN(years)}: every listed sub-unit has an event of a type still in force on the period's last
 * day E. An event on day D is in force through {@code D.plusYears(years)}, as Chinese law computes a term (Civil
 * Code arts. 201-202: the day of the event is not counted, the term ends on the corresponding day, or on the
 * month's last day where there is none), so the sub-unit is covered iff {@code !D.plusYears(years).isBefore(E)}.
 *
 * <p>Example: 每两年签订一次禁毒工作责任书 (二(三)) is {@code Within.of(EventType.RESPONSIBILITY_LETTER, 2)}: for
 * 2025, a letter signed on 2023-12-31 or later covers its sub-unit; one signed on 2023-12-30 does not. An empty
 * sub-unit list is {@link Outcome#NOT_APPLICABLE}; an absent one, or an absent event list, is
 * {@link Outcome#NOT_ASSESSED}.
 *
 * @implSpec This class is immutable and thread-safe.
 */
@Value.Immutable(builder = false)
public abstract non-sealed class Within implements Threshold {
  Within() {}

  /**
   * Returns the bar.
   *
   * @param eventType the type of the events, each naming a sub-unit
   * @param years the term in years, at least 1
   * @return the bar
   * @throws InvalidCriteriaException if {@code years} is below 1
   */
  public static Within of(EventType eventType, int years) {
    return ImmutableWithin.of(eventType, years);
  }

  /** {@return the type of the events, each naming a sub-unit} */
  @Value.Parameter
  public abstract EventType eventType();

  /** {@return the term in years} */
  @Value.Parameter
  public abstract int years();

  @Value.Check
  void check() {
    if (years() < 1) {
      throw InvalidCriteriaException.of(RuleCode.WITHIN_TERM, years());
    }
  }

  @Override
  public final ImmutableSet<EventKind> eventKinds() {
    return ImmutableSet.of(EventKind.of(eventType()));
  }

  @Override
  public final ThresholdKind kind() {
    return ThresholdKind.WITHIN;
  }

  @Override
  public final <R> R accept(Visitor<R> visitor) {
    return visitor.visit(this);
  }
}
