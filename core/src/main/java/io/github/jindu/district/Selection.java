package io.github.jindu.district;

import io.github.jindu.AssessmentPeriod;
import io.github.jindu.AssessmentResult;
import io.github.jindu.Attribution;
import io.github.jindu.CriteriaSet;
import io.github.jindu.Criterion;
import io.github.jindu.Evidence;
import io.github.jindu.InvalidEvidenceException;
import io.github.jindu.OverallOutcome;
import io.github.jindu.Peer;
import io.github.jindu.Violation;
import io.github.jindu.Location;
import io.github.jindu.RuleCode;
import io.github.jindu.bar.LowestAmongPeers;

import static com.google.common.base.Preconditions.checkArgument;

import com.google.common.collect.ImmutableList;
import java.util.ArrayList;
import java.util.Comparator;
import java.util.HashMap;
import java.util.LinkedHashSet;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.Set;
import org.immutables.value.Value;

/**
 * A district's selection (评选, docs/spec/criteria.md "The selection"): every candidate town or street assessed on one
 * criteria set, the others being its peers, and ranked.
 *
 * <p><b>Peers.</b> For {@code results.case-rate-lowest} (万人发案率在全区最低, 二(十)) each candidate's peers are the
 * other candidates, taken from their evidence: the counts the set's {@link LowestAmongPeers} criterion reads
 * ({@code population.actual} and {@code cases.drug-related} in the default set). A candidate that lacks either count
 * is not a peer of the others (nothing is known of its rate), and its own criterion is not assessed. A candidate's
 * evidence must not list peers itself: in a selection the peers are the district's candidates, and a second,
 * possibly different list could only contradict them, so a given list is a violation rather than silently replaced.
 *
 * <p><b>Order.</b> Candidates are listed by overall outcome in the order of {@link #OUTCOME_ORDER}: qualified (达标)
 * first, then incomplete (材料不全: it may yet qualify once its evidence is complete), not qualified (未达标), vetoed
 * (一票否决); within an outcome by the {@link SelectionOrder} (by points under a points scheme, else none: all of an
 * outcome tie); then by unit
 * id ({@link String#compareTo}). A candidate's {@linkplain Candidate#rank() rank} is one more than the number of
 * candidates ranked strictly before it: candidates that tie share a rank and the next rank skips ("1, 1, 3"). With the
 * default order the ranks are rank groups by outcome: every qualified candidate is rank 1.
 *
 * <p>Candidates must be of one period and, where they name one, one district; each is checked against the set as
 * {@link CriteriaSet#validate} does, and nothing is assessed unless every candidate is valid.
 *
 * <pre>{@code
 * Selection selection = Selection.of(towns, MunicipalModelCommunity.criteriaSet());
 * selection.qualified();               // the qualified candidates, by unit id, all rank 1
 * }</pre>
 *
 * @implSpec This class is immutable and thread-safe.
 */
@Value.Immutable
public abstract class Selection {
  /** The order of overall outcomes in a selection: QUALIFIED, INCOMPLETE, NOT_QUALIFIED, VETOED. */
  public static final ImmutableList<OverallOutcome> OUTCOME_ORDER = ImmutableList.of(
      OverallOutcome.QUALIFIED, OverallOutcome.INCOMPLETE, OverallOutcome.NOT_QUALIFIED, OverallOutcome.VETOED);

  Selection() {}

  /** {@return the id of the criteria set every candidate was assessed on} */
  public abstract String criteriaSetId();

  /** {@return the period of every candidate's evidence} */
  public abstract AssessmentPeriod period();

  /** {@return the district (区) the candidates name, if any names one} */
  public abstract Optional<String> districtId();

  /** {@return the id of the {@link SelectionOrder} within outcomes, such as {@code "outcome"}} */
  public abstract String orderId();

  /**
   * Returns the assessment date and the assessor given for the selection, recorded in every candidate's result
   * too: never read from a clock.
   *
   * @return the attribution; {@link Attribution#none()} when none was given
   */
  @Value.Default
  public Attribution attribution() {
    return Attribution.none();
  }

  /** {@return every candidate, in selection order: by outcome, then by the order, then by unit id} */
  public abstract ImmutableList<Candidate> candidates();

  /**
   * Returns the qualified candidates (达标), in selection order.
   *
   * @return the candidates whose overall outcome is QUALIFIED; possibly none
   */
  public final ImmutableList<Candidate> qualified() {
    return candidates().stream()
        .filter(c -> c.overall() == OverallOutcome.QUALIFIED)
        .collect(ImmutableList.toImmutableList());
  }

  /**
   * Finds a candidate by unit id.
   *
   * @param unitId the candidate's unit id
   * @return the candidate, or empty if none has that id
   */
  public final Optional<Candidate> candidate(String unitId) {
    return candidates().stream().filter(c -> c.unit().id().equals(unitId)).findFirst();
  }

  /**
   * Selects among a district's candidates with the set's order ({@link SelectionOrder#of(CriteriaSet)}: by points
   * under a points scheme, else by outcome alone).
   *
   * @param candidates the evidence of every candidate town or street, without peers
   * @param set the criteria set, such as {@link io.github.jindu.catalogue.MunicipalModelCommunity#criteriaSet()}
   * @return the selection
   * @throws IllegalArgumentException if there is no candidate, or the set has two {@link LowestAmongPeers}
   *     criteria on different counts (one peer list cannot serve both)
   * @throws InvalidEvidenceException as {@link #of(Iterable, CriteriaSet, SelectionOrder)} does
   */
  public static Selection of(Iterable<Evidence> candidates, CriteriaSet set) {
    return of(candidates, set, SelectionOrder.of(set));
  }

  /**
   * Selects among a district's candidates with the set's order, as {@link #of(Iterable, CriteriaSet)} does, and
   * records who assessed on what day in the selection and in every candidate's result.
   *
   * @param candidates the evidence of every candidate town or street, without peers
   * @param set the criteria set
   * @param attribution the assessment date and the assessor, as the caller gives them, or {@link Attribution#none()}
   * @return the selection
   * @throws IllegalArgumentException as {@link #of(Iterable, CriteriaSet)} does
   * @throws InvalidEvidenceException as {@link #of(Iterable, CriteriaSet, SelectionOrder)} does
   */
  public static Selection of(Iterable<Evidence> candidates, CriteriaSet set, Attribution attribution) {
    return of(candidates, set, SelectionOrder.of(set), attribution);
  }

  /**
   * Selects among a district's candidates: assesses each on {@code set} with the other candidates as its peers,
   * and ranks them.
   *
   * @param candidates the evidence of every candidate town or street, without peers, in any order
   * @param set the criteria set
   * @param order how candidates of the same outcome rank among themselves
   * @return the selection
   * @throws IllegalArgumentException if there is no candidate, or the set has two {@link LowestAmongPeers}
   *     criteria on different counts
   * @throws InvalidEvidenceException with every violation of every candidate, each message naming the candidate:
   *     two candidates of one unit id, a candidate that lists peers, a period or a district that differs from the
   *     first candidate's, and each rule of {@link CriteriaSet#validate}
   */
  public static Selection of(Iterable<Evidence> candidates, CriteriaSet set, SelectionOrder order) {
    return of(candidates, set, order, Attribution.none());
  }

  /**
   * Selects among a district's candidates as {@link #of(Iterable, CriteriaSet, SelectionOrder)} does, and records
   * who assessed on what day in the selection and in every candidate's result.
   *
   * @param candidates the evidence of every candidate town or street, without peers, in any order
   * @param set the criteria set
   * @param order how candidates of the same outcome rank among themselves
   * @param attribution the assessment date and the assessor, as the caller gives them, or {@link Attribution#none()}
   * @return the selection
   * @throws IllegalArgumentException as {@link #of(Iterable, CriteriaSet, SelectionOrder)} does
   * @throws InvalidEvidenceException as {@link #of(Iterable, CriteriaSet, SelectionOrder)} does
   */
  public static Selection of(Iterable<Evidence> candidates, CriteriaSet set, SelectionOrder order,
      Attribution attribution) {
    List<Rolled> rolled = new ArrayList<>();
    candidates.forEach(e -> rolled.add(new Rolled(e, ImmutableList.of())));
    return select(rolled, set, order, attribution);
  }

  /**
   * Selects among the towns and streets of a collection of documents with the default order
   * ({@link SelectionOrder#of(CriteriaSet)}), as {@link #ofDocuments(Iterable, CriteriaSet, SelectionOrder)} does.
   *
   * @param documents the evidence of every candidate and of any of their sub-units, in any order
   * @param set the criteria set
   * @return the selection
   * @throws IllegalArgumentException as {@link #of(Iterable, CriteriaSet, SelectionOrder)} does
   * @throws InvalidEvidenceException as {@link #ofDocuments(Iterable, CriteriaSet, SelectionOrder)} does
   */
  public static Selection ofDocuments(Iterable<Evidence> documents, CriteriaSet set) {
    return ofDocuments(documents, set, SelectionOrder.of(set));
  }

  /**
   * Selects among the towns and streets of a collection of documents with the default order, as
   * {@link #ofDocuments(Iterable, CriteriaSet)} does, and records who assessed on what day in the selection and in
   * every candidate's result.
   *
   * @param documents the evidence of every candidate and of any of their sub-units, in any order
   * @param set the criteria set
   * @param attribution the assessment date and the assessor, as the caller gives them, or {@link Attribution#none()}
   * @return the selection
   * @throws IllegalArgumentException as {@link #of(Iterable, CriteriaSet, SelectionOrder)} does
   * @throws InvalidEvidenceException as {@link #ofDocuments(Iterable, CriteriaSet, SelectionOrder)} does
   */
  public static Selection ofDocuments(Iterable<Evidence> documents, CriteriaSet set, Attribution attribution) {
    return ofDocuments(documents, set, SelectionOrder.of(set), attribution);
  }

  /**
   * Selects among the towns and streets of a collection of documents that also holds their sub-units' evidence:
   * the documents make trees ({@link UnitTree#forest}), each tree's counts are rolled up to its root
   * ({@link RollUp}), and the roots are the candidates.
   *
   * @param documents the evidence of every candidate and of any of their sub-units, in any order
   * @param set the criteria set
   * @param order how candidates of the same outcome rank among themselves
   * @return the selection, each candidate recording the counts rolled up from its sub-units
   * @throws IllegalArgumentException as {@link #of(Iterable, CriteriaSet, SelectionOrder)} does
   * @throws InvalidEvidenceException for the errors of {@link UnitTree#forest}, of {@link RollUp#of} (all the trees'
   *     together) and of {@link #of(Iterable, CriteriaSet, SelectionOrder)}
   */
  public static Selection ofDocuments(Iterable<Evidence> documents, CriteriaSet set, SelectionOrder order) {
    return ofDocuments(documents, set, order, Attribution.none());
  }

  /**
   * Selects among the towns and streets of a collection of documents as
   * {@link #ofDocuments(Iterable, CriteriaSet, SelectionOrder)} does, and records who assessed on what day in the
   * selection and in every candidate's result.
   *
   * @param documents the evidence of every candidate and of any of their sub-units, in any order
   * @param set the criteria set
   * @param order how candidates of the same outcome rank among themselves
   * @param attribution the assessment date and the assessor, as the caller gives them, or {@link Attribution#none()}
   * @return the selection
   * @throws IllegalArgumentException as {@link #of(Iterable, CriteriaSet, SelectionOrder)} does
   * @throws InvalidEvidenceException as {@link #ofDocuments(Iterable, CriteriaSet, SelectionOrder)} does
   */
  public static Selection ofDocuments(Iterable<Evidence> documents, CriteriaSet set, SelectionOrder order,
      Attribution attribution) {
    List<Rolled> rolled = new ArrayList<>();
    Set<Violation> violations = new LinkedHashSet<>();
    for (UnitTree tree : UnitTree.forest(documents)) {
      try {
        RollUp up = RollUp.of(tree, set);
        rolled.add(new Rolled(up.evidence(), up.rolledUp()));
      } catch (InvalidEvidenceException e) {
        violations.addAll(e.violations());
      }
    }
    if (!violations.isEmpty()) {
      throw new InvalidEvidenceException(violations);
    }
    return select(rolled, set, order, attribution);
  }

  /** A candidate's evidence and the counts of it rolled up from sub-units. */
  private record Rolled(Evidence evidence, ImmutableList<Location> rolledUp) {}

  private static Selection select(List<Rolled> candidates, CriteriaSet set, SelectionOrder order,
      Attribution attribution) {
    checkArgument(!candidates.isEmpty(), "a selection needs at least one candidate");
    Optional<LowestAmongPeers> lowest = peerCriterion(set);
    Evidence first = candidates.get(0).evidence();
    Optional<String> district = candidates.stream()
        .map(c -> c.evidence().unit().districtId())
        .flatMap(Optional::stream)
        .findFirst();
    Set<Violation> violations = new LinkedHashSet<>();
    Map<String, Integer> seen = new HashMap<>();
    for (int i = 0; i < candidates.size(); i++) {
      Evidence e = candidates.get(i).evidence();
      String id = e.unit().id();
      Integer other = seen.putIfAbsent(id, i);
      if (other != null) {
        violations.add(Violation.of(RuleCode.CANDIDATE_TWICE, Location.root().member("unit").member("id")
            .inDocument(id), id, other + 1, i + 1));
      }
      if (e.peers().isPresent()) {
        violations.add(Violation.of(RuleCode.CANDIDATE_PEERS, Location.root().member("peers").inDocument(id), id));
      }
      if (!e.period().equals(first.period())) {
        violations.add(Violation.of(RuleCode.CANDIDATE_PERIOD, Location.root().member("period").inDocument(id), id,
            e.period(), first.unit().id(), first.period()));
      }
      Optional<String> d = e.unit().districtId();
      if (d.isPresent() && district.isPresent() && !d.equals(district)) {
        violations.add(Violation.of(RuleCode.CANDIDATE_DISTRICT, Location.root().member("unit").member("district")
            .inDocument(id), id, d.get(), district.get()));
      }
      for (Violation v : set.validate(e)) {
        violations.add(v.at(v.location().inDocument(id)));
      }
    }
    if (!violations.isEmpty()) {
      throw new InvalidEvidenceException(violations);
    }

    List<Peer> peers = new ArrayList<>();
    lowest.ifPresent(t -> {
      for (Rolled c : candidates) {
        Evidence e = c.evidence();
        Long population = e.counts().get(t.population());
        Long cases = e.counts().get(t.cases());
        if (population != null && cases != null) {
          peers.add(Peer.of(e.unit().id(), population, cases));
        }
      }
      peers.sort(Comparator.comparing(Peer::unitId));
    });
    List<ImmutableCandidate.Builder> assessed = new ArrayList<>();
    List<AssessmentResult> results = new ArrayList<>();
    for (Rolled c : candidates) {
      Evidence e = c.evidence();
      Optional<ImmutableList<Peer>> own = lowest.map(t -> peers.stream()
          .filter(p -> !p.unitId().equals(e.unit().id()))
          .collect(ImmutableList.toImmutableList()));
      AssessmentResult result = set.assess(own.isPresent() ? e.withPeers(own.get()) : e.withoutPeers(), attribution);
      results.add(result);
      assessed.add(ImmutableCandidate.builder()
          .result(result)
          .addAllIndicators(IndicatorTally.all(result, set))
          .addAllRolledUp(c.rolledUp()));
    }

    Comparator<AssessmentResult> byOutcome = Comparator.comparingInt(r -> OUTCOME_ORDER.indexOf(r.overall()));
    Comparator<AssessmentResult> ranking = byOutcome.thenComparing(order::compare);
    List<Integer> sorted = new ArrayList<>();
    for (int i = 0; i < results.size(); i++) {
      sorted.add(i);
    }
    sorted.sort(Comparator.<Integer, AssessmentResult>comparing(results::get, ranking)
        .thenComparing(i -> results.get(i).unit().id()));
    int[] ranks = new int[sorted.size()];
    for (int k = 0; k < sorted.size(); k++) {
      boolean tiesPrevious = k > 0 && ranking.compare(results.get(sorted.get(k - 1)), results.get(sorted.get(k))) == 0;
      ranks[k] = tiesPrevious ? ranks[k - 1] : k + 1;
    }
    ImmutableList.Builder<Candidate> ranked = ImmutableList.builder();
    for (int k = 0; k < sorted.size(); k++) {
      boolean tied = (k > 0 && ranks[k - 1] == ranks[k]) || (k + 1 < sorted.size() && ranks[k + 1] == ranks[k]);
      ranked.add(assessed.get(sorted.get(k)).rank(ranks[k]).tied(tied).build());
    }
    return ImmutableSelection.builder()
        .criteriaSetId(set.id())
        .period(first.period())
        .districtId(district)
        .orderId(order.id())
        .attribution(attribution)
        .addAllCandidates(ranked.build())
        .build();
  }

  /** {@return the set's one lowest-among-peers bar, if it has any} */
  private static Optional<LowestAmongPeers> peerCriterion(CriteriaSet set) {
    List<LowestAmongPeers> bars = set.criteria().stream()
        .map(Criterion::threshold)
        .filter(t -> t instanceof LowestAmongPeers)
        .map(t -> (LowestAmongPeers) t)
        .distinct()
        .collect(ImmutableList.toImmutableList());
    checkArgument(bars.size() <= 1, "criteria set %s compares peers on different counts (%s); one list of peers"
        + " cannot serve them all", set.id(), bars);
    return bars.stream().findFirst();
  }
}
