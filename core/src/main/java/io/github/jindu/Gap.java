package io.github.jindu;

import com.google.common.collect.ImmutableList;
import com.google.common.collect.ImmutableSet;
import java.time.LocalDate;
import java.util.Objects;

/**
 * The smallest change to the evidence that would meet an unmet bar (差距分析, docs/evidence-format.md,
 * "Result, revision 2": {@code gap}), in the evidence's own units: so many more of a count, at most so many of a
 * count, the calendar periods still uncovered, the settings still missing, the sub-units still needing a letter,
 * the latest date that would do. It is exact: applying it meets the bar, and one less does not
 * (docs/spec/boundaries.md, "Gap exactness").
 *
 * <p>Example: the sample town's {@code rehabilitation.urine-test-count} (979 of 1,104 tests done, at least 90 %)
 * has the gap {@code new More(urine-test.tests-done, 15)}: 994 of 1,104 is 90.04 %, 993 is 89.95 %.
 *
 * @implSpec Implementations are immutable and thread-safe records; their constructors check their invariants and
 *     throw {@link IllegalArgumentException} naming the field.
 */
public sealed interface Gap
    permits Gap.More,
        Gap.Fewer,
        Gap.Periods,
        Gap.Settings,
        Gap.Letters,
        Gap.LatestDate,
        Gap.MoreEvents,
        Gap.SampleShort {

  /**
   * So many more of a count, every other figure as it is (a share's part with its whole fixed; a count that must
   * rise above last period's).
   *
   * @param metric the count to raise, such as {@code urine-test.tests-done}
   * @param amount how many more, at least 1
   */
  record More(MetricKey metric, long amount) implements Gap {
    /**
     * Checks the gap.
     *
     * @param metric the count to raise
     * @param amount how many more, at least 1
     * @throws IllegalArgumentException if {@code amount} is below 1
     */
    public More {
      Objects.requireNonNull(metric, "metric");
      if (amount < 1) {
        throw new IllegalArgumentException("amount (" + amount + ") must be at least 1");
      }
    }
  }

  /**
   * At most so many of a count, every other figure as it is (a rate's count with its base fixed; the cases at which
   * the unit would be the district's lowest; a count that must be 0).
   *
   * @param metric the count to lower, such as {@code users.new}
   * @param atMost the largest value that would meet the bar, at least 0
   */
  record Fewer(MetricKey metric, long atMost) implements Gap {
    /**
     * Checks the gap.
     *
     * @param metric the count to lower
     * @param atMost the largest value that would meet the bar, at least 0
     * @throws IllegalArgumentException if {@code atMost} is negative
     */
    public Fewer {
      Objects.requireNonNull(metric, "metric");
      if (atMost < 0) {
        throw new IllegalArgumentException("atMost (" + atMost + ") must not be negative");
      }
    }
  }

  /**
   * The calendar periods of a schedule (每月, 每季度, 每半年) that still need a qualifying event.
   *
   * @param uncovered the periods, in order, at least one
   */
  record Periods(ImmutableList<CalendarPeriod> uncovered) implements Gap {
    /**
     * Checks the gap.
     *
     * @param uncovered the periods, in order, at least one
     * @throws IllegalArgumentException if there is none
     */
    public Periods {
      if (uncovered.isEmpty()) {
        throw new IllegalArgumentException("uncovered must not be empty");
      }
    }
  }

  /**
   * The settings (社区, 学校, 家庭…) that an activity must still reach.
   *
   * @param missing the settings, in the order of {@link Setting}, at least one
   */
  record Settings(ImmutableSet<Setting> missing) implements Gap {
    /**
     * Checks the gap.
     *
     * @param missing the settings, at least one
     * @throws IllegalArgumentException if there is none
     */
    public Settings {
      if (missing.isEmpty()) {
        throw new IllegalArgumentException("missing must not be empty");
      }
    }
  }

  /**
   * The sub-units that still need a responsibility letter (责任书) in force to the period's end, each with its newest
   * letter, if any.
   *
   * @param lapses the sub-units, in order of sub-unit id, at least one
   */
  record Letters(ImmutableList<Observation.Lapse> lapses) implements Gap {
    /**
     * Checks the gap.
     *
     * @param lapses the sub-units, at least one
     * @throws IllegalArgumentException if there is none
     */
    public Letters {
      if (lapses.isEmpty()) {
        throw new IllegalArgumentException("lapses must not be empty");
      }
    }
  }

  /**
   * The latest date a qualifying event (a plan, say) could carry and still meet the bar.
   *
   * @param latest the date, inclusive
   */
  record LatestDate(LocalDate latest) implements Gap {
    /**
     * Checks the gap.
     *
     * @param latest the date, inclusive
     */
    public LatestDate {
      Objects.requireNonNull(latest, "latest");
    }
  }

  /**
   * So many more events of a type, dated in the days that count (an {@link io.github.jindu.bar.AtLeastEvents}
   * bar): two more patrols from 1 February to 30 September 2025.
   *
   * @param eventKind the type of the events
   * @param amount how many more, at least 1
   * @param first the first day an added event may carry, inclusive
   * @param last the last day an added event may carry, inclusive
   */
  record MoreEvents(EventKind eventKind, long amount, LocalDate first, LocalDate last)
      implements Gap {
    /**
     * Checks the gap.
     *
     * @param eventKind the type of the events
     * @param amount how many more, at least 1
     * @param first the first day an added event may carry, inclusive
     * @param last the last day an added event may carry, inclusive
     * @throws IllegalArgumentException if {@code amount} is below 1 or {@code last} is before {@code first}
     */
    public MoreEvents {
      Objects.requireNonNull(eventKind, "eventKind");
      if (amount < 1) {
        throw new IllegalArgumentException("amount (" + amount + ") must be at least 1");
      }
      if (last.isBefore(first)) {
        throw new IllegalArgumentException(
            "last (" + last + ") must not be before first (" + first + ")");
      }
    }
  }

  /**
   * A sample (抽查) short of its bar (an {@link io.github.jindu.bar.Sample} bar): so many more units to sample, each
   * found passing, and so many of the failures above those allowed to be turned into passes (rechecked after being put
   * right); each is one unit of the criterion's shortfall. 还需抽查 1 个单位；超出允许的不合格 2 个.
   *
   * <p>Example: {@code new SampleShort(1, 0)}: 3 of the 4 schools required were sampled, none failed.
   *
   * @param moreUnits how many more units to sample, {@code max(0, required − sampled)}, at least 0
   * @param failuresOver how many failures are above those allowed, {@code max(0, failures − failuresAtMost)}, at
   *     least 0; not both 0
   */
  record SampleShort(long moreUnits, long failuresOver) implements Gap {
    /**
     * Checks the gap.
     *
     * @param moreUnits how many more units to sample, at least 0
     * @param failuresOver how many failures are above those allowed, at least 0; not both 0
     * @throws IllegalArgumentException if either is negative, or both are 0
     */
    public SampleShort {
      if (moreUnits < 0 || failuresOver < 0 || moreUnits == 0 && failuresOver == 0) {
        throw new IllegalArgumentException(
            "moreUnits ("
                + moreUnits
                + ") and failuresOver ("
                + failuresOver
                + ") must not be negative, nor both 0");
      }
    }

    /** {@return the units of shortfall: {@code moreUnits + failuresOver}, saturating at {@link Long#MAX_VALUE}} */
    public long shortfall() {
      long sum = moreUnits + failuresOver;
      return sum < 0 ? Long.MAX_VALUE : sum;
    }
  }
}
