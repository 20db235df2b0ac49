package io.github.jindu.json;

import static java.util.Objects.requireNonNull;

import com.google.common.collect.ImmutableList;
import io.github.jindu.AssessmentPeriod;
import io.github.jindu.Attestation;
import io.github.jindu.CriteriaSet;
import io.github.jindu.Event;
import io.github.jindu.Evidence;
import io.github.jindu.InvalidEvidenceException;
import io.github.jindu.Location;
import io.github.jindu.MetricKey;
import io.github.jindu.Peer;
import io.github.jindu.RuleCode;
import io.github.jindu.SampledUnit;
import io.github.jindu.Unit;
import io.github.jindu.VetoFinding;
import io.github.jindu.Violation;
import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.LinkedHashSet;
import java.util.List;
import java.util.Map;
import java.util.Set;
import java.util.TreeMap;
import org.jspecify.annotations.Nullable;

/**
 * The parts of an {@code evidence/1} document that could be read, each list element keyed by its index in the
 * document. It turns into {@link Evidence} and, so that a clerk can fix a file in one pass, it gathers every
 * violation of the document at once: those of its JSON types (found while reading), those an {@link Evidence}
 * guards itself, and those of a criteria set; violations always carry the document's own indices.
 */
final class Draft {
  private static final Set<String> LISTS = Set.of("subunits", "events", "vetoes", "peers");
  private static final int MAX_SALVAGE_ROUNDS = 8;

  @Nullable Unit unit;
  @Nullable AssessmentPeriod period;
  Map<MetricKey, Long> counts = new LinkedHashMap<>();
  Map<MetricKey, Long> previous = new LinkedHashMap<>();
  @Nullable TreeMap<Integer, Unit> subunits;
  @Nullable TreeMap<Integer, Event> events;
  Map<String, Attestation> attestations = new LinkedHashMap<>();
  @Nullable TreeMap<Integer, VetoFinding> vetoes;
  @Nullable TreeMap<Integer, Peer> peers;
  Map<String, TreeMap<Integer, SampledUnit>> samples = new LinkedHashMap<>();

  private Draft copy() {
    Draft d = new Draft();
    d.unit = unit;
    d.period = period;
    d.counts = new LinkedHashMap<>(counts);
    d.previous = new LinkedHashMap<>(previous);
    d.subunits = subunits == null ? null : new TreeMap<>(subunits);
    d.events = events == null ? null : new TreeMap<>(events);
    d.attestations = new LinkedHashMap<>(attestations);
    d.vetoes = vetoes == null ? null : new TreeMap<>(vetoes);
    d.peers = peers == null ? null : new TreeMap<>(peers);
    samples.forEach((id, units) -> d.samples.put(id, new TreeMap<>(units)));
    return d;
  }

  /**
   * Returns the evidence, or throws every violation found: {@code read} (the document's types), then the rules
   * of {@link Evidence}, then, when a set is given, the rules of the set.
   */
  Evidence toEvidence(List<Violation> read, @Nullable CriteriaSet set) {
    Collected all = new Collected();
    all.addAll(read);
    if (unit == null || period == null) {
      throw new InvalidEvidenceException(all.violations());
    }
    Evidence evidence = null;
    try {
      evidence = build();
    } catch (InvalidEvidenceException e) {
      List<Violation> own = remap(e.violations());
      all.addAll(own);
      evidence = salvage(own);
    }
    if (evidence != null && set != null) {
      all.addAll(remap(set.validate(evidence)));
    }
    if (!all.isEmpty() || evidence == null) {
      throw new InvalidEvidenceException(all.violations());
    }
    return evidence;
  }

  /**
   * The violations of a document as they are found, each once, in order: past
   * {@link InvalidEvidenceException#MAX_LISTED} only counted (with the count of a {@link RuleCode#VIOLATIONS_MORE}
   * found), so that a document with a hundred thousand faults is held and reported in bounded memory.
   */
  private static final class Collected {
    private final Set<Violation> listed = new LinkedHashSet<>();
    private long unlisted;

    void addAll(Iterable<Violation> violations) {
      for (Violation v : violations) {
        if (v.code() == RuleCode.VIOLATIONS_MORE) {
          unlisted += Long.parseLong(v.values().get(0));
        } else if (listed.size() < InvalidEvidenceException.MAX_LISTED) {
          listed.add(v);
        } else if (!listed.contains(v)) {
          unlisted++;
        }
      }
    }

    boolean isEmpty() {
      return listed.isEmpty() && unlisted == 0;
    }

    /** {@return the violations listed, then one counting the rest if any; capped by the exception} */
    List<Violation> violations() {
      List<Violation> out = new ArrayList<>(listed);
      if (unlisted > 0) {
        out.add(Violation.of(RuleCode.VIOLATIONS_MORE, Location.root(), unlisted));
      }
      return out;
    }
  }

  private Evidence build() {
    Evidence.Builder b =
        Evidence.builder()
            .unit(requireNonNull(unit))
            .period(requireNonNull(period))
            .putAllCounts(counts)
            .putAllPrevious(previous)
            .putAllAttestations(attestations);
    if (vetoes != null) {
      b.vetoes(ImmutableList.copyOf(vetoes.values()));
    }
    if (subunits != null) {
      b.subunits(ImmutableList.copyOf(subunits.values()));
    }
    if (events != null) {
      b.events(ImmutableList.copyOf(events.values()));
    }
    if (peers != null) {
      b.peers(ImmutableList.copyOf(peers.values()));
    }
    samples.forEach((id, units) -> b.putSample(id, units.values()));
    return b.build();
  }

  /**
   * Returns evidence without the elements at fault, so that the rules of a criteria set can still be checked on
   * the rest; or null when a violation is of the unit or the period, which cannot be left out.
   */
  private @Nullable Evidence salvage(List<Violation> violations) {
    Draft rest = copy();
    List<Violation> pending = violations;
    for (int round = 0; round < MAX_SALVAGE_ROUNDS; round++) {
      for (Violation v : pending) {
        if (!rest.drop(v.location())) {
          return null;
        }
      }
      try {
        return rest.build();
      } catch (InvalidEvidenceException e) {
        pending = rest.remap(e.violations());
      }
    }
    return null;
  }

  /** Leaves out the element a location (in document indices) points into; false if it is not a droppable element. */
  private boolean drop(Location location) {
    List<Location.Segment> path = location.segments();
    if (path.size() < 2 || path.get(0).kind() != Location.SegmentKind.MEMBER) {
      return false;
    }
    String list = path.get(0).name();
    Location.Segment second = path.get(1);
    if (second.kind() == Location.SegmentKind.INDEX) {
      int index = second.index();
      switch (list) {
        case "subunits":
          return subunits != null && subunits.remove(index) != null;
        case "events":
          return events != null && events.remove(index) != null;
        case "vetoes":
          return vetoes != null && vetoes.remove(index) != null;
        case "peers":
          return peers != null && peers.remove(index) != null;
        default:
          return false;
      }
    }
    if (second.kind() == Location.SegmentKind.KEY) {
      String key = second.name();
      switch (list) {
        case "counts":
          return MetricKey.isWellFormed(key) && counts.remove(MetricKey.of(key)) != null;
        case "previous":
          return MetricKey.isWellFormed(key) && previous.remove(MetricKey.of(key)) != null;
        case "attestations":
          return attestations.remove(key) != null;
        case "samples":
          return dropSampled(key, path);
        default:
          return false;
      }
    }
    return false;
  }

  /** Leaves out a criterion's list of samples, or the one sampled unit a location points into. */
  private boolean dropSampled(String criterion, List<Location.Segment> path) {
    TreeMap<Integer, SampledUnit> units = samples.get(criterion);
    if (units == null) {
      return false;
    }
    if (path.size() < 3 || path.get(2).kind() != Location.SegmentKind.INDEX) {
      samples.remove(criterion);
      return true;
    }
    int index = path.get(2).index();
    return index < units.size() && units.remove(new ArrayList<>(units.keySet()).get(index)) != null;
  }

  /** Rewrites the index of a sampled unit in the built evidence into its index in the document. */
  private Violation remapSampled(Violation v) {
    List<Location.Segment> path = v.location().segments();
    TreeMap<Integer, SampledUnit> units = samples.get(path.get(1).name());
    int index = path.get(2).index();
    if (units == null || index >= units.size()) {
      return v;
    }
    int original = new ArrayList<>(units.keySet()).get(index);
    return v.at(v.location().withSegment(2, Location.Segment.index(original)));
  }

  /** Rewrites the list indices of violations of the built evidence into the document's indices. */
  private List<Violation> remap(List<Violation> violations) {
    List<Violation> out = new ArrayList<>(violations.size());
    Map<String, List<Integer>> indices = new LinkedHashMap<>();
    for (Violation v : violations) {
      List<Location.Segment> path = v.location().segments();
      if (path.size() >= 3
          && path.get(0).kind() == Location.SegmentKind.MEMBER
          && path.get(0).name().equals("samples")
          && path.get(1).kind() == Location.SegmentKind.KEY
          && path.get(2).kind() == Location.SegmentKind.INDEX) {
        out.add(remapSampled(v));
        continue;
      }
      if (path.size() < 2
          || path.get(0).kind() != Location.SegmentKind.MEMBER
          || path.get(1).kind() != Location.SegmentKind.INDEX
          || !LISTS.contains(path.get(0).name())) {
        out.add(v);
        continue;
      }
      String list = path.get(0).name();
      TreeMap<Integer, ?> elements = elements(list);
      int index = path.get(1).index();
      if (elements == null || index >= elements.size()) {
        out.add(v);
        continue;
      }
      int original =
          indices.computeIfAbsent(list, k -> new ArrayList<>(elements.keySet())).get(index);
      out.add(v.at(v.location().withSegment(1, Location.Segment.index(original))));
    }
    return out;
  }

  private @Nullable TreeMap<Integer, ?> elements(String list) {
    switch (list) {
      case "subunits":
        return subunits;
      case "events":
        return events;
      case "vetoes":
        return vetoes;
      default:
        return peers;
    }
  }
}
