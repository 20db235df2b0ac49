package io.github.jindu;

import com.google.common.collect.ImmutableList;
import com.google.common.collect.ImmutableSet;
import io.github.jindu.MissingEvidence.EvidenceList;
import io.github.jindu.MissingEvidence.MissingAttestation;
import io.github.jindu.MissingEvidence.MissingCount;
import io.github.jindu.MissingEvidence.MissingList;
import io.github.jindu.MissingEvidence.MissingPeerCount;
import io.github.jindu.MissingEvidence.MissingPeerFigure;
import io.github.jindu.MissingEvidence.MissingPreviousCount;
import io.github.jindu.MissingEvidence.MissingSample;
import io.github.jindu.MissingEvidence.PeerField;
import io.github.jindu.Observation.AttestationObservation;
import io.github.jindu.Observation.CountObservation;
import io.github.jindu.Observation.DateObservation;
import io.github.jindu.Observation.EventCountObservation;
import io.github.jindu.Observation.IncreaseObservation;
import io.github.jindu.Observation.Lapse;
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
import io.github.jindu.internal.Scoring;
import io.github.jindu.internal.Verdicts;
import io.github.jindu.points.Score;
import java.math.BigInteger;
import java.time.LocalDate;
import java.time.YearMonth;
import java.util.ArrayList;
import java.util.Comparator;
import java.util.HashMap;
import java.util.HashSet;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.OptionalLong;
import java.util.Set;
import java.util.function.BiConsumer;
import java.util.stream.Collectors;

/**
 * Evaluates each criterion of a criteria set on valid evidence (docs/spec/criteria.md, "Kinds of bar" and "Outcomes"), and
 * decides the overall outcome with its reason, once. Pure: it reads its arguments only. Each bar's visit gathers what
 * was observed as an {@link Observation} (never as text), or what is missing; {@link Verdicts} decides the outcome
 * from the observation, on exact integers or {@link Ratio}s, and the overall outcome from the outcomes.
 */
final class Evaluator implements Threshold.Visitor<Evaluator.Finding> {
  private final CriteriaSet set;
  private final Evidence evidence;
  private final Criterion criterion;

  private Evaluator(CriteriaSet set, Evidence evidence, Criterion criterion) {
    this.set = set;
    this.evidence = evidence;
    this.criterion = criterion;
  }

  /**
   * What one bar found before it is decided and dressed as a {@link CriterionResult}: an observation, or the
   * evidence that is missing (never both).
   */
  record Finding(Optional<Observation> observation, ImmutableList<MissingEvidence> missing) {
    static Finding observed(Observation observation) {
      return new Finding(Optional.of(observation), ImmutableList.of());
    }

    static Finding missing(List<MissingEvidence> missing) {
      return new Finding(Optional.empty(), ImmutableList.copyOf(missing));
    }
  }

  static AssessmentResult assess(CriteriaSet set, Evidence evidence) {
    ImmutableList.Builder<CriterionResult> results = ImmutableList.builder();
    for (Indicator indicator : set.indicators()) {
      for (Criterion criterion : indicator.criteria()) {
        Finding finding = criterion.threshold().accept(new Evaluator(set, evidence, criterion));
        Outcome outcome =
            finding
                .observation()
                .map(o -> Verdicts.outcome(criterion.threshold(), o))
                .orElse(Outcome.NOT_ASSESSED);
        results.add(
            CriterionResult.builder()
                .criterionId(criterion.id())
                .indicatorId(indicator.id())
                .outcome(outcome)
                .observation(finding.observation())
                .addAllMissing(finding.missing())
                .threshold(criterion.threshold())
                .clause(criterion.clause())
                .advisory(criterion.advisory())
                .build());
      }
    }
    ImmutableList<CriterionResult> criteria = results.build();
    Optional<Score> score = set.pointsScheme().map(scheme -> Scoring.score(set, scheme, criteria));
    boolean vetoesAbsent = !set.vetoRules().isEmpty() && evidence.vetoes().isEmpty();
    OverallReason reason =
        Verdicts.decide(set, criteria, score, evidence.vetoFindings(), vetoesAbsent);
    return AssessmentResult.builder()
        .criteriaSetId(set.id())
        .criteriaSetVersion(set.version())
        .criteriaSetFingerprint(set.fingerprint())
        .unit(evidence.unit())
        .period(evidence.period())
        .overall(reason.overall())
        .reason(reason)
        .evidenceDigest(evidence.evidenceDigest())
        .score(score)
        .addAllCriteria(criteria)
        .addAllVetoes(evidence.vetoFindings())
        .build();
  }

  // ---- evidence access, recording what is missing ----

  /** Reads counts; records what is absent. */
  private long[] read(List<MissingEvidence> missing, MetricKey... keys) {
    long[] values = new long[keys.length];
    for (int i = 0; i < keys.length; i++) {
      OptionalLong value = evidence.count(keys[i]);
      if (value.isPresent()) {
        values[i] = value.getAsLong();
      } else {
        missing.add(new MissingCount(keys[i]));
      }
    }
    return values;
  }

  private long[] readPrevious(List<MissingEvidence> missing, MetricKey... keys) {
    long[] values = new long[keys.length];
    for (int i = 0; i < keys.length; i++) {
      OptionalLong value = evidence.previousCount(keys[i]);
      if (value.isPresent()) {
        values[i] = value.getAsLong();
      } else {
        missing.add(new MissingPreviousCount(keys[i]));
      }
    }
    return values;
  }

  private List<Event> eventsOf(EventType type) {
    return eventsOf(Set.of(EventKind.of(type)));
  }

  private List<Event> eventsOf(Set<EventKind> kinds) {
    return evidence.events().orElseThrow().stream()
        .filter(e -> kinds.contains(e.kind()))
        .collect(Collectors.toList());
  }

  /**
   * Records the peer list as missing when it is absent, else what each peer lacks, in id order, so that the result
   * does not depend on the order of the list.
   */
  private void readPeers(
      List<MissingEvidence> missing, BiConsumer<Peer, List<MissingEvidence>> unknown) {
    if (evidence.peers().isEmpty()) {
      missing.add(new MissingList(EvidenceList.PEERS));
      return;
    }
    evidence.peers().get().stream()
        .sorted(Comparator.comparing(Peer::unitId))
        .forEach(peer -> unknown.accept(peer, missing));
  }

  private static Finding missingList(EvidenceList list) {
    return Finding.missing(List.of(new MissingList(list)));
  }

  // ---- the kinds of bar ----

  @Override
  public Finding visit(Attested t) {
    Attestation attestation = evidence.attestations().get(criterion.id());
    if (attestation == null) {
      return Finding.missing(List.of(new MissingAttestation(criterion.id())));
    }
    return Finding.observed(new AttestationObservation(attestation.met(), attestation.reference()));
  }

  @Override
  public Finding visit(MinShare t) {
    List<MissingEvidence> missing = new ArrayList<>();
    long[] v = read(missing, t.numerator(), t.denominator());
    if (!missing.isEmpty()) {
      return Finding.missing(missing);
    }
    return Finding.observed(new ShareObservation(v[0], v[1]));
  }

  @Override
  public Finding visit(MaxRate t) {
    List<MissingEvidence> missing = new ArrayList<>();
    long[] v = read(missing, t.count(), t.base());
    if (!missing.isEmpty()) {
      return Finding.missing(missing);
    }
    return Finding.observed(new RateObservation(v[0], v[1]));
  }

  @Override
  public Finding visit(ZeroCount t) {
    List<MissingEvidence> missing = new ArrayList<>();
    long[] v = read(missing, t.metric());
    if (!missing.isEmpty()) {
      return Finding.missing(missing);
    }
    return Finding.observed(new CountObservation(v[0]));
  }

  @Override
  public Finding visit(Increase t) {
    List<MissingEvidence> missing = new ArrayList<>();
    if (!t.isShare()) {
      long now = read(missing, t.metric())[0];
      long before = readPrevious(missing, t.metric())[0];
      if (!missing.isEmpty()) {
        return Finding.missing(missing);
      }
      return Finding.observed(new IncreaseObservation(now, before));
    }
    MetricKey den = t.denominator().orElseThrow();
    long[] now = read(missing, t.metric(), den);
    long[] before = readPrevious(missing, t.metric(), den);
    if (!missing.isEmpty()) {
      return Finding.missing(missing);
    }
    return Finding.observed(new ShareIncreaseObservation(now[0], now[1], before[0], before[1]));
  }

  @Override
  public Finding visit(EveryPeriod t) {
    if (evidence.events().isEmpty()) {
      return missingList(EvidenceList.EVENTS);
    }
    AssessmentPeriod period = evidence.period();
    int months = CalendarPeriod.months(t.cadence());
    List<CalendarPeriod> periods = new ArrayList<>();
    for (CalendarPeriod p = CalendarPeriod.containing(t.cadence(), YearMonth.from(period.start()));
        !p.end().atEndOfMonth().isAfter(period.end());
        p = CalendarPeriod.of(t.cadence(), p.start().plusMonths(months))) {
      if (!p.start().atDay(1).isBefore(period.start())) {
        periods.add(p);
      }
    }
    if (periods.isEmpty()) {
      return Finding.observed(new ScheduleObservation(ImmutableList.of(), ImmutableList.of()));
    }
    Set<CalendarPeriod> withEvent = new HashSet<>();
    for (Event e : eventsOf(t.countedKinds())) {
      withEvent.add(CalendarPeriod.containing(t.cadence(), YearMonth.from(e.date())));
    }
    ImmutableList<CalendarPeriod> uncovered =
        periods.stream()
            .filter(p -> !withEvent.contains(p))
            .collect(ImmutableList.toImmutableList());
    return Finding.observed(new ScheduleObservation(ImmutableList.copyOf(periods), uncovered));
  }

  @Override
  public Finding visit(AllOf t) {
    if (evidence.events().isEmpty()) {
      return missingList(EvidenceList.EVENTS);
    }
    Set<Setting> reached = new HashSet<>();
    eventsOf(t.eventType()).forEach(e -> reached.addAll(e.settings()));
    ImmutableSet<Setting> hit =
        t.required().stream()
            .filter(reached::contains)
            .sorted()
            .collect(ImmutableSet.toImmutableSet());
    ImmutableSet<Setting> absent =
        t.required().stream()
            .filter(s -> !reached.contains(s))
            .sorted()
            .collect(ImmutableSet.toImmutableSet());
    return Finding.observed(new SettingsObservation(hit, absent));
  }

  @Override
  public Finding visit(Within t) {
    List<MissingEvidence> missing = new ArrayList<>();
    if (evidence.subunits().isEmpty()) {
      missing.add(new MissingList(EvidenceList.SUBUNITS));
    } else if (evidence.subunits().get().stream()
        .noneMatch(u -> EvidenceRules.signsLetters(u.kind()))) {
      // No sub-unit needs a letter: nothing to measure, whether or not an event list is given.
      return Finding.observed(new LettersObservation(0, ImmutableList.of()));
    }
    if (evidence.events().isEmpty()) {
      missing.add(new MissingList(EvidenceList.EVENTS));
    }
    if (!missing.isEmpty()) {
      return Finding.missing(missing);
    }
    // In id order, so that the observation does not depend on the order the sub-units are listed
    // in. Families sign no letter (二(三) names villages, residents' committees and resident units).
    List<Unit> subunits =
        evidence.subunits().orElseThrow().stream()
            .filter(u -> EvidenceRules.signsLetters(u.kind()))
            .sorted(Comparator.comparing(Unit::id))
            .collect(Collectors.toList());
    Map<String, LocalDate> newest = new HashMap<>();
    for (Event e : eventsOf(t.eventType())) {
      e.subunitId().ifPresent(id -> newest.merge(id, e.date(), (a, b) -> a.isAfter(b) ? a : b));
    }
    LocalDate end = evidence.period().end();
    ImmutableList.Builder<Lapse> uncovered = ImmutableList.builder();
    for (Unit subunit : subunits) {
      LocalDate date = newest.get(subunit.id());
      if (date == null) {
        uncovered.add(new Lapse(subunit.id(), Optional.empty(), Optional.empty()));
      } else if (date.plusYears(t.years()).isBefore(end)) {
        uncovered.add(
            new Lapse(subunit.id(), Optional.of(date), Optional.of(date.plusYears(t.years()))));
      }
    }
    LettersObservation observation = new LettersObservation(subunits.size(), uncovered.build());
    return Finding.observed(observation);
  }

  @Override
  public Finding visit(ByDate t) {
    if (evidence.events().isEmpty()) {
      return missingList(EvidenceList.EVENTS);
    }
    AssessmentPeriod period = evidence.period();
    LocalDate deadline = t.deadline(period);
    LocalDate opens = t.windowStart(period);
    Optional<LocalDate> earliest =
        eventsOf(t.eventType()).stream()
            .map(Event::date)
            .filter(d -> !d.isBefore(opens))
            .min(LocalDate::compareTo);
    if (deadline.isAfter(period.end())) {
      return Finding.observed(new DateObservation(earliest, Optional.empty()));
    }
    return Finding.observed(new DateObservation(earliest, Optional.of(deadline)));
  }

  @Override
  public Finding visit(LowestAmongPeers t) {
    List<MissingEvidence> missing = new ArrayList<>();
    long[] v = read(missing, t.cases(), t.population());
    // A peer whose rate is unknown leaves the lowest rate unknown (docs/spec/criteria.md,
    // LOWEST_AMONG_PEERS).
    readPeers(
        missing,
        (peer, out) -> {
          if (peer.population().isEmpty()) {
            out.add(new MissingPeerFigure(peer.unitId(), PeerField.POPULATION));
          }
          if (peer.cases().isEmpty()) {
            out.add(new MissingPeerFigure(peer.unitId(), PeerField.CASES));
          }
        });
    if (!missing.isEmpty()) {
      return Finding.missing(missing);
    }
    long cases = v[0];
    long population = v[1];
    List<Peer> peers = evidence.peers().orElseThrow();
    if (peers.isEmpty()) {
      return Finding.observed(new PeerObservation(cases, population, Optional.empty(), 0));
    }
    PeerFigure lowest = PeerFigure.of(peers.get(0));
    for (Peer peer : peers) {
      PeerFigure p = PeerFigure.of(peer);
      int c = Ratio.compare(p.cases(), p.population(), lowest.cases(), lowest.population());
      if (c < 0 || (c == 0 && p.unitId().compareTo(lowest.unitId()) < 0)) {
        lowest = p;
      }
    }
    return Finding.observed(
        new PeerObservation(cases, population, Optional.of(lowest), peers.size()));
  }

  @Override
  public Finding visit(AtLeastEvents t) {
    if (evidence.events().isEmpty()) {
      return missingList(EvidenceList.EVENTS);
    }
    Optional<AtLeastEvents.Days> days = t.days(evidence.period());
    if (days.isEmpty()) {
      return Finding.observed(new EventCountObservation(0, Optional.empty(), Optional.empty()));
    }
    LocalDate first = days.get().first();
    LocalDate last = days.get().last();
    long count =
        eventsOf(Set.of(t.eventKind())).stream()
            .filter(e -> !e.date().isBefore(first) && !e.date().isAfter(last))
            .count();
    return Finding.observed(
        new EventCountObservation(count, Optional.of(first), Optional.of(last)));
  }

  @Override
  public Finding visit(PeerAverage t) {
    List<MissingEvidence> missing = new ArrayList<>();
    // metrics() lists the metric, then the base if any.
    long[] v = read(missing, t.metrics().toArray(MetricKey[]::new));
    // A peer whose figure is unknown leaves the average unknown.
    readPeers(
        missing,
        (peer, out) -> {
          for (MetricKey key : t.metrics()) {
            if (peer.count(key).isEmpty()) {
              out.add(new MissingPeerCount(peer.unitId(), key));
            }
          }
        });
    if (!missing.isEmpty()) {
      return Finding.missing(missing);
    }
    long value = v[0];
    OptionalLong base = t.per().isPresent() ? OptionalLong.of(v[1]) : OptionalLong.empty();
    List<Peer> peers = evidence.peers().orElseThrow();
    // A share of its base (the set declares the metric part of it) cannot rise above the base.
    boolean partOfBase =
        t.per().isPresent() && set.evidenceRules().isPartOf(t.metric(), t.per().get());
    if (peers.isEmpty()) {
      return Finding.observed(
          new PeerAverageObservation(value, base, Optional.empty(), 0, partOfBase));
    }
    // The exact sum of the peers' figures m / b, as one fraction; a base of 0 is invalid evidence
    // (EvidenceRules), so every b is at least 1.
    BigInteger[] sum = sum(t, peers, 0, peers.size());
    BigInteger numerator = sum[0];
    BigInteger denominator = sum[1];
    Mean mean = Mean.reduced(numerator, denominator.multiply(BigInteger.valueOf(peers.size())));
    return Finding.observed(
        new PeerAverageObservation(value, base, Optional.of(mean), peers.size(), partOfBase));
  }

  /**
   * Returns the exact sum of the peers' figures {@code from} to {@code to} (exclusive), as a numerator and a
   * denominator, not reduced. The halves are summed apart and then added, so that the denominators (the least
   * common multiples of the bases) grow in a balanced tree: adding the figures one by one to a running sum costs
   * time quadratic in the number of peers whose bases differ.
   */
  private static BigInteger[] sum(PeerAverage t, List<Peer> peers, int from, int to) {
    if (to - from == 1) {
      Peer peer = peers.get(from);
      return new BigInteger[] {
        BigInteger.valueOf(peer.count(t.metric()).getAsLong()),
        t.per().isPresent()
            ? BigInteger.valueOf(peer.count(t.per().get()).getAsLong())
            : BigInteger.ONE
      };
    }
    int middle = (from + to) >>> 1;
    BigInteger[] left = sum(t, peers, from, middle);
    BigInteger[] right = sum(t, peers, middle, to);
    if (left[1].equals(right[1])) {
      return new BigInteger[] {left[0].add(right[0]), left[1]};
    }
    BigInteger g = left[1].gcd(right[1]);
    return new BigInteger[] {
      left[0].multiply(right[1].divide(g)).add(right[0].multiply(left[1].divide(g))),
      left[1].divide(g).multiply(right[1])
    };
  }

  @Override
  public Finding visit(Sample t) {
    List<MissingEvidence> missing = new ArrayList<>();
    long population = read(missing, t.population())[0];
    Optional<ImmutableList<SampledUnit>> sample = evidence.sample(criterion.id());
    if (missing.isEmpty() && population == 0) {
      // An empty population: nothing to sample, with or without a list (which then is empty).
      return Finding.observed(
          new SampleObservation(0, 0, sample.map(List::size).orElse(0), ImmutableList.of()));
    }
    if (sample.isEmpty()) {
      missing.add(new MissingSample(criterion.id()));
    }
    if (!missing.isEmpty()) {
      return Finding.missing(missing);
    }
    ImmutableList<SampledUnit> units = sample.get();
    ImmutableList<String> failed =
        units.stream()
            .filter(u -> !u.passed())
            .map(SampledUnit::unitId)
            .sorted()
            .collect(ImmutableList.toImmutableList());
    return Finding.observed(
        new SampleObservation(population, t.required(population), units.size(), failed));
  }
}
