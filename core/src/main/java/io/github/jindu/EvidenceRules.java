package io.github.jindu;

import static java.util.Objects.requireNonNull;

import com.google.common.collect.ImmutableList;
import com.google.common.collect.ImmutableMap;
import com.google.common.collect.ImmutableSet;
import io.github.jindu.bar.Attested;
import io.github.jindu.bar.ByDate;
import io.github.jindu.bar.Increase;
import io.github.jindu.bar.LowestAmongPeers;
import io.github.jindu.bar.MaxRate;
import io.github.jindu.bar.MinShare;
import io.github.jindu.bar.PeerAverage;
import io.github.jindu.bar.Sample;
import io.github.jindu.bar.Threshold;
import io.github.jindu.internal.CanonicalNames;
import io.github.jindu.internal.Texts;
import java.time.LocalDate;
import java.util.ArrayDeque;
import java.util.ArrayList;
import java.util.Deque;
import java.util.HashMap;
import java.util.HashSet;
import java.util.LinkedHashMap;
import java.util.LinkedHashSet;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.Set;

/**
 * The rules of valid evidence (docs/spec/criteria.md, "Invalid evidence"; docs/evidence-format.md). {@link #intrinsic} holds the
 * rules an {@link Evidence} value guards itself; {@link #against} those that depend on a criteria set. Each
 * violation names its rule code, its location and the offending values.
 */
final class EvidenceRules {
  private static final Location COUNTS = Location.of(Location.Segment.member("counts"));
  private static final Location PREVIOUS = Location.of(Location.Segment.member("previous"));
  private static final Location UNIT = Location.of(Location.Segment.member("unit"));
  private static final Location PERIOD = Location.of(Location.Segment.member("period"));

  private EvidenceRules() {}

  private static Location at(String member) {
    return Location.of(Location.Segment.member(member));
  }

  /** {@return the violations of the rules that need no criteria set, in document order} */
  static ImmutableList<Violation> intrinsic(Evidence evidence) {
    Set<Violation> out = new LinkedHashSet<>();
    checkUnit(evidence.unit(), UNIT, out);
    checkCounts(evidence.counts(), COUNTS, out);
    checkCounts(evidence.previous(), PREVIOUS, out);
    Set<String> subunitIds = new HashSet<>();
    Map<String, Unit> byId = new HashMap<>();
    Map<String, String> byName = new HashMap<>();
    evidence
        .subunits()
        .ifPresent(
            subunits -> {
              for (int i = 0; i < subunits.size(); i++) {
                Unit subunit = subunits.get(i);
                Location path = at("subunits").index(i);
                checkUnit(subunit, path, out);
                if (subunit.kind() == UnitKind.TOWN || subunit.kind() == UnitKind.STREET) {
                  out.add(
                      Violation.of(
                          RuleCode.SUBUNIT_KIND,
                          path.member("kind"),
                          subunit.id(),
                          CanonicalNames.of(subunit.kind())));
                }
                Optional<String> district = evidence.unit().districtId();
                if (subunit.districtId().isPresent()
                    && district.isPresent()
                    && !subunit.districtId().equals(district)) {
                  out.add(
                      Violation.of(
                          RuleCode.SUBUNIT_DISTRICT_DIFFERS,
                          path.member("district"),
                          subunit.id(),
                          subunit.districtId().get(),
                          evidence.unit().id(),
                          district.get()));
                }
                if (subunit.id().equals(evidence.unit().id())) {
                  out.add(Violation.of(RuleCode.SUBUNIT_IS_UNIT, path.member("id"), subunit.id()));
                } else if (!subunitIds.add(subunit.id())) {
                  out.add(Violation.of(RuleCode.SUBUNIT_TWICE, path.member("id"), subunit.id()));
                } else {
                  String first = byName.putIfAbsent(Texts.shown(subunit.name()), subunit.id());
                  if (first != null) {
                    out.add(
                        Violation.of(
                            RuleCode.SUBUNIT_NAME_TWICE,
                            path.member("name"),
                            Texts.abbreviated(subunit.name()),
                            first,
                            subunit.id()));
                  }
                }
                byId.putIfAbsent(subunit.id(), subunit);
              }
            });
    evidence
        .events()
        .ifPresent(
            events -> {
              for (int i = 0; i < events.size(); i++) {
                checkEvent(events.get(i), at("events").index(i), evidence, byId, out);
              }
            });
    evidence
        .attestations()
        .forEach(
            (criterion, attestation) -> {
              checkId(criterion, at("attestations").key(criterion), out);
              checkText(
                  attestation.reference(),
                  at("attestations").key(criterion).member("reference"),
                  out);
            });
    Set<VetoFinding> findings = new HashSet<>();
    List<VetoFinding> vetoes = evidence.vetoFindings();
    for (int i = 0; i < vetoes.size(); i++) {
      VetoFinding finding = vetoes.get(i);
      Location path = at("vetoes").index(i);
      checkId(finding.id(), path.member("id"), out);
      checkText(finding.reference(), path.member("reference"), out);
      if (!findings.add(finding)) {
        out.add(
            Violation.of(
                RuleCode.VETO_FINDING_TWICE,
                path,
                finding.id(),
                Texts.abbreviated(finding.reference())));
      }
    }
    evidence.peers().ifPresent(peers -> checkPeers(peers, evidence.unit().id(), subunitIds, out));
    evidence.samples().forEach((criterion, units) -> checkSample(criterion, units, out));
    return ImmutableList.copyOf(out);
  }

  /**
   * Checks one criterion's list of samples: its key is an id, every unit's id is an id, and no unit is sampled twice
   * ({@link RuleCode#SAMPLE_UNIT_TWICE}).
   */
  private static void checkSample(String criterion, List<SampledUnit> units, Set<Violation> out) {
    Location list = at("samples").key(criterion);
    checkId(criterion, list, out);
    Set<String> seen = new HashSet<>();
    for (int i = 0; i < units.size(); i++) {
      String unit = units.get(i).unitId();
      Location path = list.index(i).member("unit");
      Optional<Violation> problem = Texts.idProblem(unit, path);
      if (problem.isPresent()) {
        out.add(problem.get());
      } else if (!seen.add(unit)) {
        out.add(Violation.of(RuleCode.SAMPLE_UNIT_TWICE, path, unit, criterion));
      }
    }
  }

  private static void checkUnit(Unit unit, Location path, Set<Violation> out) {
    checkId(unit.id(), path.member("id"), out);
    checkText(unit.name(), path.member("name"), out);
    unit.districtId().ifPresent(d -> checkId(d, path.member("district"), out));
  }

  private static void checkId(String id, Location path, Set<Violation> out) {
    Texts.idProblem(id, path).ifPresent(out::add);
  }

  private static void checkText(String text, Location path, Set<Violation> out) {
    Texts.problem(text, path).ifPresent(out::add);
  }

  private static void checkCounts(Map<MetricKey, Long> counts, Location path, Set<Violation> out) {
    counts.forEach(
        (metric, value) -> {
          if (value < 0) {
            out.add(Violation.of(RuleCode.COUNT_NEGATIVE, path.key(metric.name()), metric, value));
          }
        });
  }

  private static void checkEvent(
      Event event,
      Location path,
      Evidence evidence,
      Map<String, Unit> subunits,
      Set<Violation> out) {
    AssessmentPeriod period = evidence.period();
    String type = event.kind().id();
    if (!Texts.isFourDigitYear(event.date().getYear())) {
      out.add(Violation.of(RuleCode.DATE_YEAR_OUT_OF_RANGE, path.member("date"), event.date()));
    } else if (event.date().isAfter(period.end())) {
      out.add(
          Violation.of(
              RuleCode.EVENT_AFTER_PERIOD, path.member("date"), type, event.date(), period.end()));
    } else if (event.date().isBefore(period.start()) && !mayPredatePeriod(event.kind())) {
      out.add(
          Violation.of(
              RuleCode.EVENT_BEFORE_PERIOD,
              path.member("date"),
              type,
              event.date(),
              period.start()));
    }
    // A declared type's settings and sub-unit are checked against its definition, with the set.
    if (!event.settings().isEmpty()
        && event.kind().isBuiltIn()
        && !event.kind().is(EventType.PREVENTION_ACTIVITY)) {
      out.add(Violation.of(RuleCode.EVENT_SETTINGS_NOT_ACTIVITY, path.member("settings"), type));
    }
    if (event.kind().is(EventType.RESPONSIBILITY_LETTER) && event.subunitId().isEmpty()) {
      out.add(Violation.of(RuleCode.LETTER_WITHOUT_SUBUNIT, path.member("subunit")));
    }
    event
        .subunitId()
        .ifPresent(
            id -> {
              Unit subunit = subunits.get(id);
              Optional<Violation> malformed = Texts.idProblem(id, path.member("subunit"));
              if (malformed.isPresent()) {
                out.add(malformed.get());
              } else if (evidence.subunits().isEmpty()) {
                out.add(Violation.of(RuleCode.EVENT_NO_SUBUNITS, path.member("subunit"), type, id));
              } else if (subunit == null) {
                out.add(
                    Violation.of(
                        RuleCode.EVENT_UNLISTED_SUBUNIT, path.member("subunit"), type, id));
              } else if (event.kind().is(EventType.RESPONSIBILITY_LETTER)
                  && !signsLetters(subunit.kind())) {
                out.add(
                    Violation.of(
                        RuleCode.LETTER_FAMILY,
                        path.member("subunit"),
                        id,
                        Texts.abbreviated(subunit.name())));
              }
            });
  }

  /**
   * Whether an event of a type may be dated before the period's first day: a responsibility letter stays in force
   * for years ({@code WITHIN}), and a prevention plan may be adopted in the last months of the preceding year
   * (年初有计划, from the window's start that {@link #against} checks).
   */
  static boolean mayPredatePeriod(EventKind kind) {
    return kind.is(EventType.RESPONSIBILITY_LETTER) || kind.is(EventType.PREVENTION_PLAN);
  }

  /**
   * Whether a kind of sub-unit signs a responsibility letter (二(三): 与各村、居委及驻区单位签订禁毒工作责任书): villages,
   * residents' committees, companies and schools do; families do not.
   */
  static boolean signsLetters(UnitKind kind) {
    return kind != UnitKind.FAMILY;
  }

  private static void checkPeers(
      List<Peer> peers, String unitId, Set<String> subunitIds, Set<Violation> out) {
    Set<String> seen = new HashSet<>();
    for (int i = 0; i < peers.size(); i++) {
      Peer peer = peers.get(i);
      Location path = at("peers").index(i);
      Optional<Violation> problem = Texts.idProblem(peer.unitId(), path.member("unit"));
      if (problem.isPresent()) {
        out.add(problem.get());
      } else if (peer.unitId().equals(unitId)) {
        out.add(Violation.of(RuleCode.PEER_IS_UNIT, path.member("unit"), peer.unitId()));
      } else if (subunitIds.contains(peer.unitId())) {
        out.add(Violation.of(RuleCode.PEER_IS_SUBUNIT, path.member("unit"), peer.unitId(), unitId));
      } else if (!seen.add(peer.unitId())) {
        out.add(Violation.of(RuleCode.PEER_TWICE, path.member("unit"), peer.unitId()));
      }
      checkPeerFigures(peer, path, out);
      checkCounts(peer.counts(), path.member("counts"), out);
    }
  }

  /**
   * Checks a peer's known figures: a population of at least 1, a count of cases of at least 0. An unknown figure
   * is not a violation (it makes the peer criterion not assessed).
   *
   * @param peer the peer
   * @param path where the peer is, such as {@code peers} / 2
   * @param out where violations are added
   */
  static void checkPeerFigures(Peer peer, Location path, Set<Violation> out) {
    if (peer.population().isPresent() && peer.population().getAsLong() < 1) {
      out.add(
          Violation.of(
              RuleCode.PEER_POPULATION,
              path.member("population"),
              peer.unitId(),
              peer.population().getAsLong()));
    }
    if (peer.cases().isPresent() && peer.cases().getAsLong() < 0) {
      out.add(
          Violation.of(
              RuleCode.PEER_CASES_NEGATIVE,
              path.member("cases"),
              peer.unitId(),
              peer.cases().getAsLong()));
    }
  }

  /**
   * Checks a peer's counts against the rules that depend on the criteria set: a peer's counts are the district's
   * figures for the set's own metrics, so each is one the set reads, no part is above its whole and no base of a
   * rate is 0 (the average of a share of nobody is not defined).
   *
   * @param counts the peer's counts
   * @param path where they are, such as {@code peers} / 2 / {@code counts}
   * @param set the criteria set
   * @param out where violations are added
   */
  private static void checkPeerCounts(
      Map<MetricKey, Long> counts, Location path, CriteriaSet set, Set<Violation> out) {
    if (counts.isEmpty()) {
      return;
    }
    SetRules rules = set.evidenceRules();
    checkKnownMetrics(counts, path, set.metrics(), RuleCode.METRIC_UNKNOWN, set, out);
    checkParts(counts, path, rules.containments, out);
    checkRateBases(counts, path, rules.rateBases, out);
  }

  /**
   * Returns the violations of one peer's figures given apart from any unit's evidence (a district's list of its
   * units, {@code district-peers/1}): those that need no set ({@link #checkPeerFigures}, no count below 0) and those
   * that depend on the set ({@link #checkPeerCounts}).
   *
   * @param peer the peer
   * @param path where the peer is, such as {@code peers} / 2 of a district's list
   * @param set the criteria set
   * @return the violations, in the order of the peer's members
   */
  static ImmutableList<Violation> peer(Peer peer, Location path, CriteriaSet set) {
    Set<Violation> out = new LinkedHashSet<>();
    checkPeerFigures(peer, path, out);
    checkCounts(peer.counts(), path.member("counts"), out);
    checkPeerCounts(peer.counts(), path.member("counts"), set, out);
    return ImmutableList.copyOf(out);
  }

  /** {@return the violations of the rules that depend on the criteria set, in document order} */
  static ImmutableList<Violation> against(Evidence evidence, CriteriaSet set) {
    return against(evidence, set, false);
  }

  /**
   * Returns the violations of the rules that depend on the criteria set, in document order.
   *
   * @param evidence a unit's evidence
   * @param set the criteria set
   * @param subunit whether the evidence is a sub-unit's, rolled up into its town: then its kind is not one the set
   *     assesses and its period is its parent's (checked by the tree), so neither is checked; every other rule is
   * @return the violations
   */
  static ImmutableList<Violation> against(Evidence evidence, CriteriaSet set, boolean subunit) {
    Set<Violation> out = new LinkedHashSet<>();
    if (!subunit) {
      checkKindAndPeriod(evidence, set, out);
    }
    checkData(evidence, set, out);
    checkEventKinds(evidence, set, out);
    return ImmutableList.copyOf(out);
  }

  private static void checkKindAndPeriod(Evidence evidence, CriteriaSet set, Set<Violation> out) {
    if (!set.unitKinds().contains(evidence.unit().kind())) {
      out.add(
          Violation.of(
              RuleCode.UNIT_KIND_NOT_ASSESSED,
              UNIT.member("kind"),
              CanonicalNames.of(evidence.unit().kind()),
              set.id(),
              kinds(set)));
    }
    AssessmentPeriod period = evidence.period();
    if (set.calendarYear() && !isCalendarYear(period)) {
      out.add(Violation.of(RuleCode.PERIOD_NOT_CALENDAR_YEAR, PERIOD, period, set.id()));
    } else if (set.annual() && !period.end().isBefore(period.start().plusYears(1))) {
      out.add(
          Violation.of(RuleCode.PERIOD_LONGER_THAN_YEAR, PERIOD.member("end"), period, set.id()));
    }
    if (!set.isInForce(period)) {
      out.add(
          Violation.of(
              RuleCode.PERIOD_NOT_IN_FORCE,
              PERIOD,
              set.id(),
              set.version(),
              set.inForceFrom().map(Object::toString).orElse("\u2026"),
              set.inForceUntil().map(Object::toString).orElse("\u2026"),
              period));
    }
  }

  /**
   * Checks every event's type against the set: a type neither built in nor declared is unknown; an event of a
   * declared type lists settings only if the type carries them, and names a sub-unit if the type must.
   */
  private static void checkEventKinds(Evidence evidence, CriteriaSet set, Set<Violation> out) {
    List<Event> events = evidence.events().orElse(ImmutableList.of());
    for (int i = 0; i < events.size(); i++) {
      Event event = events.get(i);
      EventKind kind = event.kind();
      if (kind.isBuiltIn()) {
        continue;
      }
      Location path = at("events").index(i);
      Optional<EventTypeDefinition> definition = set.eventType(kind);
      if (definition.isEmpty()) {
        out.add(
            Violation.of(RuleCode.EVENT_TYPE_UNKNOWN, path.member("type"), kind.id(), known(set)));
        continue;
      }
      if (!event.settings().isEmpty() && !definition.get().carriesSettings()) {
        out.add(
            Violation.of(RuleCode.EVENT_SETTINGS_NOT_CARRIED, path.member("settings"), kind.id()));
      }
      if (definition.get().namesSubunit() && event.subunitId().isEmpty()) {
        out.add(Violation.of(RuleCode.EVENT_WITHOUT_SUBUNIT, path.member("subunit"), kind.id()));
      }
    }
  }

  /** {@return the ids of the event types a set knows: the built-in ones, then the declared ones, comma-separated} */
  static String known(CriteriaSet set) {
    List<String> ids = new ArrayList<>();
    for (EventType t : EventType.values()) {
      ids.add(EventKind.of(t).id());
    }
    set.eventTypes().forEach(d -> ids.add(d.id()));
    return String.join(", ", ids);
  }

  private static void checkData(Evidence evidence, CriteriaSet set, Set<Violation> out) {
    SetRules rules = set.evidenceRules();
    checkKnownMetrics(evidence.counts(), COUNTS, set.metrics(), RuleCode.METRIC_UNKNOWN, set, out);
    checkKnownMetrics(
        evidence.previous(),
        PREVIOUS,
        rules.previousMetrics,
        RuleCode.PREVIOUS_METRIC_UNKNOWN,
        set,
        out);
    Map<String, Criterion> byId = rules.criteriaById;
    Map<MetricKey, ImmutableList<String>> rateBases = rules.rateBases;
    checkWindows(evidence, set, out);
    checkParts(evidence, set, out);
    checkRateBases(evidence.counts(), COUNTS, rateBases, out);
    List<Peer> peers = evidence.peers().orElse(ImmutableList.of());
    for (int i = 0; i < peers.size(); i++) {
      checkPeerCounts(peers.get(i).counts(), at("peers").index(i).member("counts"), set, out);
    }
    evidence
        .attestations()
        .keySet()
        .forEach(
            id -> {
              Criterion criterion = byId.get(id);
              Location path = at("attestations").key(id);
              if (criterion == null) {
                out.add(Violation.of(RuleCode.ATTESTATION_UNKNOWN_CRITERION, path, id, set.id()));
              } else if (!(criterion.threshold() instanceof Attested)) {
                out.add(
                    Violation.of(
                        RuleCode.ATTESTATION_NOT_ATTESTED,
                        path,
                        id,
                        CanonicalNames.of(criterion.threshold().kind())));
              }
            });
    evidence
        .samples()
        .forEach(
            (id, units) -> {
              Criterion criterion = byId.get(id);
              Location path = at("samples").key(id);
              if (criterion == null) {
                out.add(Violation.of(RuleCode.SAMPLE_UNKNOWN_CRITERION, path, id, set.id()));
              } else if (!(criterion.threshold() instanceof Sample sample)) {
                out.add(
                    Violation.of(
                        RuleCode.SAMPLE_NOT_SAMPLE,
                        path,
                        id,
                        CanonicalNames.of(criterion.threshold().kind())));
              } else {
                Long population = evidence.counts().get(sample.population());
                if (population != null && units.size() > population) {
                  out.add(
                      Violation.of(
                          RuleCode.SAMPLE_ABOVE_POPULATION,
                          path,
                          id,
                          units.size(),
                          sample.population(),
                          population));
                }
              }
            });
    Set<String> vetoIds = rules.vetoIds;
    List<VetoFinding> vetoes = evidence.vetoFindings();
    if (vetoIds.isEmpty() && !vetoes.isEmpty()) {
      out.add(Violation.of(RuleCode.VETO_NO_RULES, at("vetoes"), set.id(), vetoes.size()));
    }
    for (int i = 0; i < vetoes.size() && !vetoIds.isEmpty(); i++) {
      String id = vetoes.get(i).id();
      if (!vetoIds.contains(id)) {
        out.add(
            Violation.of(
                RuleCode.VETO_UNKNOWN,
                at("vetoes").index(i).member("id"),
                id,
                set.id(),
                String.join(", ", vetoIds)));
      }
    }
  }

  /**
   * Returns the violations of the rules that hold for a document whatever title it is for: a school's, a
   * company's or a family's evidence given with its town, which is assessed for its own title (无毒校园, 无毒单位,
   * 无毒家庭) on a set of its own and may carry metrics, attestations and findings the town's set does not read.
   * What it gives of the town's metrics must still be possible: no part above its whole (the part-of-a-whole
   * relations of the set's shares and its {@code partOf} declarations), this period's and the previous.
   *
   * @param evidence the sub-unit's evidence
   * @param set the town's criteria set
   * @return the violations, in document order
   */
  static ImmutableList<Violation> ownTitle(Evidence evidence, CriteriaSet set) {
    Set<Violation> out = new LinkedHashSet<>();
    checkParts(evidence, set, out);
    return ImmutableList.copyOf(out);
  }

  /** Checks that no count the set relates to a whole is above it, this period's and the previous. */
  private static void checkParts(Evidence evidence, CriteriaSet set, Set<Violation> out) {
    ImmutableMap<MetricKey, ImmutableList<Containment>> containments =
        set.evidenceRules().containments;
    checkParts(evidence.counts(), COUNTS, containments, out);
    checkParts(evidence.previous(), PREVIOUS, containments, out);
  }

  /**
   * Checks that every event dated before the period's first day may be: a prevention plan only from the earliest
   * window start of the set's {@link ByDate} bars on plans (docs/spec/criteria.md, {@code BY_DATE}; for the default
   * set 1 October of the preceding year), or not at all when no bar reads plans that way.
   */
  private static void checkWindows(Evidence evidence, CriteriaSet set, Set<Violation> out) {
    List<Event> events = evidence.events().orElse(ImmutableList.of());
    AssessmentPeriod period = evidence.period();
    for (int i = 0; i < events.size(); i++) {
      Event event = events.get(i);
      if (!event.kind().is(EventType.PREVENTION_PLAN) || !event.date().isBefore(period.start())) {
        continue;
      }
      Optional<LocalDate> opens =
          set.criteria().stream()
              .map(Criterion::threshold)
              .filter(t -> t instanceof ByDate && event.kind().is(((ByDate) t).eventType()))
              .map(t -> ((ByDate) t).windowStart(period))
              .min(LocalDate::compareTo);
      Location path = at("events").index(i).member("date");
      String type = event.kind().id();
      if (opens.isEmpty() || !opens.get().isBefore(period.start())) {
        out.add(
            Violation.of(RuleCode.EVENT_BEFORE_PERIOD, path, type, event.date(), period.start()));
      } else if (event.date().isBefore(opens.get())) {
        out.add(
            Violation.of(
                RuleCode.EVENT_BEFORE_WINDOW, path, type, event.date(), opens.get(), set.id()));
      }
    }
  }

  /** Checks that no base of a rate the set reads is 0. */
  private static void checkRateBases(
      Map<MetricKey, Long> counts,
      Location path,
      Map<MetricKey, ImmutableList<String>> rateBases,
      Set<Violation> out) {
    rateBases.forEach(
        (base, rated) -> {
          Long value = counts.get(base);
          if (value != null && value == 0) {
            List<String> values = new ArrayList<>();
            values.add(base.name());
            values.addAll(rated);
            out.add(Violation.of(RuleCode.COUNT_RATE_BASE_ZERO, path.key(base.name()), values));
          }
        });
  }

  /** {@return whether a period is one calendar year, 1 January to 31 December of the same year} */
  private static boolean isCalendarYear(AssessmentPeriod period) {
    return period.start().getDayOfYear() == 1
        && period.end().getYear() == period.start().getYear()
        && period.end().getMonthValue() == 12
        && period.end().getDayOfMonth() == 31;
  }

  private static String kinds(CriteriaSet set) {
    return set.unitKinds().stream()
        .map(CanonicalNames::of)
        .reduce((a, b) -> a + ", " + b)
        .orElse("");
  }

  private static void checkKnownMetrics(
      Map<MetricKey, Long> counts,
      Location path,
      Set<MetricKey> known,
      RuleCode rule,
      CriteriaSet set,
      Set<Violation> out) {
    for (MetricKey metric : counts.keySet()) {
      if (!known.contains(metric)) {
        out.add(Violation.of(rule, path.key(metric.name()), metric, set.id()));
      }
    }
  }

  /**
   * Checks that no count exceeds a count it is a part of, directly (a share's numerator and denominator) or through
   * a chain of shares (3-year abstinent within 1-year abstinent within registered users), even when a link of the
   * chain is absent.
   */
  private static void checkParts(
      Map<MetricKey, Long> counts,
      Location path,
      ImmutableMap<MetricKey, ImmutableList<Containment>> containments,
      Set<Violation> out) {
    containments.forEach(
        (part, wholes) -> {
          Long p = counts.get(part);
          if (p == null) {
            return;
          }
          for (Containment c : wholes) {
            Long w = counts.get(c.whole);
            if (w != null && p > w) {
              List<String> values =
                  new ArrayList<>(List.of(part.name(), p.toString(), c.whole.name(), w.toString()));
              values.addAll(c.links);
              out.add(
                  Violation.of(
                      c.links.isEmpty()
                          ? RuleCode.COUNT_PART_ABOVE_WHOLE
                          : RuleCode.COUNT_PART_ABOVE_WHOLE_VIA,
                      path.key(part.name()),
                      values));
            }
          }
        });
  }

  /**
   * A whole a count is within (部分不超过整体), directly or through a chain of parts.
   *
   * @param whole the whole's key
   * @param links the keys between the part and the whole, innermost first; empty for a direct part
   */
  private record Containment(MetricKey whole, ImmutableList<String> links) {}

  /**
   * What the rules that depend on a criteria set read of it, worked out once per set ({@link
   * CriteriaSet#evidenceRules()}) rather than for every evidence checked against it: the wholes of every part, in
   * the order the checks visit them, the bases of the rates, the criteria by id, the metrics read for the previous
   * period and the veto rules' ids.
   */
  static final class SetRules {
    final ImmutableMap<MetricKey, ImmutableList<Containment>> containments;
    final ImmutableMap<MetricKey, ImmutableList<String>> rateBases;
    final ImmutableMap<String, Criterion> criteriaById;
    final ImmutableSet<MetricKey> previousMetrics;
    final ImmutableSet<String> vetoIds;

    /**
     * {@return whether {@code part} is within {@code whole} by the set's declarations, directly or through a chain
     * of parts: then a count of it is never above the whole}
     */
    boolean isPartOf(MetricKey part, MetricKey whole) {
      return containments.getOrDefault(part, ImmutableList.of()).stream()
          .anyMatch(c -> c.whole().equals(whole));
    }

    SetRules(CriteriaSet set) {
      Map<MetricKey, Set<MetricKey>> wholes = new LinkedHashMap<>();
      Map<MetricKey, List<String>> bases = new LinkedHashMap<>();
      Map<String, Criterion> byId = new LinkedHashMap<>();
      ImmutableSet.Builder<MetricKey> previous = ImmutableSet.builder();
      for (Criterion criterion : set.criteria()) {
        byId.putIfAbsent(criterion.id(), criterion);
        Threshold t = criterion.threshold();
        if (t instanceof MinShare share) {
          wholes
              .computeIfAbsent(share.numerator(), k -> new LinkedHashSet<>())
              .add(share.denominator());
        } else if (t instanceof Increase rise && rise.isShare()) {
          wholes
              .computeIfAbsent(rise.metric(), k -> new LinkedHashSet<>())
              .add(rise.denominator().get());
        }
        if (t instanceof MaxRate rate) {
          bases.computeIfAbsent(rate.base(), k -> new ArrayList<>()).add(rate.count().name());
        } else if (t instanceof LowestAmongPeers lowest) {
          bases
              .computeIfAbsent(lowest.population(), k -> new ArrayList<>())
              .add(lowest.cases().name());
        } else if (t instanceof PeerAverage average && average.per().isPresent()) {
          bases
              .computeIfAbsent(average.per().get(), k -> new ArrayList<>())
              .add(average.metric().name());
        }
        if (t instanceof Increase) {
          previous.addAll(t.metrics());
        }
      }
      for (Metric m : set.metricDefinitions()) {
        if (!m.partOf().isEmpty()) {
          wholes.computeIfAbsent(m.key(), k -> new LinkedHashSet<>()).addAll(m.partOf());
        }
      }
      ImmutableMap.Builder<MetricKey, ImmutableList<Containment>> closure = ImmutableMap.builder();
      wholes.forEach((part, direct) -> closure.put(part, containments(part, wholes)));
      ImmutableMap.Builder<MetricKey, ImmutableList<String>> rates = ImmutableMap.builder();
      bases.forEach((base, counts) -> rates.put(base, ImmutableList.copyOf(counts)));
      this.containments = closure.buildOrThrow();
      this.rateBases = rates.buildOrThrow();
      this.criteriaById = ImmutableMap.copyOf(byId);
      this.previousMetrics = previous.build();
      this.vetoIds =
          set.vetoRules().stream().map(VetoRule::id).collect(ImmutableSet.toImmutableSet());
    }

    /** {@return every whole a part is within, breadth first: its direct wholes, then theirs; a cycle ends} */
    private static ImmutableList<Containment> containments(
        MetricKey part, Map<MetricKey, Set<MetricKey>> wholes) {
      ImmutableList.Builder<Containment> out = ImmutableList.builder();
      Map<MetricKey, MetricKey> via = new LinkedHashMap<>();
      Deque<MetricKey> queue = new ArrayDeque<>(requireNonNull(wholes.get(part)));
      requireNonNull(wholes.get(part)).forEach(w -> via.put(w, part));
      while (!queue.isEmpty()) {
        MetricKey whole = queue.removeFirst();
        out.add(new Containment(whole, ImmutableList.copyOf(links(part, whole, via))));
        for (MetricKey next : wholes.getOrDefault(whole, Set.of())) {
          if (!via.containsKey(next) && !next.equals(part)) {
            via.put(next, whole);
            queue.addLast(next);
          }
        }
      }
      return out.build();
    }
  }

  /** {@return the keys between a part and a whole it is counted within, innermost first; empty for a direct part} */
  private static List<String> links(
      MetricKey part, MetricKey whole, Map<MetricKey, MetricKey> via) {
    List<String> links = new ArrayList<>();
    for (MetricKey m = requireNonNull(via.get(whole));
        !m.equals(part);
        m = requireNonNull(via.get(m))) {
      links.add(0, m.name());
    }
    return links;
  }
}
