package io.github.jindu.json;

import io.github.jindu.AssessmentPeriod;
import io.github.jindu.CalendarPeriod;
import io.github.jindu.CriterionResult;
import io.github.jindu.EventKind;
import io.github.jindu.Location;
import io.github.jindu.MissingEvidence;
import io.github.jindu.Observation;
import io.github.jindu.Observation.AttestationObservation;
import io.github.jindu.Observation.CountObservation;
import io.github.jindu.Observation.DateObservation;
import io.github.jindu.Observation.IncreaseObservation;
import io.github.jindu.Observation.Lapse;
import io.github.jindu.Observation.LettersObservation;
import io.github.jindu.Observation.PeerObservation;
import io.github.jindu.Observation.RateObservation;
import io.github.jindu.Observation.ScheduleObservation;
import io.github.jindu.Observation.SettingsObservation;
import io.github.jindu.Observation.ShareIncreaseObservation;
import io.github.jindu.Observation.ShareObservation;
import io.github.jindu.Outcome;
import io.github.jindu.Ratio;
import io.github.jindu.bar.AtLeastEvents;
import io.github.jindu.bar.ByDate;
import io.github.jindu.bar.Comparison;
import io.github.jindu.bar.EveryPeriod;
import io.github.jindu.bar.Increase;
import io.github.jindu.bar.MaxRate;
import io.github.jindu.bar.MinShare;
import io.github.jindu.bar.PeerAverage;
import io.github.jindu.bar.Threshold;
import io.github.jindu.bar.Within;
import io.github.jindu.bar.ZeroCount;
import java.util.List;
import java.util.stream.Collectors;

/**
 * The language-neutral texts of {@code result/1} that stand beside the data: {@code observed} (the figure in
 * notation, such as {@code "979/1104 (88.68 %)"}) and the one-line English {@code explanation}, both written from
 * a criterion's {@link Observation} and its bar, exactly as {@code result/1} has always written them.
 */
final class ResultText {
  private ResultText() {}

  /** {@return the {@code observed} text, or empty when nothing was observed} */
  static java.util.Optional<String> observed(CriterionResult r) {
    return r.observation().map(o -> observed(o, r.threshold()));
  }

  private static String observed(Observation observation, Threshold threshold) {
    if (observation instanceof ShareObservation o) {
      return o.whole() == 0
          ? o.part() + "/0"
          : Figures.share(o.part(), o.whole(), ((MinShare) threshold).bound());
    } else if (observation instanceof RateObservation o) {
      MaxRate t = (MaxRate) threshold;
      return Figures.rate(o.count(), o.base(), t.per(), t.bound());
    } else if (observation instanceof CountObservation o) {
      return Long.toString(o.value());
    } else if (observation instanceof IncreaseObservation o) {
      return o.now() + " (previous " + o.before() + ")";
    } else if (observation instanceof ShareIncreaseObservation o) {
      if (o.wholeNow() == 0 || o.wholeBefore() == 0) {
        return o.partNow()
            + "/"
            + o.wholeNow()
            + " (previous "
            + o.partBefore()
            + "/"
            + o.wholeBefore()
            + ")";
      }
      Ratio now = Ratio.of(o.partNow(), o.wholeNow());
      Ratio before = Ratio.of(o.partBefore(), o.wholeBefore());
      int scale = Figures.scaleFor(now, before, 100, 2);
      return o.partNow()
          + "/"
          + o.wholeNow()
          + " ("
          + Figures.percent(now, scale)
          + "), previous "
          + o.partBefore()
          + "/"
          + o.wholeBefore()
          + " ("
          + Figures.percent(before, scale)
          + ")";
    } else if (observation instanceof Observation.PeerAverageObservation o) {
      String figure =
          o.base().isPresent() ? o.value() + "/" + o.base().getAsLong() : Long.toString(o.value());
      if (o.mean().isEmpty()) {
        return figure + "; no peers";
      }
      Observation.Mean mean = o.mean().get();
      long per = o.base().isPresent() ? 100 : 1;
      String[] shown =
          Figures.againstMean(
              o.value(), o.base().orElse(1), mean.numerator(), mean.denominator(), per, 2);
      String suffix = per == 100 ? " %" : "";
      return figure
          + (per == 100 ? " (" + shown[0] + suffix + ")" : "")
          + "; average of "
          + o.peers()
          + " peers "
          + shown[1]
          + suffix
          + " ("
          + mean
          + ")";
    } else if (observation instanceof Observation.SampleObservation o) {
      return o.sampled()
          + " of "
          + o.population()
          + " sampled (required "
          + o.required()
          + "), "
          + o.failures()
          + " failed"
          + (o.failed().isEmpty() ? "" : " (" + String.join(", ", o.failed()) + ")");
    } else if (observation instanceof Observation.EventCountObservation o) {
      return o.first().isEmpty()
          ? "no window in the period"
          : o.count() + " from " + o.first().get() + " to " + o.last().orElseThrow();
    } else if (observation instanceof ScheduleObservation o) {
      String unit = WireNames.of(((EveryPeriod) threshold).cadence()) + "s";
      if (o.periods().isEmpty()) {
        return "0 " + unit;
      }
      return o.covered()
          + "/"
          + o.periods().size()
          + " "
          + unit
          + (o.uncovered().isEmpty() ? "" : " (none in " + labels(o.uncovered()) + ")");
    } else if (observation instanceof SettingsObservation o) {
      return o.reached().size()
          + "/"
          + (o.reached().size() + o.missing().size())
          + " settings"
          + (o.missing().isEmpty() ? "" : " (not reached: " + settings(o) + ")");
    } else if (observation instanceof LettersObservation o) {
      if (o.subunits() == 0) {
        return "0 subunits";
      }
      return o.covered()
          + "/"
          + o.subunits()
          + " subunits"
          + (o.uncovered().isEmpty() ? "" : "; not covered: " + lapses(o.uncovered()));
    } else if (observation instanceof DateObservation o) {
      if (o.deadline().isEmpty()) {
        return "no " + ((ByDate) threshold).deadline().toString().substring(2) + " in the period";
      }
      return o.earliest().map(Object::toString).orElse("none");
    } else if (observation instanceof PeerObservation o) {
      if (o.lowest().isEmpty()) {
        return Figures.rate(o.cases(), o.population(), 10_000, 3);
      }
      Observation.PeerFigure lowest = o.lowest().get();
      int scale =
          Figures.scaleFor(
              Ratio.of(o.cases(), o.population()),
              Ratio.of(lowest.cases(), lowest.population()),
              10_000,
              3);
      return Figures.rate(o.cases(), o.population(), 10_000, scale)
          + "; lowest peer "
          + lowest.unitId()
          + " "
          + Figures.rate(lowest.cases(), lowest.population(), 10_000, scale);
    } else {
      AttestationObservation o = (AttestationObservation) observation;
      return (o.met() ? "met" : "not met") + " (" + o.reference() + ")";
    }
  }

  /** {@return the one-line English {@code explanation} of a criterion's outcome} */
  static String explanation(CriterionResult r, AssessmentPeriod period) {
    if (r.observation().isEmpty()) {
      return "missing evidence: "
          + r.missing().stream().map(ResultText::path).collect(Collectors.joining(", "));
    }
    Observation observation = r.observation().get();
    Threshold threshold = r.threshold();
    boolean met = r.outcome() == Outcome.MET;
    String observed = observed(observation, threshold);
    if (observation instanceof ShareObservation o) {
      MinShare t = (MinShare) threshold;
      if (o.whole() == 0) {
        return "nothing to measure: " + t.denominator() + " is 0";
      }
      String bar = t.bound() + " (" + Figures.exactPercent(t.bound()) + ")";
      return observed
          + (met ? " reaches the bar " : " does not reach the bar ")
          + Required.symbol(t.comparison())
          + " "
          + bar;
    } else if (observation instanceof RateObservation) {
      MaxRate t = (MaxRate) threshold;
      return observed
          + (met ? " is within the bar " : " is not within the bar ")
          + Required.symbol(t.comparison())
          + " "
          + t.rateText()
          + " per "
          + t.per();
    } else if (observation instanceof CountObservation o) {
      return ((ZeroCount) threshold).metric() + " = " + o.value() + (met ? "" : ", the bar is 0");
    } else if (observation instanceof IncreaseObservation o) {
      return ((Increase) threshold).metric()
          + " "
          + o.now()
          + (met ? " is above" : " is not above")
          + " the previous "
          + o.before();
    } else if (observation instanceof ShareIncreaseObservation o) {
      if (o.wholeNow() == 0 || o.wholeBefore() == 0) {
        return "nothing to measure: "
            + ((Increase) threshold).denominator().orElseThrow()
            + " is 0 in one of the periods";
      }
      return "the share "
          + o.partNow()
          + "/"
          + o.wholeNow()
          + (met ? " is above" : " is not above")
          + " the previous "
          + o.partBefore()
          + "/"
          + o.wholeBefore()
          + " (compared exactly)";
    } else if (observation instanceof Observation.SampleObservation o) {
      io.github.jindu.bar.Sample t = (io.github.jindu.bar.Sample) threshold;
      if (o.population() == 0) {
        return "nothing to sample: " + t.population() + " is 0";
      }
      return observed
          + (met ? ", at least the " : ", against the ")
          + o.required()
          + " required (max of "
          + t.share()
          + " of "
          + o.population()
          + " rounded up and "
          + t.atLeast()
          + ", at most "
          + o.population()
          + ") and at most "
          + t.failuresAtMost()
          + " failed";
    } else if (observation instanceof Observation.PeerAverageObservation o) {
      PeerAverage t = (PeerAverage) threshold;
      if (o.mean().isEmpty()) {
        return "no peers: the district has one unit, so no average";
      }
      return "the unit's "
          + t.metric()
          + t.per().map(per -> "/" + per).orElse("")
          + (met ? " is " : " is not ")
          + relation(t.comparison())
          + " the average of "
          + o.peers()
          + " peers (compared exactly)";
    } else if (observation instanceof Observation.EventCountObservation o) {
      AtLeastEvents t = (AtLeastEvents) threshold;
      if (o.first().isEmpty()) {
        return "the window of months lies in no year of the period " + period;
      }
      return o.count()
          + " "
          + t.eventKind().id()
          + " from "
          + o.first().get()
          + " to "
          + o.last().orElseThrow()
          + (met ? ", at least " : ", fewer than ")
          + t.atLeast();
    } else if (observation instanceof ScheduleObservation o) {
      EveryPeriod t = (EveryPeriod) threshold;
      String unit = WireNames.of(t.cadence()) + "s";
      if (o.periods().isEmpty()) {
        return "no whole " + WireNames.of(t.cadence()) + " lies in the period";
      }
      String types =
          t.countedKinds().stream().map(EventKind::id).collect(Collectors.joining(" or "));
      return o.uncovered().isEmpty()
          ? "at least one " + types + " in each of the " + o.periods().size() + " " + unit
          : "no " + types + " in " + labels(o.uncovered());
    } else if (observation instanceof SettingsObservation o) {
      return o.missing().isEmpty()
          ? "every required setting was reached"
          : "not reached: " + settings(o);
    } else if (observation instanceof LettersObservation o) {
      Within t = (Within) threshold;
      if (o.subunits() == 0) {
        return "the unit lists no sub-units";
      }
      return o.uncovered().isEmpty()
          ? "every sub-unit has a " + WireNames.of(t.eventType()) + " in force on " + period.end()
          : "no "
              + WireNames.of(t.eventType())
              + " in force on "
              + period.end()
              + " for "
              + lapses(o.uncovered());
    } else if (observation instanceof DateObservation o) {
      ByDate t = (ByDate) threshold;
      if (o.deadline().isEmpty()) {
        return "the deadline "
            + t.deadline().toString().substring(2)
            + " does not fall in the period "
            + period;
      }
      if (o.earliest().isEmpty()) {
        return "no " + WireNames.of(t.eventType()) + " from " + t.windowStart(period) + " on";
      }
      return WireNames.of(t.eventType())
          + " on "
          + o.earliest().get()
          + (met ? ", on or before " : ", after the deadline ")
          + o.deadline().get();
    } else if (observation instanceof PeerObservation o) {
      if (o.lowest().isEmpty()) {
        return "no peers: the district has one unit";
      }
      return met
          ? "the unit's rate is at most every one of "
              + o.peers()
              + " peers' (ties count as lowest)"
          : "peer " + o.lowest().get().unitId() + " has a lower rate";
    } else {
      AttestationObservation o = (AttestationObservation) observation;
      String verdict = o.met() ? "met" : "not met";
      return "attested " + verdict + " (reference: " + o.reference() + ")";
    }
  }

  /** {@return the JSON path of a piece of missing evidence in {@code evidence/1}, such as {@code $.counts["youth.reached"]}} */
  static String path(MissingEvidence missing) {
    Location root = Location.root();
    if (missing instanceof MissingEvidence.MissingCount m) {
      return JsonPaths.of(root.member("counts").key(m.key().name()));
    } else if (missing instanceof MissingEvidence.MissingPreviousCount m) {
      return JsonPaths.of(root.member("previous").key(m.key().name()));
    } else if (missing instanceof MissingEvidence.MissingAttestation m) {
      return JsonPaths.of(root.member("attestations").key(m.criterionId()));
    } else if (missing instanceof MissingEvidence.MissingSample m) {
      return JsonPaths.of(root.member("samples").key(m.criterionId()));
    } else if (missing instanceof MissingEvidence.MissingPeerFigure m) {
      return "$.peers[?(@.unit == \"" + m.unitId() + "\")]." + ResultJson.peerField(m.field());
    } else if (missing instanceof MissingEvidence.MissingPeerCount m) {
      return "$.peers[?(@.unit == \""
          + m.unitId()
          + "\")].counts"
          + JsonPaths.of(Location.root().key(m.key().name())).substring(1);
    } else {
      return JsonPaths.of(
          root.member(WireNames.of(((MissingEvidence.MissingList) missing).list())));
    }
  }

  /** {@return how a comparison reads in a sentence: at least, above, at most, below} */
  static String relation(Comparison comparison) {
    return switch (comparison) {
      case AT_LEAST -> "at least";
      case GREATER_THAN -> "above";
      case AT_MOST -> "at most";
      case LESS_THAN -> "below";
    };
  }

  private static String labels(List<CalendarPeriod> periods) {
    return periods.stream().map(CalendarPeriod::toString).collect(Collectors.joining(", "));
  }

  private static String settings(SettingsObservation o) {
    return o.missing().stream().map(WireNames::of).collect(Collectors.joining(", "));
  }

  private static String lapses(List<Lapse> lapses) {
    return lapses.stream()
        .map(
            l ->
                l.subunitId()
                    + (l.lastLetter().isEmpty()
                        ? " (none)"
                        : " (newest "
                            + l.lastLetter().get()
                            + ", in force through "
                            + l.inForceThrough().orElseThrow()
                            + ")"))
        .collect(Collectors.joining(", "));
  }
}
