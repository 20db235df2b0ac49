package io.github.jindu.bar;

import com.google.common.collect.ImmutableSet;
import io.github.jindu.AssessmentPeriod;
import io.github.jindu.EventKind;
import io.github.jindu.InvalidCriteriaException;
import io.github.jindu.Outcome;
import io.github.jindu.RuleCode;
import java.time.LocalDate;
import java.time.Month;
import java.time.YearMonth;
import java.util.Optional;
import org.immutables.value.Value;

/**
 * The bar {@code AT_LEAST_EVENTS(n)}: at least {@code n} events of a type (built in or declared by the set) dated in
 * the assessment period, or in a window of calendar months of it, both ends inclusive ("不少于", "以上": n itself
 * meets the bar).
 *
 * <p>Examples: 2月至9月至少6次踏查 is {@code AtLeastEvents.inMonths(EventKind.declared("patrol"), 6, Month.FEBRUARY,
 * Month.SEPTEMBER)}: for 2025, six patrols dated 1 February to 30 September 2025 are met, five are not, and a
 * patrol of 1 October does not count. 全年至少开展4次评议 is
 * {@code AtLeastEvents.inPeriod(EventKind.declared("creation-review"), 4)}.
 *
 * <p>The window is the months {@link #windowFrom()} to {@link #windowTo()} of the first calendar year whose window
 * lies wholly inside the period (for a period of one calendar year, that year's); a period that holds no whole
 * window makes the criterion {@link Outcome#NOT_APPLICABLE}. A window does not wrap round the year's end (November
 * to February is refused): write two criteria. An absent event list is {@link Outcome#NOT_ASSESSED}; a present one
 * is the complete record.
 *
 * @implSpec This class is immutable and thread-safe.
 */
@Value.Immutable(builder = false)
public abstract non-sealed class AtLeastEvents implements Threshold {
  AtLeastEvents() {}

  /**
   * Returns the bar on the events of the whole period.
   *
   * @param eventKind the type of the events counted
   * @param atLeast how many there must be at least, 1 or more
   * @return the bar
   * @throws InvalidCriteriaException if {@code atLeast} is below 1 ({@link RuleCode#EVENTS_AT_LEAST_BELOW_ONE})
   */
  public static AtLeastEvents inPeriod(EventKind eventKind, long atLeast) {
    return ImmutableAtLeastEvents.of(eventKind, atLeast, Optional.empty(), Optional.empty());
  }

  /**
   * Returns the bar on the events of a window of months, both inclusive: February to September is 1 February to 30
   * September.
   *
   * @param eventKind the type of the events counted
   * @param atLeast how many there must be at least, 1 or more
   * @param from the window's first month
   * @param to the window's last month, not before {@code from}
   * @return the bar
   * @throws InvalidCriteriaException if {@code atLeast} is below 1 ({@link RuleCode#EVENTS_AT_LEAST_BELOW_ONE}) or
   *     {@code to} is before {@code from} ({@link RuleCode#WINDOW_REVERSED})
   */
  public static AtLeastEvents inMonths(EventKind eventKind, long atLeast, Month from, Month to) {
    return ImmutableAtLeastEvents.of(eventKind, atLeast, Optional.of(from), Optional.of(to));
  }

  /** {@return the type of the events counted} */
  @Value.Parameter
  public abstract EventKind eventKind();

  /** {@return how many events there must be at least (inclusive), 1 or more} */
  @Value.Parameter
  public abstract long atLeast();

  /** {@return the window's first month; empty when the whole period counts} */
  @Value.Parameter
  public abstract Optional<Month> windowFrom();

  /** {@return the window's last month, inclusive; empty when the whole period counts} */
  @Value.Parameter
  public abstract Optional<Month> windowTo();

  /**
   * Returns the days whose events count in a period.
   *
   * @param period the assessment period
   * @return the first and last day, inclusive: the period itself without a window; with one, the window of the
   *     first calendar year in which it lies wholly inside the period; empty when it lies in none
   */
  public final Optional<Days> days(AssessmentPeriod period) {
    if (windowFrom().isEmpty()) {
      return Optional.of(new Days(period.start(), period.end()));
    }
    for (int year = period.start().getYear(); year <= period.end().getYear(); year++) {
      LocalDate first = LocalDate.of(year, windowFrom().get(), 1);
      LocalDate last = YearMonth.of(year, windowTo().orElseThrow()).atEndOfMonth();
      if (!first.isBefore(period.start()) && !last.isAfter(period.end())) {
        return Optional.of(new Days(first, last));
      }
    }
    return Optional.empty();
  }

  /**
   * The days whose events count, both inclusive.
   *
   * @param first the first day
   * @param last the last day, not before {@code first}
   */
  public record Days(LocalDate first, LocalDate last) {
    /**
     * Checks the days.
     *
     * @param first the first day
     * @param last the last day, not before {@code first}
     * @throws IllegalArgumentException if {@code last} is before {@code first}
     */
    public Days {
      if (last.isBefore(first)) {
        throw new IllegalArgumentException(
            "last (" + last + ") must not be before first (" + first + ")");
      }
    }
  }

  @Value.Check
  void check() {
    if (atLeast() < 1) {
      throw InvalidCriteriaException.of(RuleCode.EVENTS_AT_LEAST_BELOW_ONE, atLeast());
    }
    if (windowFrom().isPresent() != windowTo().isPresent()) {
      throw new IllegalArgumentException(
          "windowFrom and windowTo must be both present or both absent");
    }
    if (windowFrom().isPresent() && windowTo().get().compareTo(windowFrom().get()) < 0) {
      throw InvalidCriteriaException.of(
          RuleCode.WINDOW_REVERSED, windowFrom().get().getValue(), windowTo().get().getValue());
    }
  }

  @Override
  public final ThresholdKind kind() {
    return ThresholdKind.AT_LEAST_EVENTS;
  }

  @Override
  public final ImmutableSet<EventKind> eventKinds() {
    return ImmutableSet.of(eventKind());
  }

  @Override
  public final <R> R accept(Visitor<R> visitor) {
    return visitor.visit(this);
  }
}
