package io.github.jindu;

import com.google.common.collect.ImmutableList;
import com.google.common.collect.ImmutableSet;
import io.github.jindu.internal.CanonicalNames;
import java.math.BigInteger;
import java.time.LocalDate;
import java.util.Objects;
import java.util.Optional;
import java.util.OptionalLong;

/**
 * What an assessment observed for one criterion, as exact data: integers, dates, ids, never a rounded figure or a
 * sentence. One record per kind of bar; renderers (the JSON codec, the reports) write it in words and figures.
 *
 * <p>Example: the sample town's {@code rehabilitation.urine-test-count} observed
 * {@code new ShareObservation(979, 1104)}: 979 tests done of 1,104 due.
 *
 * @implSpec Implementations are immutable and thread-safe records; their constructors check their invariants and
 *     throw {@link IllegalArgumentException} naming the field.
 */
public sealed interface Observation
    permits Observation.ShareObservation,
        Observation.RateObservation,
        Observation.CountObservation,
        Observation.IncreaseObservation,
        Observation.ShareIncreaseObservation,
        Observation.ScheduleObservation,
        Observation.SettingsObservation,
        Observation.LettersObservation,
        Observation.DateObservation,
        Observation.PeerObservation,
        Observation.AttestationObservation,
        Observation.EventCountObservation,
        Observation.PeerAverageObservation,
        Observation.SampleObservation {

  /**
   * Returns the kind of observation.
   *
   * @return the kind, matching this object's class
   */
  ObservationKind kind();

  private static void nonNegative(String field, long value) {
    if (value < 0) {
      throw new IllegalArgumentException(field + " (" + value + ") must not be negative");
    }
  }

  private static void partOfWhole(String part, long p, String whole, long w) {
    nonNegative(part, p);
    nonNegative(whole, w);
    if (p > w) {
      throw new IllegalArgumentException(
          part + " (" + p + ") must not exceed " + whole + " (" + w + ")");
    }
  }

  /**
   * A share {@code part / whole} (a {@link io.github.jindu.bar.MinShare} bar): a share in [0, 1], or nothing to
   * measure when {@code whole} is 0 ({@link Outcome#NOT_APPLICABLE}).
   *
   * @param part the count of the part (reached, tested, found…), at least 0
   * @param whole the count of the whole, at least {@code part}
   */
  record ShareObservation(long part, long whole) implements Observation {
    /**
     * Checks the share.
     *
     * @param part the count of the part (reached, tested, found…), at least 0
     * @param whole the count of the whole, at least {@code part}
     * @throws IllegalArgumentException if a count is negative or the part exceeds the whole
     */
    public ShareObservation {
      partOfWhole("part", part, "whole", whole);
    }

    /** {@return {@link ObservationKind#SHARE}} */
    @Override
    public ObservationKind kind() {
      return ObservationKind.SHARE;
    }

    /** {@return the exact share, or empty when the whole is 0} */
    public Optional<Ratio> share() {
      return whole == 0 ? Optional.empty() : Optional.of(Ratio.of(part, whole));
    }
  }

  /**
   * A rate {@code count / base} (a {@link io.github.jindu.bar.MaxRate} bar), such as 4 new users in 84,210 people
   * (0.475 per 10,000).
   *
   * @param count the count (new users, cases…), at least 0
   * @param base the base (a number of people), at least 1
   */
  record RateObservation(long count, long base) implements Observation {
    /**
     * Checks the rate.
     *
     * @param count the count (new users, cases…), at least 0
     * @param base the base (a number of people), at least 1
     * @throws IllegalArgumentException if the count is negative or the base below 1
     */
    public RateObservation {
      nonNegative("count", count);
      if (base < 1) {
        throw new IllegalArgumentException("base (" + base + ") must be at least 1");
      }
    }

    /** {@return {@link ObservationKind#RATE}} */
    @Override
    public ObservationKind kind() {
      return ObservationKind.RATE;
    }

    /** {@return the exact rate per single unit of the base, such as 4/84210} */
    public Ratio rate() {
      return Ratio.of(count, base);
    }
  }

  /**
   * One count (a {@link io.github.jindu.bar.ZeroCount} bar), such as 0 production sites.
   *
   * @param value the count, at least 0
   */
  record CountObservation(long value) implements Observation {
    /**
     * Checks the count.
     *
     * @param value the count, at least 0
     * @throws IllegalArgumentException if the count is negative
     */
    public CountObservation {
      nonNegative("value", value);
    }

    /** {@return {@link ObservationKind#COUNT}} */
    @Override
    public ObservationKind kind() {
      return ObservationKind.COUNT;
    }
  }

  /**
   * A count now and in the previous period (an {@link io.github.jindu.bar.Increase} of a count), such as 702
   * volunteers after 640.
   *
   * @param now this period's count, at least 0
   * @param before the previous period's count, at least 0
   */
  record IncreaseObservation(long now, long before) implements Observation {
    /**
     * Checks the counts.
     *
     * @param now this period's count, at least 0
     * @param before the previous period's count, at least 0
     * @throws IllegalArgumentException if a count is negative
     */
    public IncreaseObservation {
      nonNegative("now", now);
      nonNegative("before", before);
    }

    /** {@return {@link ObservationKind#INCREASE}} */
    @Override
    public ObservationKind kind() {
      return ObservationKind.INCREASE;
    }
  }

  /**
   * A share now and in the previous period (an {@link io.github.jindu.bar.Increase} of a share), compared exactly;
   * nothing to measure when either whole is 0.
   *
   * @param partNow this period's part, at most {@code wholeNow}
   * @param wholeNow this period's whole, at least 0
   * @param partBefore the previous period's part, at most {@code wholeBefore}
   * @param wholeBefore the previous period's whole, at least 0
   */
  record ShareIncreaseObservation(long partNow, long wholeNow, long partBefore, long wholeBefore)
      implements Observation {
    /**
     * Checks the shares.
     *
     * @param partNow this period's part, at most {@code wholeNow}
     * @param wholeNow this period's whole, at least 0
     * @param partBefore the previous period's part, at most {@code wholeBefore}
     * @param wholeBefore the previous period's whole, at least 0
     * @throws IllegalArgumentException if a count is negative or a part exceeds its whole
     */
    public ShareIncreaseObservation {
      partOfWhole("partNow", partNow, "wholeNow", wholeNow);
      partOfWhole("partBefore", partBefore, "wholeBefore", wholeBefore);
    }

    /** {@return {@link ObservationKind#SHARE_INCREASE}} */
    @Override
    public ObservationKind kind() {
      return ObservationKind.SHARE_INCREASE;
    }
  }

  /**
   * The calendar periods wholly inside the assessment period and those without a qualifying event (an
   * {@link io.github.jindu.bar.EveryPeriod} bar). No period at all is nothing to measure.
   *
   * @param periods every calendar period of the cadence wholly inside the assessment period, in order
   * @param uncovered those without a qualifying event, in order; each one of {@code periods}
   */
  record ScheduleObservation(
      ImmutableList<CalendarPeriod> periods, ImmutableList<CalendarPeriod> uncovered)
      implements Observation {
    /**
     * Checks the schedule.
     *
     * @param periods every calendar period of the cadence wholly inside the assessment period, in order
     * @param uncovered those without a qualifying event, in order; each one of {@code periods}
     * @throws IllegalArgumentException if an uncovered period is not one of the periods
     */
    public ScheduleObservation {
      periods = ImmutableList.copyOf(periods);
      uncovered = ImmutableList.copyOf(uncovered);
      if (!periods.containsAll(uncovered)) {
        throw new IllegalArgumentException(
            "uncovered (" + uncovered + ") must be among periods (" + periods + ")");
      }
    }

    /** {@return {@link ObservationKind#SCHEDULE}} */
    @Override
    public ObservationKind kind() {
      return ObservationKind.SCHEDULE;
    }

    /** {@return how many periods have a qualifying event} */
    public int covered() {
      return periods.size() - uncovered.size();
    }
  }

  /**
   * The required settings reached and not reached (an {@link io.github.jindu.bar.AllOf} bar), such as six of the
   * seven of 七进 with {@code family} missing.
   *
   * @param reached the required settings some qualifying event reached, in the order of {@link Setting}
   * @param missing the required settings no qualifying event reached, in the order of {@link Setting}
   */
  record SettingsObservation(ImmutableSet<Setting> reached, ImmutableSet<Setting> missing)
      implements Observation {
    /**
     * Checks the settings.
     *
     * @param reached the required settings some qualifying event reached, in the order of {@link Setting}
     * @param missing the required settings no qualifying event reached, in the order of {@link Setting}
     * @throws IllegalArgumentException if a setting is both reached and missing
     */
    public SettingsObservation {
      reached = ImmutableSet.copyOf(reached);
      missing = ImmutableSet.copyOf(missing);
      for (Setting s : missing) {
        if (reached.contains(s)) {
          throw new IllegalArgumentException(
              "setting " + CanonicalNames.of(s) + " is both reached and missing");
        }
      }
    }

    /** {@return {@link ObservationKind#SETTINGS}} */
    @Override
    public ObservationKind kind() {
      return ObservationKind.SETTINGS;
    }
  }

  /**
   * The sub-units and those without a letter in force on the period's last day (a
   * {@link io.github.jindu.bar.Within} bar). No sub-unit is nothing to measure.
   *
   * @param subunits how many sub-units the unit lists, at least 0
   * @param uncovered the sub-units without a letter in force, in order of sub-unit id
   */
  record LettersObservation(int subunits, ImmutableList<Lapse> uncovered) implements Observation {
    /**
     * Checks the letters.
     *
     * @param subunits how many sub-units the unit lists, at least 0
     * @param uncovered the sub-units without a letter in force, in order of sub-unit id
     * @throws IllegalArgumentException if more sub-units are uncovered than listed
     */
    public LettersObservation {
      uncovered = ImmutableList.copyOf(uncovered);
      if (subunits < 0 || uncovered.size() > subunits) {
        throw new IllegalArgumentException(
            "subunits ("
                + subunits
                + ") must be at least the uncovered ones ("
                + uncovered.size()
                + ")");
      }
    }

    /** {@return {@link ObservationKind#LETTERS}} */
    @Override
    public ObservationKind kind() {
      return ObservationKind.LETTERS;
    }

    /** {@return how many sub-units have a letter in force} */
    public int covered() {
      return subunits - uncovered.size();
    }
  }

  /**
   * A sub-unit without a letter in force: it never had one, or its newest lapsed before the period's last day.
   *
   * @param subunitId the sub-unit's id
   * @param lastLetter the date of its newest letter, empty if it has none
   * @param inForceThrough the last day the newest letter is in force, present exactly when {@code lastLetter} is
   */
  record Lapse(
      String subunitId, Optional<LocalDate> lastLetter, Optional<LocalDate> inForceThrough) {
    /**
     * Checks the lapse.
     *
     * @param subunitId the sub-unit's id
     * @param lastLetter the date of its newest letter, empty if it has none
     * @param inForceThrough the last day the newest letter is in force, present exactly when {@code lastLetter} is
     * @throws IllegalArgumentException if only one of the two dates is present, or the letter is in force before
     *     it was signed
     */
    public Lapse {
      Objects.requireNonNull(subunitId, "subunitId");
      if (lastLetter.isPresent() != inForceThrough.isPresent()
          || lastLetter.isPresent() && inForceThrough.get().isBefore(lastLetter.get())) {
        throw new IllegalArgumentException(
            "lastLetter ("
                + lastLetter
                + ") and inForceThrough ("
                + inForceThrough
                + ") must both be absent, or the second on or after the first");
      }
    }
  }

  /**
   * The earliest qualifying event and the deadline (a {@link io.github.jindu.bar.ByDate} bar).
   *
   * @param earliest the date of the earliest qualifying event in the period, empty if there is none
   * @param deadline the deadline in the period, inclusive; empty when it does not fall in the period (nothing to
   *     measure)
   */
  record DateObservation(Optional<LocalDate> earliest, Optional<LocalDate> deadline)
      implements Observation {
    /**
     * Checks the fields are given.
     *
     * @param earliest the date of the earliest qualifying event in the period, empty if there is none
     * @param deadline the deadline in the period, inclusive; empty when it does not fall in the period (nothing to
     *     measure)
     */
    public DateObservation {
      Objects.requireNonNull(earliest, "earliest");
      Objects.requireNonNull(deadline, "deadline");
    }

    /** {@return {@link ObservationKind#DATE}} */
    @Override
    public ObservationKind kind() {
      return ObservationKind.DATE;
    }
  }

  /**
   * The unit's case rate and the lowest of its peers' (a {@link io.github.jindu.bar.LowestAmongPeers} bar), rates
   * compared exactly, ties counting as lowest.
   *
   * @param cases the unit's count of cases, at least 0
   * @param population the unit's population, at least 1
   * @param lowest the peer of the lowest rate (of the smallest id among equals); empty when there are no peers
   * @param peers how many peers the unit was compared with, at least 0
   */
  record PeerObservation(long cases, long population, Optional<PeerFigure> lowest, int peers)
      implements Observation {
    /**
     * Checks the figures.
     *
     * @param cases the unit's count of cases, at least 0
     * @param population the unit's population, at least 1
     * @param lowest the peer of the lowest rate (of the smallest id among equals); empty when there are no peers
     * @param peers how many peers the unit was compared with, at least 0
     * @throws IllegalArgumentException if a figure is out of range, or a lowest peer is given exactly when there
     *     are no peers
     */
    public PeerObservation {
      nonNegative("cases", cases);
      if (population < 1) {
        throw new IllegalArgumentException("population (" + population + ") must be at least 1");
      }
      if (peers < 0 || lowest.isPresent() != (peers > 0)) {
        throw new IllegalArgumentException(
            "lowest ("
                + lowest
                + ") must be present exactly when peers ("
                + peers
                + ") is above 0");
      }
    }

    /** {@return {@link ObservationKind#PEERS}} */
    @Override
    public ObservationKind kind() {
      return ObservationKind.PEERS;
    }
  }

  /**
   * A peer's figures, as the lowest peer of a {@link PeerObservation}.
   *
   * @param unitId the peer unit's id
   * @param population its population, at least 1
   * @param cases its count of cases, at least 0
   */
  record PeerFigure(String unitId, long population, long cases) {
    /**
     * Checks the figures.
     *
     * @param unitId the peer unit's id
     * @param population its population, at least 1
     * @param cases its count of cases, at least 0
     * @throws IllegalArgumentException if a figure is out of range
     */
    public PeerFigure {
      Objects.requireNonNull(unitId, "unitId");
      nonNegative("cases", cases);
      if (population < 1) {
        throw new IllegalArgumentException("population (" + population + ") must be at least 1");
      }
    }

    /**
     * Returns the figures of a peer whose figures are both known.
     *
     * @param peer a peer of the evidence
     * @return its figures
     * @throws IllegalArgumentException if its population or its count of cases is not known
     */
    public static PeerFigure of(Peer peer) {
      if (!peer.isKnown()) {
        throw new IllegalArgumentException(
            "peer "
                + peer.unitId()
                + " has a figure that is not known (population "
                + peer.population()
                + ", cases "
                + peer.cases()
                + ")");
      }
      return new PeerFigure(peer.unitId(), peer.population().getAsLong(), peer.cases().getAsLong());
    }
  }

  /**
   * An assessor's attestation (an {@link io.github.jindu.bar.Attested} bar): the verdict and the document it
   * relied on (台帐, 会议纪要…).
   *
   * @param met whether the assessor attested the criterion met
   * @param reference the document relied on, such as {@code 镇党委会议纪要 2025年第3期}
   */
  record AttestationObservation(boolean met, String reference) implements Observation {
    /**
     * Checks the reference is given.
     *
     * @param met whether the assessor attested the criterion met
     * @param reference the document relied on, such as {@code 镇党委会议纪要 2025年第3期}
     */
    public AttestationObservation {
      Objects.requireNonNull(reference, "reference");
    }

    /** {@return {@link ObservationKind#ATTESTATION}} */
    @Override
    public ObservationKind kind() {
      return ObservationKind.ATTESTATION;
    }
  }

  /**
   * How many events of a type fell in the days that count (an {@link io.github.jindu.bar.AtLeastEvents} bar): the
   * period, or the window of months inside it. No such days (the window lies in no year of the period) is nothing
   * to measure.
   *
   * <p>Example: {@code new EventCountObservation(5, Optional.of(LocalDate.of(2025, 2, 1)),
   * Optional.of(LocalDate.of(2025, 9, 30)))}: five patrols from 1 February to 30 September 2025.
   *
   * @param count how many events fell in the days, at least 0; 0 when there are no such days
   * @param first the first day that counts, inclusive; empty when no day counts
   * @param last the last day that counts, inclusive; present exactly when {@code first} is
   */
  record EventCountObservation(long count, Optional<LocalDate> first, Optional<LocalDate> last)
      implements Observation {
    /**
     * Checks the count and the days.
     *
     * @param count how many events fell in the days, at least 0; 0 when there are no such days
     * @param first the first day that counts, inclusive; empty when no day counts
     * @param last the last day that counts, inclusive; present exactly when {@code first} is
     * @throws IllegalArgumentException if the count is negative, only one day is given, the last is before the
     *     first, or events are counted on no day
     */
    public EventCountObservation {
      nonNegative("count", count);
      if (first.isPresent() != last.isPresent()
          || first.isPresent() && last.get().isBefore(first.get())
          || first.isEmpty() && count > 0) {
        throw new IllegalArgumentException(
            "first ("
                + first
                + ") and last ("
                + last
                + ") must both be present, the second not before the first, or both absent with a count"
                + " ("
                + count
                + ") of 0");
      }
    }

    /** {@return {@link ObservationKind#EVENT_COUNT}} */
    @Override
    public ObservationKind kind() {
      return ObservationKind.EVENT_COUNT;
    }
  }

  /**
   * The unit's figure and the district's average over its peers (a {@link io.github.jindu.bar.PeerAverage} bar):
   * the figure is {@code value}, or {@code value / base} when the bar has a base; the average is the exact mean of
   * the peers' figures, in lowest terms. No peers (a district of one) is nothing to compare with.
   *
   * <p>Example: {@code new PeerAverageObservation(930, OptionalLong.of(1000), Optional.of(new Mean(93, 100)), 2,
   * true)}: 930 of 1,000 respondents feel safe; the two peers' shares average 93/100.
   *
   * @param value the unit's count (the figure, or its numerator), at least 0
   * @param base the unit's base, at least 1; empty when the bar compares the count itself
   * @param mean the peers' average, present exactly when there are peers
   * @param peers how many peers the average is over, at least 0
   * @param partOfBase whether the count is a part of its base (the set declares the metric {@linkplain
   *     Metric#partOf() part of} the bar's {@code per}), so that no count above the base can meet the bar: a share
   *     in [0, 1]; false when there is no base
   */
  record PeerAverageObservation(
      long value, OptionalLong base, Optional<Mean> mean, int peers, boolean partOfBase)
      implements Observation {
    /**
     * Checks the figures.
     *
     * @param value the unit's count (the figure, or its numerator), at least 0
     * @param base the unit's base, at least 1; empty when the bar compares the count itself
     * @param mean the peers' average, present exactly when there are peers
     * @param peers how many peers the average is over, at least 0
     * @param partOfBase whether the count is a part of its base
     * @throws IllegalArgumentException if a figure is out of range, the mean is given exactly when there are no
     *     peers, or the count is said to be a part of a base that is absent or below it
     */
    public PeerAverageObservation {
      nonNegative("value", value);
      if (base.isPresent() && base.getAsLong() < 1) {
        throw new IllegalArgumentException("base (" + base.getAsLong() + ") must be at least 1");
      }
      if (peers < 0 || mean.isPresent() != (peers > 0)) {
        throw new IllegalArgumentException(
            "mean (" + mean + ") must be present exactly when peers (" + peers + ") is above 0");
      }
      if (partOfBase && (base.isEmpty() || value > base.getAsLong())) {
        throw new IllegalArgumentException(
            "value ("
                + value
                + ") is a part of its base ("
                + base
                + ") only if it is not above it");
      }
    }

    /**
     * The observation of a figure that is not a part of its base (a count, or a rate).
     *
     * @param value the unit's count (the figure, or its numerator), at least 0
     * @param base the unit's base, at least 1; empty when the bar compares the count itself
     * @param mean the peers' average, present exactly when there are peers
     * @param peers how many peers the average is over, at least 0
     * @throws IllegalArgumentException if a figure is out of range, or the mean is given exactly when there are no
     *     peers
     */
    public PeerAverageObservation(long value, OptionalLong base, Optional<Mean> mean, int peers) {
      this(value, base, mean, peers, false);
    }

    /** {@return {@link ObservationKind#PEER_AVERAGE}} */
    @Override
    public ObservationKind kind() {
      return ObservationKind.PEER_AVERAGE;
    }
  }

  /**
   * An exact mean (平均值), a non-negative rational number in lowest terms; its terms may exceed a {@code long}
   * (the mean of shares over many different bases).
   *
   * <p>Example: the mean of 912/1000 and 948/1000 is {@code Mean.reduced(BigInteger.valueOf(1860),
   * BigInteger.valueOf(2000))}, that is 93/100.
   *
   * @param numerator the numerator, at least 0
   * @param denominator the denominator, at least 1; 1 when the numerator is 0
   */
  record Mean(BigInteger numerator, BigInteger denominator) {
    /**
     * Checks that the mean is non-negative and in lowest terms.
     *
     * @param numerator the numerator, at least 0
     * @param denominator the denominator, at least 1
     * @throws IllegalArgumentException if a term is out of range or the terms have a common factor
     */
    public Mean {
      Objects.requireNonNull(numerator, "numerator");
      Objects.requireNonNull(denominator, "denominator");
      if (numerator.signum() < 0 || denominator.signum() <= 0) {
        throw new IllegalArgumentException(
            "mean " + numerator + "/" + denominator + " must be at least 0 over at least 1");
      }
      if (!numerator.gcd(denominator).equals(BigInteger.ONE)
          && !(numerator.signum() == 0 && denominator.equals(BigInteger.ONE))) {
        throw new IllegalArgumentException(
            "mean " + numerator + "/" + denominator + " must be in lowest terms");
      }
    }

    /**
     * Returns a mean from a sum, in lowest terms.
     *
     * @param numerator the sum's numerator, at least 0
     * @param denominator the sum's denominator times the number of terms, at least 1
     * @return the fraction in lowest terms
     * @throws IllegalArgumentException if a term is out of range
     */
    public static Mean reduced(BigInteger numerator, BigInteger denominator) {
      if (numerator.signum() < 0 || denominator.signum() <= 0) {
        throw new IllegalArgumentException(
            "mean " + numerator + "/" + denominator + " must be at least 0 over at least 1");
      }
      if (numerator.signum() == 0) {
        return new Mean(BigInteger.ZERO, BigInteger.ONE);
      }
      BigInteger g = numerator.gcd(denominator);
      return new Mean(numerator.divide(g), denominator.divide(g));
    }

    /**
     * Compares a figure {@code value / base} with this mean, exactly.
     *
     * @param value the figure's numerator, at least 0
     * @param base the figure's denominator, at least 1
     * @return a negative number, 0 or a positive number as the figure is below, equal to or above the mean
     */
    public int compareFigure(long value, long base) {
      return BigInteger.valueOf(value)
          .multiply(denominator)
          .compareTo(numerator.multiply(BigInteger.valueOf(base)));
    }

    /** {@return the mean as {@code numerator/denominator}, or the numerator alone when the denominator is 1} */
    @Override
    public String toString() {
      return denominator.equals(BigInteger.ONE)
          ? numerator.toString()
          : numerator + "/" + denominator;
    }
  }

  /**
   * A sample (抽查) of a population of units (an {@link io.github.jindu.bar.Sample} bar): how many units the population
   * holds, how many the bar requires to be sampled, how many were sampled and which of them failed.
   *
   * <p>Example: {@code new SampleObservation(45, 5, 5, ImmutableList.of("s07"))}: of 45 schools 5 must be sampled
   * (⌈10 % × 45⌉), 5 were, and s07 failed.
   *
   * @param population the units of the population N, at least 0 (0: nothing to sample, {@code NOT_APPLICABLE})
   * @param required how many must be sampled, 0 to N
   * @param sampled how many were sampled, 0 to N
   * @param failed the ids of the units sampled that failed, sorted, each once, at most {@code sampled}
   */
  record SampleObservation(
      long population, long required, int sampled, ImmutableList<String> failed)
      implements Observation {
    /**
     * Checks the figures.
     *
     * @param population the units of the population N, at least 0
     * @param required how many must be sampled, 0 to N
     * @param sampled how many were sampled, 0 to N
     * @param failed the ids of the units sampled that failed, sorted, each once, at most {@code sampled}
     * @throws IllegalArgumentException if a figure is negative, the required or sampled units exceed the population,
     *     or the failed units are more than those sampled, unsorted or repeated
     */
    public SampleObservation {
      nonNegative("population", population);
      partOfWhole("required", required, "population", population);
      partOfWhole("sampled", sampled, "population", population);
      Objects.requireNonNull(failed, "failed");
      if (failed.size() > sampled) {
        throw new IllegalArgumentException(
            "failed (" + failed.size() + " units) must not exceed sampled (" + sampled + ")");
      }
      for (int i = 1; i < failed.size(); i++) {
        if (failed.get(i - 1).compareTo(failed.get(i)) >= 0) {
          throw new IllegalArgumentException(
              "failed must be sorted and without repeats: "
                  + failed.get(i - 1)
                  + ", "
                  + failed.get(i));
        }
      }
    }

    /** {@return how many of the units sampled failed} */
    public int failures() {
      return failed.size();
    }

    /** {@return {@link ObservationKind#SAMPLE}} */
    @Override
    public ObservationKind kind() {
      return ObservationKind.SAMPLE;
    }
  }
}
