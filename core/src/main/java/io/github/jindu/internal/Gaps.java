package io.github.jindu.internal;

import com.google.common.math.BigIntegerMath;
import io.github.jindu.Gap;
import io.github.jindu.MetricKey;
import io.github.jindu.Observation;
import io.github.jindu.Observation.CountObservation;
import io.github.jindu.Observation.DateObservation;
import io.github.jindu.Observation.EventCountObservation;
import io.github.jindu.Observation.IncreaseObservation;
import io.github.jindu.Observation.LettersObservation;
import io.github.jindu.Observation.Mean;
import io.github.jindu.Observation.PeerAverageObservation;
import io.github.jindu.Observation.PeerFigure;
import io.github.jindu.Observation.PeerObservation;
import io.github.jindu.Observation.RateObservation;
import io.github.jindu.Observation.SampleObservation;
import io.github.jindu.Observation.ScheduleObservation;
import io.github.jindu.Observation.SettingsObservation;
import io.github.jindu.Observation.ShareIncreaseObservation;
import io.github.jindu.Observation.ShareObservation;
import io.github.jindu.Outcome;
import io.github.jindu.Ratio;
import io.github.jindu.bar.AllOf;
import io.github.jindu.bar.AtLeastEvents;
import io.github.jindu.bar.Attested;
import io.github.jindu.bar.ByDate;
import io.github.jindu.bar.Comparison;
import io.github.jindu.bar.EveryPeriod;
import io.github.jindu.bar.Increase;
import io.github.jindu.bar.LowestAmongPeers;
import io.github.jindu.bar.MaxRate;
import io.github.jindu.bar.MinShare;
import io.github.jindu.bar.PeerAverage;
import io.github.jindu.bar.Sample;
import io.github.jindu.bar.Threshold;
import io.github.jindu.bar.Within;
import io.github.jindu.bar.ZeroCount;
import java.math.BigInteger;
import java.math.RoundingMode;
import java.util.Optional;

/**
 * The gap of an unmet bar (差距分析): the smallest change to the evidence that would meet it, computed exactly from
 * the observation, with integers (docs/evidence-format.md, {@code gap}; docs/spec/boundaries.md, "Gap
 * exactness"). A share's part is raised with its whole fixed; a rate's count is lowered with its base fixed; a
 * count that must rise rises to one above last period's; the lowest case rate gives the most cases at which the
 * unit would be the lowest; the district's average gives the count at which the unit's figure would stand to it as
 * the bar asks, the base fixed (none above the base for a part of it); a schedule, the settings and the letters give what is still uncovered; a date bar
 * gives its deadline.
 */
public final class Gaps {
  private Gaps() {}

  /**
   * Returns the gap of a bar on what was observed.
   *
   * @param threshold the bar
   * @param observation what was observed, of the kind that fits the bar
   * @return the gap when the observation does not meet the bar and a change of the evidence's own figures can
   *     meet it; empty when it is met or not applicable, for an attestation (a judgement, not a figure), and when
   *     no value of the figure could meet it (a share above 100 %)
   * @throws IllegalArgumentException if the observation is not of the kind that fits the bar
   */
  public static Optional<Gap> of(Threshold threshold, Observation observation) {
    if (Verdicts.outcome(threshold, observation) != Outcome.NOT_MET) {
      return Optional.empty();
    }
    return threshold.accept(new Measure(observation));
  }

  /** {@return the value that meets a bound on {@code value / whole}, changing the value only} */
  private static Optional<Gap> toBound(
      MetricKey metric, long value, long whole, Ratio bound, Comparison comparison, boolean share) {
    return toBound(
        metric,
        value,
        whole,
        BigInteger.valueOf(bound.numerator()),
        BigInteger.valueOf(bound.denominator()),
        comparison,
        share);
  }

  /** {@return the value that meets a bound {@code p / q} on {@code value / whole}, changing the value only} */
  private static Optional<Gap> toBound(
      MetricKey metric,
      long value,
      long whole,
      BigInteger p,
      BigInteger q,
      Comparison comparison,
      boolean share) {
    BigInteger product = p.multiply(BigInteger.valueOf(whole));
    if (comparison.isLowerBound()) {
      BigInteger target =
          comparison == Comparison.AT_LEAST
              ? BigIntegerMath.divide(product, q, RoundingMode.CEILING)
              : BigIntegerMath.divide(product, q, RoundingMode.FLOOR).add(BigInteger.ONE);
      if (share && target.compareTo(BigInteger.valueOf(whole)) > 0 || target.bitLength() > 63) {
        return Optional.empty();
      }
      return Optional.of(new Gap.More(metric, target.longValueExact() - value));
    }
    BigInteger target =
        comparison == Comparison.AT_MOST
            ? BigIntegerMath.divide(product, q, RoundingMode.FLOOR)
            : BigIntegerMath.divide(product, q, RoundingMode.CEILING).subtract(BigInteger.ONE);
    if (target.signum() < 0 || target.bitLength() > 63) {
      return Optional.empty();
    }
    return Optional.of(new Gap.Fewer(metric, target.longValueExact()));
  }

  /** Measures how far one unmet bar is; each kind of bar reads the observation of its own kind. */
  private static final class Measure implements Threshold.Visitor<Optional<Gap>> {
    private final Observation observation;

    Measure(Observation observation) {
      this.observation = observation;
    }

    private <T extends Observation> T as(Class<T> kind) {
      return kind.cast(observation);
    }

    @Override
    public Optional<Gap> visit(Attested t) {
      return Optional.empty();
    }

    @Override
    public Optional<Gap> visit(MinShare t) {
      ShareObservation o = as(ShareObservation.class);
      return toBound(t.numerator(), o.part(), o.whole(), t.bound(), t.comparison(), true);
    }

    @Override
    public Optional<Gap> visit(MaxRate t) {
      RateObservation o = as(RateObservation.class);
      return toBound(t.count(), o.count(), o.base(), t.bound(), t.comparison(), false);
    }

    @Override
    public Optional<Gap> visit(ZeroCount t) {
      as(CountObservation.class);
      return Optional.of(new Gap.Fewer(t.metric(), 0));
    }

    @Override
    public Optional<Gap> visit(Increase t) {
      if (!t.isShare()) {
        IncreaseObservation o = as(IncreaseObservation.class);
        return o.before() == Long.MAX_VALUE
            ? Optional.empty()
            : Optional.of(new Gap.More(t.metric(), o.before() + 1 - o.now()));
      }
      ShareIncreaseObservation o = as(ShareIncreaseObservation.class);
      // The smallest part now whose share is above last period's: partBefore / wholeBefore,
      // strictly.
      return toBound(
          t.metric(),
          o.partNow(),
          o.wholeNow(),
          Ratio.of(o.partBefore(), o.wholeBefore()),
          Comparison.GREATER_THAN,
          true);
    }

    @Override
    public Optional<Gap> visit(EveryPeriod t) {
      return Optional.of(new Gap.Periods(as(ScheduleObservation.class).uncovered()));
    }

    @Override
    public Optional<Gap> visit(AllOf t) {
      return Optional.of(new Gap.Settings(as(SettingsObservation.class).missing()));
    }

    @Override
    public Optional<Gap> visit(Within t) {
      return Optional.of(new Gap.Letters(as(LettersObservation.class).uncovered()));
    }

    @Override
    public Optional<Gap> visit(ByDate t) {
      return as(DateObservation.class).deadline().map(Gap.LatestDate::new);
    }

    @Override
    public Optional<Gap> visit(LowestAmongPeers t) {
      PeerObservation o = as(PeerObservation.class);
      PeerFigure lowest = o.lowest().orElseThrow();
      // The most cases at which cases / population <= the lowest peer's rate, the population fixed.
      return toBound(
          t.cases(),
          o.cases(),
          o.population(),
          Ratio.of(lowest.cases(), lowest.population()),
          Comparison.AT_MOST,
          false);
    }

    @Override
    public Optional<Gap> visit(AtLeastEvents t) {
      EventCountObservation o = as(EventCountObservation.class);
      return Optional.of(
          new Gap.MoreEvents(
              t.eventKind(),
              t.atLeast() - o.count(),
              o.first().orElseThrow(),
              o.last().orElseThrow()));
    }

    @Override
    public Optional<Gap> visit(PeerAverage t) {
      PeerAverageObservation o = as(PeerAverageObservation.class);
      Mean mean = o.mean().orElseThrow();
      // The count at which value / base stands to the mean as the bar asks, the base fixed.
      return toBound(
          t.metric(),
          o.value(),
          o.base().orElse(1),
          mean.numerator(),
          mean.denominator(),
          t.comparison(),
          o.partOfBase());
    }

    @Override
    public Optional<Gap> visit(Sample t) {
      SampleObservation o = as(SampleObservation.class);
      return Optional.of(
          new Gap.SampleShort(
              Math.max(0, o.required() - o.sampled()),
              Math.max(0, o.failures() - t.failuresAtMost())));
    }
  }
}
