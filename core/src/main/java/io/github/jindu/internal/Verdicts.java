package io.github.jindu.internal;

import io.github.jindu.CriteriaSet;
import io.github.jindu.CriterionResult;
import io.github.jindu.Observation;
import io.github.jindu.Observation.AttestationObservation;
import io.github.jindu.Observation.CountObservation;
import io.github.jindu.Observation.DateObservation;
import io.github.jindu.Observation.EventCountObservation;
import io.github.jindu.Observation.IncreaseObservation;
import io.github.jindu.Observation.LettersObservation;
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
import io.github.jindu.OverallReason;
import io.github.jindu.Ratio;
import io.github.jindu.ReasonKind;
import io.github.jindu.VetoFinding;
import io.github.jindu.bar.AllOf;
import io.github.jindu.bar.AtLeastEvents;
import io.github.jindu.bar.Attested;
import io.github.jindu.bar.ByDate;
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
import io.github.jindu.points.PointsScheme;
import io.github.jindu.points.Score;
import java.util.ArrayList;
import java.util.List;
import java.util.Optional;

/**
 * The two decisions of an assessment, each made in one place (docs/spec/criteria.md, "Outcomes" and "Overall
 * outcome"): a criterion's outcome from what was observed against its bar, and the overall outcome with its reason
 * from every criterion's outcome. The assessment uses them to decide; reading a {@code result/1} uses them to check
 * that what a document claims follows from what it shows.
 */
public final class Verdicts {
  private Verdicts() {}

  /**
   * Decides a criterion's outcome from its observation.
   *
   * @param threshold the criterion's bar
   * @param observation what was observed, of the kind that fits the bar
   * @return {@link Outcome#MET}, {@link Outcome#NOT_MET} or {@link Outcome#NOT_APPLICABLE} (never
   *     {@link Outcome#NOT_ASSESSED}: an observation means the evidence was there)
   * @throws IllegalArgumentException if the observation is not of the kind that fits the bar
   */
  public static Outcome outcome(Threshold threshold, Observation observation) {
    return threshold.accept(new Judge(observation));
  }

  /**
   * Decides the overall outcome and its reason from every criterion's outcome, once: veto findings first; under a
   * points scheme, veto items not met, absent veto answers, veto items not assessed, then the pass mark; without
   * one, gating criteria not met, absent veto answers, gating criteria not assessed, else all met.
   *
   * @param set the criteria set assessed on
   * @param criteria every criterion's result, in catalogue order
   * @param score the score, present exactly when the set has a points scheme
   * @param vetoFindings the veto findings (一票否决) of the evidence, in its order
   * @param vetoesAbsent whether the set has veto rules and the evidence gave no answer to them
   * @return the reason, which decides the overall outcome
   */
  public static OverallReason decide(
      CriteriaSet set,
      List<CriterionResult> criteria,
      Optional<Score> score,
      List<VetoFinding> vetoFindings,
      boolean vetoesAbsent) {
    if (!vetoFindings.isEmpty()) {
      return OverallReason.vetoFindings(vetoFindings);
    }
    List<String> notMet = new ArrayList<>();
    List<String> notAssessed = new ArrayList<>();
    List<String> lost = new ArrayList<>();
    for (CriterionResult r : criteria) {
      if (r.advisory()) {
        continue;
      }
      if (r.outcome() == Outcome.NOT_MET) {
        notMet.add(r.criterionId());
        lost.add(r.criterionId());
      } else if (r.outcome() == Outcome.NOT_ASSESSED) {
        notAssessed.add(r.criterionId());
        lost.add(r.criterionId());
      }
    }
    Optional<PointsScheme> scheme = set.pointsScheme();
    if (score.isPresent() && scheme.isPresent()) {
      java.util.Map<String, String> indicatorOf = new java.util.HashMap<>();
      criteria.forEach(r -> indicatorOf.put(r.criterionId(), r.indicatorId()));
      PointsScheme points = scheme.get();
      List<String> itemsNotMet =
          notMet.stream()
              .filter(id -> points.vetoes(id, indicatorOf.getOrDefault(id, "")))
              .toList();
      List<String> itemsNotAssessed =
          notAssessed.stream()
              .filter(id -> points.vetoes(id, indicatorOf.getOrDefault(id, "")))
              .toList();
      if (!itemsNotMet.isEmpty()) {
        return OverallReason.of(ReasonKind.VETO_ITEM_NOT_MET, itemsNotMet);
      } else if (vetoesAbsent) {
        return OverallReason.of(ReasonKind.VETOES_ABSENT, List.of());
      } else if (!itemsNotAssessed.isEmpty()) {
        return OverallReason.of(ReasonKind.VETO_ITEM_NOT_ASSESSED, itemsNotAssessed);
      } else if (score.get().total().compareTo(score.get().passMark()) >= 0) {
        return OverallReason.of(ReasonKind.PASS_MARK_REACHED, List.of());
      }
      return OverallReason.of(ReasonKind.BELOW_PASS_MARK, lost);
    }
    if (!notMet.isEmpty()) {
      return OverallReason.of(ReasonKind.GATING_NOT_MET, notMet);
    } else if (vetoesAbsent) {
      return OverallReason.of(ReasonKind.VETOES_ABSENT, List.of());
    } else if (!notAssessed.isEmpty()) {
      return OverallReason.of(ReasonKind.GATING_NOT_ASSESSED, notAssessed);
    }
    return OverallReason.of(ReasonKind.ALL_MET, List.of());
  }

  /** Decides one bar on its observation; each kind of bar reads the observation of its own kind. */
  private static final class Judge implements Threshold.Visitor<Outcome> {
    private final Observation observation;

    Judge(Observation observation) {
      this.observation = observation;
    }

    private <T extends Observation> T as(Class<T> kind) {
      if (!kind.isInstance(observation)) {
        throw new IllegalArgumentException(
            "an observation of kind "
                + CanonicalNames.of(observation.kind())
                + " does not fit this bar");
      }
      return kind.cast(observation);
    }

    private static Outcome met(boolean met) {
      return met ? Outcome.MET : Outcome.NOT_MET;
    }

    @Override
    public Outcome visit(Attested t) {
      return met(as(AttestationObservation.class).met());
    }

    @Override
    public Outcome visit(MinShare t) {
      ShareObservation o = as(ShareObservation.class);
      // A share of nothing measures nothing (docs/spec/criteria.md, MIN_SHARE): not applicable.
      return o.whole() == 0
          ? Outcome.NOT_APPLICABLE
          : met(t.comparison().holds(Ratio.of(o.part(), o.whole()), t.bound()));
    }

    @Override
    public Outcome visit(MaxRate t) {
      RateObservation o = as(RateObservation.class);
      return met(t.comparison().holds(Ratio.of(o.count(), o.base()), t.bound()));
    }

    @Override
    public Outcome visit(ZeroCount t) {
      return met(as(CountObservation.class).value() == 0);
    }

    @Override
    public Outcome visit(Increase t) {
      if (!t.isShare()) {
        IncreaseObservation o = as(IncreaseObservation.class);
        return met(o.now() > o.before());
      }
      ShareIncreaseObservation o = as(ShareIncreaseObservation.class);
      if (o.wholeNow() == 0 || o.wholeBefore() == 0) {
        return Outcome.NOT_APPLICABLE;
      }
      return met(
          Ratio.of(o.partNow(), o.wholeNow()).compareTo(Ratio.of(o.partBefore(), o.wholeBefore()))
              > 0);
    }

    @Override
    public Outcome visit(EveryPeriod t) {
      ScheduleObservation o = as(ScheduleObservation.class);
      return o.periods().isEmpty() ? Outcome.NOT_APPLICABLE : met(o.uncovered().isEmpty());
    }

    @Override
    public Outcome visit(AllOf t) {
      return met(as(SettingsObservation.class).missing().isEmpty());
    }

    @Override
    public Outcome visit(Within t) {
      LettersObservation o = as(LettersObservation.class);
      // No sub-unit that signs letters: nothing to measure.
      return o.subunits() == 0 ? Outcome.NOT_APPLICABLE : met(o.uncovered().isEmpty());
    }

    @Override
    public Outcome visit(ByDate t) {
      DateObservation o = as(DateObservation.class);
      if (o.deadline().isEmpty()) {
        // The deadline falls after the period: not applicable (docs/spec/criteria.md, BY_DATE).
        return Outcome.NOT_APPLICABLE;
      }
      return met(o.earliest().isPresent() && !o.earliest().get().isAfter(o.deadline().get()));
    }

    @Override
    public Outcome visit(LowestAmongPeers t) {
      PeerObservation o = as(PeerObservation.class);
      if (o.lowest().isEmpty()) {
        // No other unit to compare with: the unit is the lowest.
        return Outcome.MET;
      }
      PeerFigure lowest = o.lowest().get();
      return met(
          Ratio.compare(o.cases(), o.population(), lowest.cases(), lowest.population()) <= 0);
    }

    @Override
    public Outcome visit(AtLeastEvents t) {
      EventCountObservation o = as(EventCountObservation.class);
      // No day of the period counts (the window lies in no year of it): nothing to measure.
      return o.first().isEmpty() ? Outcome.NOT_APPLICABLE : met(o.count() >= t.atLeast());
    }

    @Override
    public Outcome visit(PeerAverage t) {
      PeerAverageObservation o = as(PeerAverageObservation.class);
      // No other unit: the district has no average to compare with.
      return o.mean().isEmpty()
          ? Outcome.NOT_APPLICABLE
          : met(t.comparison().holds(o.mean().get().compareFigure(o.value(), o.base().orElse(1))));
    }

    @Override
    public Outcome visit(Sample t) {
      SampleObservation o = as(SampleObservation.class);
      // An empty population: nothing to sample.
      if (o.population() == 0) {
        return Outcome.NOT_APPLICABLE;
      }
      return met(o.sampled() >= o.required() && o.failures() <= t.failuresAtMost());
    }
  }
}
