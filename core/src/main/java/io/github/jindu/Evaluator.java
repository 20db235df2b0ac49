package io.github.jindu;

import io.github.jindu.bar.AllOf;
import io.github.jindu.bar.Attested;
import io.github.jindu.bar.ByDate;
import io.github.jindu.bar.Cadence;
import io.github.jindu.bar.EveryPeriod;
import io.github.jindu.bar.Increase;
import io.github.jindu.bar.LowestAmongPeers;
import io.github.jindu.bar.MaxRate;
import io.github.jindu.bar.MinShare;
import io.github.jindu.bar.Threshold;
import io.github.jindu.bar.Within;
import io.github.jindu.bar.ZeroCount;
import io.github.jindu.points.Score;

import io.github.jindu.internal.Scoring;

import com.google.common.collect.ImmutableList;
import java.time.LocalDate;
import java.time.YearMonth;
import java.util.ArrayList;
import java.util.Comparator;
import java.util.EnumSet;
import java.util.HashMap;
import java.util.HashSet;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.Optional;
import java.util.OptionalLong;
import java.util.Set;
import java.util.stream.Collectors;

/**
 * Evaluates each criterion of a criteria set on valid evidence (criteria.md, "Kinds of bar" and "Outcomes").
 * Pure: it reads its arguments only. Every bar is decided on exact integers or {@link Ratio}s.
 */
final class Evaluator implements Threshold.Visitor<Evaluator.Finding> {
  private final Evidence evidence;
  private final Criterion criterion;

  private Evaluator(Evidence evidence, Criterion criterion) {
    this.evidence = evidence;
    this.criterion = criterion;
  }

  /** The outcome of one bar before it is dressed as a {@link CriterionResult}. */
  static final class Finding {
    final Outcome outcome;
    final Optional<String> observed;
    final String explanation;
    final ImmutableList<String> missing;
    final Optional<String> reference;
    /** The exact share observed, for a share bar that measured one (tiered credit reads it). */
    Optional<Ratio> share = Optional.empty();

    private Finding(Outcome outcome, Optional<String> observed, String explanation, List<String> missing) {
      this(outcome, observed, explanation, missing, Optional.empty());
    }

    private Finding(Outcome outcome, Optional<String> observed, String explanation, List<String> missing,
        Optional<String> reference) {
      this.outcome = outcome;
      this.observed = observed;
      this.explanation = explanation;
      this.missing = ImmutableList.copyOf(missing);
      this.reference = reference;
    }

    static Finding of(boolean met, String observed, String explanation) {
      return new Finding(met ? Outcome.MET : Outcome.NOT_MET, Optional.of(observed), explanation, List.of());
    }

    static Finding withShare(Ratio share, Finding finding) {
      finding.share = Optional.of(share);
      return finding;
    }

    static Finding notApplicable(String observed, String explanation) {
      return new Finding(Outcome.NOT_APPLICABLE, Optional.of(observed), explanation, List.of());
    }

    static Finding missing(List<String> paths) {
      return new Finding(
          Outcome.NOT_ASSESSED, Optional.empty(), "missing evidence: " + String.join(", ", paths), paths);
    }
  }

  static AssessmentResult assess(CriteriaSet set, Evidence evidence) {
    ImmutableList.Builder<CriterionResult> results = ImmutableList.builder();
    Map<String, Optional<Ratio>> shares = new HashMap<>();
    boolean notMet = false;
    boolean notAssessed = false;
    for (Indicator indicator : set.indicators()) {
      for (Criterion criterion : indicator.criteria()) {
        Finding finding = criterion.threshold().accept(new Evaluator(evidence, criterion));
        shares.put(criterion.id(), finding.share);
        results.add(CriterionResult.builder()
            .criterion(criterion.id())
            .indicator(indicator.id())
            .outcome(finding.outcome)
            .observed(finding.observed)
            .reference(finding.reference)
            .required(criterion.threshold().requirement())
            .source(criterion.clause())
            .advisory(criterion.advisory())
            .explanation(finding.explanation)
            .addAllMissing(finding.missing)
            .build());
        if (!criterion.advisory()) {
          notMet |= finding.outcome == Outcome.NOT_MET;
          notAssessed |= finding.outcome == Outcome.NOT_ASSESSED;
        }
      }
    }
    ImmutableList<CriterionResult> criteria = results.build();
    Optional<Score> score = set.pointsScheme().map(scheme -> Scoring.score(set, scheme, criteria, shares));
    OverallOutcome overall;
    if (!evidence.vetoes().isEmpty() || score.isPresent() && Scoring.vetoItemNotMet(set, criteria)) {
      overall = OverallOutcome.VETOED;
    } else if (score.isPresent() && Scoring.vetoItemNotAssessed(set, criteria)) {
      overall = OverallOutcome.INCOMPLETE;
    } else if (score.isPresent()) {
      overall = score.get().total().compareTo(score.get().passMark()) >= 0
          ? OverallOutcome.QUALIFIED : OverallOutcome.NOT_QUALIFIED;
    } else if (notMet) {
      overall = OverallOutcome.NOT_QUALIFIED;
    } else if (notAssessed) {
      overall = OverallOutcome.INCOMPLETE;
    } else {
      overall = OverallOutcome.QUALIFIED;
    }
    return AssessmentResult.builder()
        .criteriaSet(set.id())
        .criteriaSetVersion(set.version())
        .criteriaSetFingerprint(set.fingerprint())
        .unit(evidence.unit())
        .period(evidence.period())
        .overall(overall)
        .score(score)
        .addAllCriteria(criteria)
        .addAllVetoes(evidence.vetoes())
        .build();
  }

  // ---- evidence access, recording what is missing ----

  /** {@return the JSON path of a keyed member, as the result's missing list names it (Part B replaces this)} */
  private static String key(String parent, String name) {
    return parent + "[\"" + name.replace("\\", "\\\\").replace("\"", "\\\"") + "\"]";
  }

  private static String countPath(MetricKey key) {
    return key("$.counts", key.name());
  }

  private static String previousPath(MetricKey key) {
    return key("$.previous", key.name());
  }

  /** Reads counts; returns null and records the paths when any is absent. */
  private long[] read(List<String> missing, MetricKey... keys) {
    long[] values = new long[keys.length];
    for (int i = 0; i < keys.length; i++) {
      OptionalLong value = evidence.count(keys[i]);
      if (value.isPresent()) {
        values[i] = value.getAsLong();
      } else {
        missing.add(countPath(keys[i]));
      }
    }
    return values;
  }

  private long[] readPrevious(List<String> missing, MetricKey... keys) {
    long[] values = new long[keys.length];
    for (int i = 0; i < keys.length; i++) {
      OptionalLong value = evidence.previousCount(keys[i]);
      if (value.isPresent()) {
        values[i] = value.getAsLong();
      } else {
        missing.add(previousPath(keys[i]));
      }
    }
    return values;
  }

  private List<Event> eventsOf(EventType type) {
    return evidence.events().orElseThrow().stream()
        .filter(e -> e.type() == type)
        .collect(Collectors.toList());
  }

  // ---- the kinds of bar ----

  @Override
  public Finding visit(Attested t) {
    Attestation attestation = evidence.attestations().get(criterion.id());
    if (attestation == null) {
      return Finding.missing(List.of(key("$.attestations", criterion.id())));
    }
    String verdict = attestation.met() ? "met" : "not met";
    return new Finding(
        attestation.met() ? Outcome.MET : Outcome.NOT_MET,
        Optional.of(verdict + " (" + attestation.reference() + ")"),
        "attested " + verdict + " (reference: " + attestation.reference() + ")",
        List.of(),
        Optional.of(attestation.reference()));
  }

  @Override
  public Finding visit(MinShare t) {
    List<String> missing = new ArrayList<>();
    long[] v = read(missing, t.numerator(), t.denominator());
    if (!missing.isEmpty()) {
      return Finding.missing(missing);
    }
    long n = v[0];
    long d = v[1];
    if (d == 0) {
      return Finding.notApplicable(n + "/0", "nothing to measure: " + t.denominator() + " is 0");
    }
    boolean met = t.comparison().holds(Ratio.of(n, d), t.bound());
    String observed = Figures.share(n, d, t.bound());
    String bar = t.bound() + " (" + Figures.exactPercent(t.bound()) + ")";
    return Finding.withShare(Ratio.of(n, d), Finding.of(
        met,
        observed,
        observed + (met ? " reaches the bar " + t.comparison().symbol() + " " : " does not reach the bar "
            + t.comparison().symbol() + " ") + bar));
  }

  @Override
  public Finding visit(MaxRate t) {
    List<String> missing = new ArrayList<>();
    long[] v = read(missing, t.count(), t.base());
    if (!missing.isEmpty()) {
      return Finding.missing(missing);
    }
    long n = v[0];
    long base = v[1];
    boolean met = t.comparison().holds(Ratio.of(n, base), t.bound());
    String observed = Figures.rate(n, base, t.per(), t.bound());
    String bar = t.comparison().symbol() + " " + t.rateText() + " per " + t.per();
    return Finding.of(met, observed, observed + (met ? " is within the bar " : " is not within the bar ") + bar);
  }

  @Override
  public Finding visit(ZeroCount t) {
    List<String> missing = new ArrayList<>();
    long[] v = read(missing, t.metric());
    if (!missing.isEmpty()) {
      return Finding.missing(missing);
    }
    boolean met = v[0] == 0;
    return Finding.of(met, Long.toString(v[0]), t.metric() + " = " + v[0] + (met ? "" : ", the bar is 0"));
  }

  @Override
  public Finding visit(Increase t) {
    List<String> missing = new ArrayList<>();
    if (!t.isShare()) {
      long now = read(missing, t.metric())[0];
      long before = readPrevious(missing, t.metric())[0];
      if (!missing.isEmpty()) {
        return Finding.missing(missing);
      }
      boolean met = now > before;
      return Finding.of(
          met,
          now + " (previous " + before + ")",
          t.metric() + " " + now + (met ? " is above" : " is not above") + " the previous " + before);
    }
    MetricKey den = t.denominator().orElseThrow();
    long[] now = read(missing, t.metric(), den);
    long[] before = readPrevious(missing, t.metric(), den);
    if (!missing.isEmpty()) {
      return Finding.missing(missing);
    }
    String observed = now[0] + "/" + now[1] + " (previous " + before[0] + "/" + before[1] + ")";
    if (now[1] == 0 || before[1] == 0) {
      return Finding.notApplicable(observed, "nothing to measure: " + den + " is 0 in one of the periods");
    }
    Ratio shareNow = Ratio.of(now[0], now[1]);
    Ratio shareBefore = Ratio.of(before[0], before[1]);
    boolean met = shareNow.compareTo(shareBefore) > 0;
    int scale = Figures.scaleFor(shareNow, shareBefore, 100, 2);
    return Finding.of(
        met,
        now[0] + "/" + now[1] + " (" + Figures.percent(shareNow, scale) + "), previous " + before[0] + "/"
            + before[1] + " (" + Figures.percent(shareBefore, scale) + ")",
        "the share " + now[0] + "/" + now[1] + (met ? " is above" : " is not above") + " the previous "
            + before[0] + "/" + before[1] + " (compared exactly)");
  }

  @Override
  public Finding visit(EveryPeriod t) {
    if (evidence.events().isEmpty()) {
      return Finding.missing(List.of("$.events"));
    }
    AssessmentPeriod period = evidence.period();
    int months = monthsOf(t.cadence());
    List<YearMonth> starts = new ArrayList<>();
    YearMonth first = YearMonth.from(period.start());
    int offset = (first.getMonthValue() - 1) % months;
    YearMonth candidate = offset == 0 ? first : first.plusMonths(months - offset);
    for (; ; candidate = candidate.plusMonths(months)) {
      LocalDate from = candidate.atDay(1);
      LocalDate to = candidate.plusMonths(months - 1).atEndOfMonth();
      if (to.isAfter(period.end())) {
        break;
      }
      if (!from.isBefore(period.start())) {
        starts.add(candidate);
      }
    }
    String unit = t.cadence().wireName() + "s";
    if (starts.isEmpty()) {
      return Finding.notApplicable("0 " + unit, "no whole " + t.cadence().wireName() + " lies in the period");
    }
    Set<YearMonth> withEvent = new HashSet<>();
    for (Event e : eventsOf(t.eventType())) {
      YearMonth month = YearMonth.from(e.date());
      withEvent.add(month.withMonth((month.getMonthValue() - 1) / months * months + 1));
    }
    List<String> uncovered = new ArrayList<>();
    for (YearMonth start : starts) {
      if (!withEvent.contains(start)) {
        uncovered.add(label(start, t.cadence()));
      }
    }
    int covered = starts.size() - uncovered.size();
    String observed = covered + "/" + starts.size() + " " + unit
        + (uncovered.isEmpty() ? "" : " (none in " + String.join(", ", uncovered) + ")");
    return Finding.of(
        uncovered.isEmpty(),
        observed,
        uncovered.isEmpty()
            ? "at least one " + t.eventType().wireName() + " in each of the " + starts.size() + " " + unit
            : "no " + t.eventType().wireName() + " in " + String.join(", ", uncovered));
  }

  private static int monthsOf(Cadence cadence) {
    switch (cadence) {
      case MONTH:
        return 1;
      case QUARTER:
        return 3;
      case HALF_YEAR:
        return 6;
      default:
        throw new AssertionError(cadence);
    }
  }

  private static String label(YearMonth start, Cadence cadence) {
    switch (cadence) {
      case MONTH:
        return start.toString();
      case QUARTER:
        return String.format(Locale.ROOT, "%04d-Q%d", start.getYear(), (start.getMonthValue() - 1) / 3 + 1);
      case HALF_YEAR:
        return String.format(Locale.ROOT, "%04d-H%d", start.getYear(), (start.getMonthValue() - 1) / 6 + 1);
      default:
        throw new AssertionError(cadence);
    }
  }

  @Override
  public Finding visit(AllOf t) {
    if (evidence.events().isEmpty()) {
      return Finding.missing(List.of("$.events"));
    }
    Set<Setting> reached = EnumSet.noneOf(Setting.class);
    eventsOf(t.eventType()).forEach(e -> reached.addAll(e.settings()));
    List<String> absent = t.required().stream()
        .filter(s -> !reached.contains(s))
        .map(Setting::wireName)
        .collect(Collectors.toList());
    int hit = t.required().size() - absent.size();
    String observed = hit + "/" + t.required().size() + " settings"
        + (absent.isEmpty() ? "" : " (not reached: " + String.join(", ", absent) + ")");
    return Finding.of(
        absent.isEmpty(),
        observed,
        absent.isEmpty() ? "every required setting was reached" : "not reached: " + String.join(", ", absent));
  }

  @Override
  public Finding visit(Within t) {
    List<String> missing = new ArrayList<>();
    if (evidence.subunits().isEmpty()) {
      missing.add("$.subunits");
    } else if (evidence.subunits().get().isEmpty()) {
      // No sub-unit needs a letter: nothing to measure, whether or not an event list is given.
      return Finding.notApplicable("0 subunits", "the unit lists no sub-units");
    }
    if (evidence.events().isEmpty()) {
      missing.add("$.events");
    }
    if (!missing.isEmpty()) {
      return Finding.missing(missing);
    }
    // In id order, so that the observed figure does not depend on the order the sub-units are listed in.
    List<Unit> subunits = evidence.subunits().orElseThrow().stream()
        .sorted(Comparator.comparing(Unit::id))
        .collect(Collectors.toList());
    Map<String, LocalDate> newest = new HashMap<>();
    for (Event e : eventsOf(t.eventType())) {
      e.subunit().ifPresent(id -> newest.merge(id, e.date(), (a, b) -> a.isAfter(b) ? a : b));
    }
    LocalDate end = evidence.period().end();
    List<String> uncovered = new ArrayList<>();
    for (Unit subunit : subunits) {
      LocalDate date = newest.get(subunit.id());
      if (date == null) {
        uncovered.add(subunit.id() + " (none)");
      } else if (date.plusYears(t.years()).isBefore(end)) {
        uncovered.add(subunit.id() + " (newest " + date + ", in force through " + date.plusYears(t.years()) + ")");
      }
    }
    int covered = subunits.size() - uncovered.size();
    String observed = covered + "/" + subunits.size() + " subunits"
        + (uncovered.isEmpty() ? "" : "; not covered: " + String.join(", ", uncovered));
    return Finding.of(
        uncovered.isEmpty(),
        observed,
        uncovered.isEmpty()
            ? "every sub-unit has a " + t.eventType().wireName() + " in force on " + end
            : "no " + t.eventType().wireName() + " in force on " + end + " for " + String.join(", ", uncovered));
  }

  @Override
  public Finding visit(ByDate t) {
    if (evidence.events().isEmpty()) {
      return Finding.missing(List.of("$.events"));
    }
    AssessmentPeriod period = evidence.period();
    LocalDate deadline = t.deadline().atYear(period.start().getYear());
    if (deadline.isBefore(period.start())) {
      deadline = t.deadline().atYear(period.start().getYear() + 1);
    }
    if (deadline.isAfter(period.end())) {
      return Finding.notApplicable("no " + t.deadline().toString().substring(2) + " in the period",
          "the deadline " + t.deadline().toString().substring(2) + " does not fall in the period " + period);
    }
    Optional<LocalDate> earliest = eventsOf(t.eventType()).stream().map(Event::date).min(LocalDate::compareTo);
    if (earliest.isEmpty()) {
      return Finding.of(false, "none", "no " + t.eventType().wireName() + " in the period");
    }
    boolean met = !earliest.get().isAfter(deadline);
    return Finding.of(
        met,
        earliest.get().toString(),
        t.eventType().wireName() + " on " + earliest.get()
            + (met ? ", on or before " : ", after the deadline ") + deadline);
  }

  @Override
  public Finding visit(LowestAmongPeers t) {
    List<String> missing = new ArrayList<>();
    long[] v = read(missing, t.cases(), t.population());
    if (evidence.peers().isEmpty()) {
      missing.add("$.peers");
    }
    if (!missing.isEmpty()) {
      return Finding.missing(missing);
    }
    long cases = v[0];
    long population = v[1];
    List<Peer> peers = evidence.peers().orElseThrow();
    if (peers.isEmpty()) {
      return Finding.of(
          true, Figures.rate(cases, population, 10_000, 3), "no peers: the district has one unit");
    }
    Peer lowest = peers.get(0);
    for (Peer peer : peers) {
      int c = Ratio.compare(peer.cases(), peer.population(), lowest.cases(), lowest.population());
      if (c < 0 || (c == 0 && peer.unit().compareTo(lowest.unit()) < 0)) {
        lowest = peer;
      }
    }
    Ratio own = Ratio.of(cases, population);
    Ratio theirs = Ratio.of(lowest.cases(), lowest.population());
    boolean met = own.compareTo(theirs) <= 0;
    int scale = Figures.scaleFor(own, theirs, 10_000, 3);
    String observed = Figures.rate(cases, population, 10_000, scale) + "; lowest peer " + lowest.unit() + " "
        + Figures.rate(lowest.cases(), lowest.population(), 10_000, scale);
    return Finding.of(
        met,
        observed,
        met
            ? "the unit's rate is at most every one of " + peers.size() + " peers' (ties count as lowest)"
            : "peer " + lowest.unit() + " has a lower rate");
  }

}
