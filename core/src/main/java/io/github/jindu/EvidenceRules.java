package io.github.jindu;

import io.github.jindu.bar.Attested;
import io.github.jindu.bar.Increase;
import io.github.jindu.bar.LowestAmongPeers;
import io.github.jindu.bar.MaxRate;
import io.github.jindu.bar.MinShare;
import io.github.jindu.bar.Threshold;

import static io.github.jindu.internal.JsonPaths.index;
import static io.github.jindu.internal.JsonPaths.key;
import static io.github.jindu.internal.JsonPaths.member;

import com.google.common.collect.ImmutableList;
import io.github.jindu.internal.Texts;
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
 * The rules of valid evidence (criteria.md, "Invalid evidence"; evidence-format.md). {@link #intrinsic} holds the
 * rules an {@link Evidence} value guards itself; {@link #against} those that depend on a criteria set. Each
 * violation names its JSON path, the offending value and the rule.
 */
final class EvidenceRules {
  private static final String COUNTS = "$.counts";
  private static final String PREVIOUS = "$.previous";

  private EvidenceRules() {}

  /** {@return the violations of the rules that need no criteria set, in document order} */
  static ImmutableList<Violation> intrinsic(Evidence evidence) {
    Set<Violation> out = new LinkedHashSet<>();
    checkUnit(evidence.unit(), "$.unit", out);
    checkCounts(evidence.counts(), COUNTS, out);
    checkCounts(evidence.previous(), PREVIOUS, out);
    Set<String> subunitIds = new HashSet<>();
    evidence.subunits().ifPresent(subunits -> {
      for (int i = 0; i < subunits.size(); i++) {
        Unit subunit = subunits.get(i);
        String path = index("$.subunits", i);
        checkUnit(subunit, path, out);
        if (subunit.kind() == UnitKind.TOWN || subunit.kind() == UnitKind.STREET) {
          out.add(Violation.of(member(path, "kind"), "sub-unit " + subunit.id() + " is a "
              + subunit.kind().wireName() + "; sub-units are villages, residents' committees, companies, schools and"
              + " families"));
        }
        if (subunit.id().equals(evidence.unit().id())) {
          out.add(Violation.of(member(path, "id"), "sub-unit " + subunit.id() + " is the assessed unit itself"));
        } else if (!subunitIds.add(subunit.id())) {
          out.add(Violation.of(member(path, "id"), "sub-unit " + subunit.id() + " is listed twice"));
        }
      }
    });
    evidence.events().ifPresent(events -> {
      for (int i = 0; i < events.size(); i++) {
        checkEvent(events.get(i), index("$.events", i), evidence, subunitIds, out);
      }
    });
    evidence.attestations().forEach((criterion, attestation) -> checkText(attestation.reference(),
        member(key("$.attestations", criterion), "reference"),
        "the reference of the attestation of " + criterion + " (its supporting document)", out));
    Set<VetoFinding> findings = new HashSet<>();
    for (int i = 0; i < evidence.vetoes().size(); i++) {
      VetoFinding finding = evidence.vetoes().get(i);
      String path = index("$.vetoes", i);
      checkText(finding.id(), member(path, "id"), "a veto finding's id", out);
      checkText(finding.reference(), member(path, "reference"), "the reference of veto finding " + finding.id(), out);
      if (!findings.add(finding)) {
        out.add(Violation.of(path, "veto finding " + finding.id() + " (" + finding.reference() + ") is listed twice"));
      }
    }
    evidence.peers().ifPresent(peers -> checkPeers(peers, evidence.unit().id(), out));
    return ImmutableList.copyOf(out);
  }

  private static void checkUnit(Unit unit, String path, Set<Violation> out) {
    checkText(unit.id(), member(path, "id"), "a unit id", out);
    checkText(unit.name(), member(path, "name"), "the name of unit " + unit.id(), out);
    unit.district().ifPresent(d -> checkText(d, member(path, "district"), "the district of unit " + unit.id(), out));
  }

  private static void checkText(String text, String path, String what, Set<Violation> out) {
    Texts.problem(text).ifPresent(problem -> out.add(Violation.of(path, what + " " + problem)));
  }

  private static void checkCounts(Map<MetricKey, Long> counts, String path, Set<Violation> out) {
    counts.forEach((metric, value) -> {
      if (value < 0) {
        out.add(Violation.of(key(path, metric.name()), metric + " (" + value + ") must not be negative"));
      }
    });
  }

  private static void checkEvent(
      Event event, String path, Evidence evidence, Set<String> subunitIds, Set<Violation> out) {
    AssessmentPeriod period = evidence.period();
    String type = event.type().wireName();
    if (event.date().isAfter(period.end())) {
      out.add(Violation.of(member(path, "date"),
          type + " on " + event.date() + " is after the period's end " + period.end()));
    } else if (event.date().isBefore(period.start()) && event.type() != EventType.RESPONSIBILITY_LETTER) {
      out.add(Violation.of(member(path, "date"),
          type + " on " + event.date() + " is before the period's start " + period.start()
              + " (only a responsibility-letter may predate the period)"));
    }
    if (!event.settings().isEmpty() && event.type() != EventType.PREVENTION_ACTIVITY) {
      out.add(Violation.of(member(path, "settings"),
          "only a prevention-activity has settings; this event is of type " + type));
    }
    if (event.type() == EventType.RESPONSIBILITY_LETTER) {
      if (event.subunit().isEmpty()) {
        out.add(Violation.of(member(path, "subunit"),
            "a responsibility-letter must name the sub-unit that signed it"));
      } else if (evidence.subunits().isEmpty()) {
        out.add(Violation.of(member(path, "subunit"),
            "the responsibility-letter names sub-unit " + event.subunit().get()
                + " but the evidence lists no sub-units"));
      } else if (!subunitIds.contains(event.subunit().get())) {
        out.add(Violation.of(member(path, "subunit"),
            "the responsibility-letter names sub-unit " + event.subunit().get()
                + ", which is not among the listed sub-units"));
      }
    } else if (event.subunit().isPresent()) {
      out.add(Violation.of(member(path, "subunit"),
          "only a responsibility-letter names a sub-unit; this event is of type " + type));
    }
  }

  private static void checkPeers(List<Peer> peers, String unitId, Set<Violation> out) {
    Set<String> seen = new HashSet<>();
    for (int i = 0; i < peers.size(); i++) {
      Peer peer = peers.get(i);
      String path = index("$.peers", i);
      Optional<String> problem = Texts.problem(peer.unit());
      if (problem.isPresent()) {
        out.add(Violation.of(member(path, "unit"), "a peer's unit id " + problem.get()));
      } else if (peer.unit().equals(unitId)) {
        out.add(Violation.of(member(path, "unit"),
            "peer " + peer.unit() + " is the assessed unit itself; peers are the district's other units"));
      } else if (!seen.add(peer.unit())) {
        out.add(Violation.of(member(path, "unit"), "peer " + peer.unit() + " is listed twice"));
      }
      if (peer.population() < 1) {
        out.add(Violation.of(member(path, "population"),
            "the population of peer " + peer.unit() + " (" + peer.population() + ") must be at least 1"));
      }
      if (peer.cases() < 0) {
        out.add(Violation.of(member(path, "cases"),
            "the cases of peer " + peer.unit() + " (" + peer.cases() + ") must not be negative"));
      }
    }
  }

  /** {@return the violations of the rules that depend on the criteria set, in document order} */
  static ImmutableList<Violation> against(Evidence evidence, CriteriaSet set) {
    Set<Violation> out = new LinkedHashSet<>();
    if (!set.unitKinds().contains(evidence.unit().kind())) {
      out.add(Violation.of("$.unit.kind",
          "a " + evidence.unit().kind().wireName() + " is not assessed on criteria set " + set.id()
              + " (it assesses " + kinds(set) + ")"));
    }
    AssessmentPeriod period = evidence.period();
    if (set.annual() && !period.end().isBefore(period.start().plusYears(1))) {
      out.add(Violation.of("$.period.end", "the period " + period + " is longer than a year: criteria set "
          + set.id() + " assesses one year at a time"));
    }
    if (!set.isInForce(period)) {
      out.add(Violation.of("$.period", "criteria set " + set.id() + " version " + set.version() + " is in force "
          + set.inForceFrom().map(Object::toString).orElse("…") + ".." + set.inForceUntil().map(Object::toString)
          .orElse("…") + ", not throughout the period " + period));
    }
    checkKnownMetrics(evidence.counts(), COUNTS, set.metrics(), "reads it", set, out);
    checkKnownMetrics(evidence.previous(), PREVIOUS, previousMetrics(set), "compares it with the previous period",
        set, out);
    Map<String, Criterion> byId = new HashMap<>();
    Map<MetricKey, List<String>> rateBases = new LinkedHashMap<>();
    Map<MetricKey, Set<MetricKey>> wholes = new LinkedHashMap<>();
    for (Criterion criterion : set.criteria()) {
      byId.put(criterion.id(), criterion);
      Threshold t = criterion.threshold();
      if (t instanceof MinShare) {
        MinShare share = (MinShare) t;
        wholes.computeIfAbsent(share.numerator(), k -> new LinkedHashSet<>()).add(share.denominator());
      } else if (t instanceof Increase && ((Increase) t).isShare()) {
        Increase rise = (Increase) t;
        wholes.computeIfAbsent(rise.metric(), k -> new LinkedHashSet<>()).add(rise.denominator().get());
      } else if (t instanceof MaxRate) {
        rateBases.computeIfAbsent(((MaxRate) t).base(), k -> new ArrayList<>()).add(((MaxRate) t).count().name());
      } else if (t instanceof LowestAmongPeers) {
        LowestAmongPeers lowest = (LowestAmongPeers) t;
        rateBases.computeIfAbsent(lowest.population(), k -> new ArrayList<>()).add(lowest.cases().name());
      }
    }
    checkParts(evidence.counts(), COUNTS, wholes, out);
    checkParts(evidence.previous(), PREVIOUS, wholes, out);
    rateBases.forEach((base, counts) -> {
      Long value = evidence.counts().get(base);
      if (value != null && value == 0) {
        out.add(Violation.of(key(COUNTS, base.name()),
            base + " (0) must be at least 1: it is the base of the rate of " + String.join(" and ", counts)));
      }
    });
    evidence.attestations().keySet().forEach(id -> {
      Criterion criterion = byId.get(id);
      String path = key("$.attestations", id);
      if (criterion == null) {
        out.add(Violation.of(path, "unknown criterion id " + id + " in criteria set " + set.id()));
      } else if (!(criterion.threshold() instanceof Attested)) {
        out.add(Violation.of(path, "criterion " + id + " is decided by its evidence ("
            + criterion.threshold().kind().wireName() + "), not by an attestation"));
      }
    });
    Set<String> vetoIds = new HashSet<>();
    set.vetoRules().forEach(v -> vetoIds.add(v.id()));
    for (int i = 0; i < evidence.vetoes().size(); i++) {
      String id = evidence.vetoes().get(i).id();
      if (!vetoIds.contains(id)) {
        out.add(Violation.of(member(index("$.vetoes", i), "id"),
            "unknown veto id " + id + " in criteria set " + set.id() + " (it has " + vetoIds + ")"));
      }
    }
    return ImmutableList.copyOf(out);
  }

  private static String kinds(CriteriaSet set) {
    return set.unitKinds().stream().map(UnitKind::wireName).reduce((a, b) -> a + ", " + b).orElse("");
  }

  private static Set<MetricKey> previousMetrics(CriteriaSet set) {
    Set<MetricKey> metrics = new HashSet<>();
    for (Criterion criterion : set.criteria()) {
      if (criterion.threshold() instanceof Increase) {
        metrics.addAll(criterion.threshold().metrics());
      }
    }
    return metrics;
  }

  private static void checkKnownMetrics(Map<MetricKey, Long> counts, String path, Set<MetricKey> known,
      String reading, CriteriaSet set, Set<Violation> out) {
    for (MetricKey metric : counts.keySet()) {
      if (!known.contains(metric)) {
        out.add(Violation.of(key(path, metric.name()),
            "unknown metric " + metric + ": no criterion of criteria set " + set.id() + " " + reading));
      }
    }
  }

  /**
   * Checks that no count exceeds a count it is a part of, directly (a share's numerator and denominator) or through
   * a chain of shares (3-year abstinent within 1-year abstinent within registered users), even when a link of the
   * chain is absent.
   */
  private static void checkParts(Map<MetricKey, Long> counts, String path, Map<MetricKey, Set<MetricKey>> wholes,
      Set<Violation> out) {
    for (MetricKey part : wholes.keySet()) {
      Long p = counts.get(part);
      if (p == null) {
        continue;
      }
      Map<MetricKey, MetricKey> via = new LinkedHashMap<>();
      Deque<MetricKey> queue = new ArrayDeque<>(wholes.get(part));
      wholes.get(part).forEach(w -> via.put(w, part));
      while (!queue.isEmpty()) {
        MetricKey whole = queue.removeFirst();
        Long w = counts.get(whole);
        if (w != null && p > w) {
          out.add(Violation.of(key(path, part.name()),
              part + " (" + p + ") must not exceed " + whole + " (" + w + ")" + chain(part, whole, via)));
        }
        for (MetricKey next : wholes.getOrDefault(whole, Set.of())) {
          if (!via.containsKey(next) && !next.equals(part)) {
            via.put(next, whole);
            queue.addLast(next);
          }
        }
      }
    }
  }

  /** {@return empty for a direct part, else ": it is counted within a, which is counted within b"} */
  private static String chain(MetricKey part, MetricKey whole, Map<MetricKey, MetricKey> via) {
    List<MetricKey> links = new ArrayList<>();
    for (MetricKey m = via.get(whole); !m.equals(part); m = via.get(m)) {
      links.add(0, m);
    }
    if (links.isEmpty()) {
      return "";
    }
    StringBuilder text = new StringBuilder(": it is counted within ").append(links.get(0));
    for (int i = 1; i < links.size(); i++) {
      text.append(", which is counted within ").append(links.get(i));
    }
    return text.append(", which is counted within ").append(whole).toString();
  }
}
