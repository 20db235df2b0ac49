package io.github.jindu.district;

import static com.google.common.base.Preconditions.checkArgument;

import com.google.common.collect.ImmutableList;
import com.google.common.collect.ImmutableSet;
import io.github.jindu.AssessmentPeriod;
import io.github.jindu.AssessmentResult;
import io.github.jindu.Attribution;
import io.github.jindu.CriteriaSet;
import io.github.jindu.Criterion;
import io.github.jindu.Evidence;
import io.github.jindu.InvalidCriteriaException;
import io.github.jindu.InvalidEvidenceException;
import io.github.jindu.Location;
import io.github.jindu.MetricKey;
import io.github.jindu.OverallOutcome;
import io.github.jindu.Peer;
import io.github.jindu.RuleCode;
import io.github.jindu.Violation;
import io.github.jindu.bar.LowestAmongPeers;
import io.github.jindu.bar.PeerAverage;
import io.github.jindu.internal.Texts;
import java.util.ArrayList;
import java.util.Comparator;
import java.util.HashMap;
import java.util.LinkedHashSet;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.OptionalLong;
import java.util.Set;
import java.util.TreeMap;
import org.immutables.value.Value;

/**
 * A district's selection (评选, docs/spec/criteria.md "The selection"): every candidate town or street assessed on one
 * criteria set, the others being its peers, and ranked.
 *
 * <p><b>Peers: the whole district (全区).</b> For {@code results.case-rate-lowest} (万人发案率在全区最低, 二(十)) each
 * candidate's peers are every other town and street of the district: the other candidates, with the counts the
 * set's {@link LowestAmongPeers} criterion reads from their evidence ({@code population.actual} and
 * {@code cases.drug-related} in the default set), and the district's units that are not candidates, whose figures
 * the district supplies once for the whole selection ({@link #others()}). A unit whose population or count of cases
 * is not known (a candidate lacking the count, or a non-candidate figure not given) is still a peer, of unknown rate:
 * then nobody's rate can be known to be the lowest, so every other candidate's criterion is
 * {@link io.github.jindu.Outcome#NOT_ASSESSED}, its {@link io.github.jindu.MissingEvidence.MissingPeerFigure} naming
 * that unit; the unit's own criterion is not assessed for its own missing count. Nobody is silently left out. The
 * same whole district is the peers of a {@link PeerAverage} criterion (全区平均值): each candidate's counts of the
 * metrics such bars read come from its own evidence, the other units' from their {@link Peer#counts()}; a unit
 * without one of them leaves the average unknown ({@link io.github.jindu.MissingEvidence.MissingPeerCount}).
 *
 * <p>A candidate's evidence may list peers itself (a town's own file, say, copied from the district's figures). Then
 * every entry must name a unit of the district (another candidate or a unit of {@link #others()}) and every figure
 * it gives must equal the district's: the other candidate's count in that candidate's evidence (after roll-up), or
 * the figure of {@link #others()}. A disagreement is a violation naming both sources, never silently resolved;
 * a figure absent on either side is no disagreement. The list the candidate is assessed with is the district's.
 *
 * <p>The district's figures are checked as a peer list is: each unit once, a well-formed id, a population of at
 * least 1 and cases of at least 0 where given, and no unit that is also a candidate. Their violations are located
 * in the document labelled {@value #OTHERS_DOCUMENT}, at {@code peers}, index from 0.
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
  public static final ImmutableList<OverallOutcome> OUTCOME_ORDER =
      ImmutableList.of(
          OverallOutcome.QUALIFIED,
          OverallOutcome.INCOMPLETE,
          OverallOutcome.NOT_QUALIFIED,
          OverallOutcome.VETOED);

  /** The document label of violations in the district's figures for non-candidate units: {@value}. */
  public static final String OTHERS_DOCUMENT = "district-peers";

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

  /**
   * Returns the district's units that are not candidates, with the figures the district supplied for them: the
   * peers every candidate is compared with besides the other candidates.
   *
   * @return the non-candidate units by unit id; empty when every unit of the district is a candidate
   */
  public abstract ImmutableList<Peer> others();

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
   * Selects among a district whose every town and street is a candidate, with the set's order
   * ({@link SelectionOrder#of(CriteriaSet)}: by points under a points scheme, else by outcome alone); the same as
   * {@link #of(Iterable, Iterable, CriteriaSet, SelectionOrder)} with no non-candidate unit.
   *
   * @param candidates the evidence of every town or street of the district
   * @param set the criteria set, such as {@link io.github.jindu.catalogue.MunicipalModelCommunity#criteriaSet()}
   * @return the selection
   * @throws IllegalArgumentException as {@link #of(Iterable, Iterable, CriteriaSet, SelectionOrder)} does
   * @throws InvalidCriteriaException as {@link #of(Iterable, Iterable, CriteriaSet, SelectionOrder)} does
   * @throws InvalidEvidenceException as {@link #of(Iterable, Iterable, CriteriaSet, SelectionOrder)} does
   */
  public static Selection of(Iterable<Evidence> candidates, CriteriaSet set) {
    return of(candidates, ImmutableList.of(), set, SelectionOrder.of(set));
  }

  /**
   * Selects among a district whose every town and street is a candidate; the same as
   * {@link #of(Iterable, Iterable, CriteriaSet, SelectionOrder)} with no non-candidate unit.
   *
   * @param candidates the evidence of every town or street of the district
   * @param set the criteria set
   * @param order how candidates of the same outcome rank among themselves
   * @return the selection
   * @throws IllegalArgumentException as {@link #of(Iterable, Iterable, CriteriaSet, SelectionOrder)} does
   * @throws InvalidCriteriaException as {@link #of(Iterable, Iterable, CriteriaSet, SelectionOrder)} does
   * @throws InvalidEvidenceException as {@link #of(Iterable, Iterable, CriteriaSet, SelectionOrder)} does
   */
  public static Selection of(Iterable<Evidence> candidates, CriteriaSet set, SelectionOrder order) {
    return of(candidates, ImmutableList.of(), set, order);
  }

  /**
   * Selects among a district's candidates with the set's order ({@link SelectionOrder#of(CriteriaSet)}).
   *
   * @param candidates the evidence of every candidate town or street
   * @param others the district's figures for its towns and streets that are not candidates, each unit once
   * @param set the criteria set
   * @return the selection
   * @throws IllegalArgumentException as {@link #of(Iterable, Iterable, CriteriaSet, SelectionOrder)} does
   * @throws InvalidCriteriaException as {@link #of(Iterable, Iterable, CriteriaSet, SelectionOrder)} does
   * @throws InvalidEvidenceException as {@link #of(Iterable, Iterable, CriteriaSet, SelectionOrder)} does
   */
  public static Selection of(
      Iterable<Evidence> candidates, Iterable<Peer> others, CriteriaSet set) {
    return of(candidates, others, set, SelectionOrder.of(set));
  }

  /**
   * Selects among a district's candidates: assesses each on {@code set} with every other unit of the district as
   * its peers (the other candidates and {@code others}), and ranks them.
   *
   * <p>Example: {@code Selection.of(towns, List.of(Peer.of("310199-007", OptionalLong.of(40100),
   * OptionalLong.empty())), set, order)}: 310199-007 is not a candidate and its case count is unknown, so every
   * candidate's {@code results.case-rate-lowest} is not assessed, naming 310199-007.
   *
   * @param candidates the evidence of every candidate town or street, in any order; a candidate's own peer list,
   *     if any, must agree with the district's figures
   * @param others the district's figures for its towns and streets that are not candidates, in any order; a
   *     figure may be unknown (empty)
   * @param set the criteria set
   * @param order how candidates of the same outcome rank among themselves
   * @return the selection
   * @throws IllegalArgumentException if there is no candidate
   * @throws InvalidCriteriaException if the set has two {@link LowestAmongPeers} criteria on different counts
   *     ({@link RuleCode#SET_PEERS_ON_DIFFERENT_COUNTS})
   * @throws InvalidEvidenceException with every violation of every candidate and of {@code others}, each located
   *     in its document (the candidate's unit id, or {@value #OTHERS_DOCUMENT}): two candidates of one unit id, a
   *     period or a district that differs from the first candidate's, each rule of {@link CriteriaSet#validate};
   *     a non-candidate unit listed twice, that is a candidate, or with an invalid id or figure; a candidate's own
   *     peer that is not a unit of the district or whose figure differs from the district's
   */
  public static Selection of(
      Iterable<Evidence> candidates, Iterable<Peer> others, CriteriaSet set, SelectionOrder order) {
    return of(candidates, others, set, order, Attribution.none());
  }

  /**
   * Selects among a district's candidates with the set's order, every town and street of the district being a
   * candidate, as {@link #of(Iterable, CriteriaSet)} does, and records who assessed on what day in the selection
   * and in every candidate's result.
   *
   * @param candidates the evidence of every town or street of the district
   * @param set the criteria set
   * @param attribution the assessment date and the assessor, as the caller gives them, or {@link Attribution#none()}
   * @return the selection
   * @throws IllegalArgumentException as {@link #of(Iterable, Iterable, CriteriaSet, SelectionOrder)} does
   * @throws InvalidCriteriaException as {@link #of(Iterable, Iterable, CriteriaSet, SelectionOrder)} does
   * @throws InvalidEvidenceException as {@link #of(Iterable, Iterable, CriteriaSet, SelectionOrder)} does
   */
  public static Selection of(
      Iterable<Evidence> candidates, CriteriaSet set, Attribution attribution) {
    return of(candidates, ImmutableList.of(), set, SelectionOrder.of(set), attribution);
  }

  /**
   * Selects among a district's candidates as {@link #of(Iterable, Iterable, CriteriaSet, SelectionOrder)} does,
   * and records who assessed on what day in the selection and in every candidate's result.
   *
   * @param candidates the evidence of every candidate town or street, in any order
   * @param others the district's figures for its towns and streets that are not candidates, in any order
   * @param set the criteria set
   * @param order how candidates of the same outcome rank among themselves
   * @param attribution the assessment date and the assessor, as the caller gives them, or {@link Attribution#none()}
   * @return the selection
   * @throws IllegalArgumentException as {@link #of(Iterable, Iterable, CriteriaSet, SelectionOrder)} does
   * @throws InvalidCriteriaException as {@link #of(Iterable, Iterable, CriteriaSet, SelectionOrder)} does
   * @throws InvalidEvidenceException as {@link #of(Iterable, Iterable, CriteriaSet, SelectionOrder)} does
   */
  public static Selection of(
      Iterable<Evidence> candidates,
      Iterable<Peer> others,
      CriteriaSet set,
      SelectionOrder order,
      Attribution attribution) {
    List<Rolled> rolled = new ArrayList<>();
    candidates.forEach(e -> rolled.add(new Rolled(e, ImmutableList.of(), ImmutableList.of())));
    return select(rolled, ImmutableList.copyOf(others), set, order, attribution);
  }

  /**
   * Selects among the towns and streets of a collection of documents, every town and street of the district
   * being a candidate, with the default order; the same as
   * {@link #ofDocuments(Iterable, Iterable, CriteriaSet, SelectionOrder)} with no non-candidate unit.
   *
   * @param documents the evidence of every candidate and of any of their sub-units, in any order
   * @param set the criteria set
   * @return the selection
   * @throws IllegalArgumentException as {@link #of(Iterable, Iterable, CriteriaSet, SelectionOrder)} does
   * @throws InvalidCriteriaException as {@link #of(Iterable, Iterable, CriteriaSet, SelectionOrder)} does
   * @throws InvalidEvidenceException as {@link #ofDocuments(Iterable, Iterable, CriteriaSet, SelectionOrder)} does
   */
  public static Selection ofDocuments(Iterable<Evidence> documents, CriteriaSet set) {
    return ofDocuments(documents, ImmutableList.of(), set, SelectionOrder.of(set));
  }

  /**
   * Selects among the towns and streets of a collection of documents, every town and street of the district
   * being a candidate; the same as {@link #ofDocuments(Iterable, Iterable, CriteriaSet, SelectionOrder)} with no
   * non-candidate unit.
   *
   * @param documents the evidence of every candidate and of any of their sub-units, in any order
   * @param set the criteria set
   * @param order how candidates of the same outcome rank among themselves
   * @return the selection
   * @throws IllegalArgumentException as {@link #of(Iterable, Iterable, CriteriaSet, SelectionOrder)} does
   * @throws InvalidCriteriaException as {@link #of(Iterable, Iterable, CriteriaSet, SelectionOrder)} does
   * @throws InvalidEvidenceException as {@link #ofDocuments(Iterable, Iterable, CriteriaSet, SelectionOrder)} does
   */
  public static Selection ofDocuments(
      Iterable<Evidence> documents, CriteriaSet set, SelectionOrder order) {
    return ofDocuments(documents, ImmutableList.of(), set, order);
  }

  /**
   * Selects among the towns and streets of a collection of documents with the default order
   * ({@link SelectionOrder#of(CriteriaSet)}).
   *
   * @param documents the evidence of every candidate and of any of their sub-units, in any order
   * @param others the district's figures for its towns and streets that are not candidates
   * @param set the criteria set
   * @return the selection
   * @throws IllegalArgumentException as {@link #of(Iterable, Iterable, CriteriaSet, SelectionOrder)} does
   * @throws InvalidCriteriaException as {@link #of(Iterable, Iterable, CriteriaSet, SelectionOrder)} does
   * @throws InvalidEvidenceException as {@link #ofDocuments(Iterable, Iterable, CriteriaSet, SelectionOrder)} does
   */
  public static Selection ofDocuments(
      Iterable<Evidence> documents, Iterable<Peer> others, CriteriaSet set) {
    return ofDocuments(documents, others, set, SelectionOrder.of(set));
  }

  /**
   * Selects among the towns and streets of a collection of documents that also holds their sub-units' evidence:
   * the documents make trees ({@link UnitTree#forest}), each tree's counts are rolled up to its root
   * ({@link RollUp}), and the roots are the candidates, compared with each other and with {@code others}.
   *
   * @param documents the evidence of every candidate and of any of their sub-units, in any order
   * @param others the district's figures for its towns and streets that are not candidates
   * @param set the criteria set
   * @param order how candidates of the same outcome rank among themselves
   * @return the selection, each candidate recording the counts rolled up from its sub-units
   * @throws IllegalArgumentException as {@link #of(Iterable, Iterable, CriteriaSet, SelectionOrder)} does
   * @throws InvalidCriteriaException as {@link #of(Iterable, Iterable, CriteriaSet, SelectionOrder)} does
   * @throws InvalidEvidenceException for the errors of {@link UnitTree#forest}, of {@link RollUp#of} (all the trees'
   *     together) and of {@link #of(Iterable, Iterable, CriteriaSet, SelectionOrder)}
   */
  public static Selection ofDocuments(
      Iterable<Evidence> documents, Iterable<Peer> others, CriteriaSet set, SelectionOrder order) {
    return ofDocuments(documents, others, set, order, Attribution.none());
  }

  /**
   * Selects among the towns and streets of a collection of documents with the default order, every town and street
   * of the district being a candidate, as {@link #ofDocuments(Iterable, CriteriaSet)} does, and records who
   * assessed on what day in the selection and in every candidate's result.
   *
   * @param documents the evidence of every candidate and of any of their sub-units, in any order
   * @param set the criteria set
   * @param attribution the assessment date and the assessor, as the caller gives them, or {@link Attribution#none()}
   * @return the selection
   * @throws IllegalArgumentException as {@link #of(Iterable, Iterable, CriteriaSet, SelectionOrder)} does
   * @throws InvalidCriteriaException as {@link #of(Iterable, Iterable, CriteriaSet, SelectionOrder)} does
   * @throws InvalidEvidenceException as {@link #ofDocuments(Iterable, Iterable, CriteriaSet, SelectionOrder)} does
   */
  public static Selection ofDocuments(
      Iterable<Evidence> documents, CriteriaSet set, Attribution attribution) {
    return ofDocuments(documents, ImmutableList.of(), set, SelectionOrder.of(set), attribution);
  }

  /**
   * Selects among the towns and streets of a collection of documents as
   * {@link #ofDocuments(Iterable, Iterable, CriteriaSet, SelectionOrder)} does, and records who assessed on what
   * day in the selection and in every candidate's result.
   *
   * @param documents the evidence of every candidate and of any of their sub-units, in any order
   * @param others the district's figures for its towns and streets that are not candidates
   * @param set the criteria set
   * @param order how candidates of the same outcome rank among themselves
   * @param attribution the assessment date and the assessor, as the caller gives them, or {@link Attribution#none()}
   * @return the selection
   * @throws IllegalArgumentException as {@link #of(Iterable, Iterable, CriteriaSet, SelectionOrder)} does
   * @throws InvalidCriteriaException as {@link #of(Iterable, Iterable, CriteriaSet, SelectionOrder)} does
   * @throws InvalidEvidenceException as {@link #ofDocuments(Iterable, Iterable, CriteriaSet, SelectionOrder)} does
   */
  public static Selection ofDocuments(
      Iterable<Evidence> documents,
      Iterable<Peer> others,
      CriteriaSet set,
      SelectionOrder order,
      Attribution attribution) {
    List<Rolled> rolled = new ArrayList<>();
    Set<Violation> violations = new LinkedHashSet<>();
    for (UnitTree tree : UnitTree.forest(documents)) {
      try {
        RollUp up = RollUp.of(tree, set);
        rolled.add(
            new Rolled(
                up.evidence(),
                up.rolledUp(),
                tree.descendants().stream()
                    .map(UnitTree::evidence)
                    .collect(ImmutableList.toImmutableList())));
      } catch (InvalidEvidenceException e) {
        violations.addAll(e.violations());
      }
    }
    if (!violations.isEmpty()) {
      throw new InvalidEvidenceException(violations);
    }
    return select(rolled, ImmutableList.copyOf(others), set, order, attribution);
  }

  /** A candidate's evidence and the counts of it rolled up from sub-units. */
  private record Rolled(
      Evidence evidence, ImmutableList<Location> rolledUp, ImmutableList<Evidence> subunits) {}

  private static Selection select(
      List<Rolled> candidates,
      ImmutableList<Peer> others,
      CriteriaSet set,
      SelectionOrder order,
      Attribution attribution) {
    checkArgument(!candidates.isEmpty(), "a selection needs at least one candidate");
    Optional<LowestAmongPeers> lowest = peerCriterion(set);
    Evidence first = candidates.get(0).evidence();
    Optional<String> district =
        candidates.stream()
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
        violations.add(
            Violation.of(
                RuleCode.CANDIDATE_TWICE,
                Location.root().member("unit").member("id").inDocument(id),
                id,
                other + 1,
                i + 1));
      }
      if (!e.period().equals(first.period())) {
        violations.add(
            Violation.of(
                RuleCode.CANDIDATE_PERIOD,
                Location.root().member("period").inDocument(id),
                id,
                e.period(),
                first.unit().id(),
                first.period()));
      }
      Optional<String> d = e.unit().districtId();
      if (d.isPresent() && district.isPresent() && !d.equals(district)) {
        violations.add(
            Violation.of(
                RuleCode.CANDIDATE_DISTRICT,
                Location.root().member("unit").member("district").inDocument(id),
                id,
                d.get(),
                district.get()));
      }
      for (Violation v : set.validate(e)) {
        violations.add(v.at(v.location().inDocument(id)));
      }
    }
    // The whole district's figures: every candidate's (from its evidence) and every
    // non-candidate's, by unit id.
    // The counts the set's peer-average bars read: each candidate's, from its evidence.
    Set<MetricKey> averaged =
        set.criteria().stream()
            .map(Criterion::threshold)
            .filter(PeerAverage.class::isInstance)
            .flatMap(t -> t.metrics().stream())
            .collect(ImmutableSet.toImmutableSet());
    boolean readsPeers = lowest.isPresent() || !averaged.isEmpty();
    Map<String, Peer> candidateFigures = new TreeMap<>();
    if (readsPeers) {
      for (Rolled c : candidates) {
        Evidence e = c.evidence();
        Map<MetricKey, Long> counts = new TreeMap<>();
        for (MetricKey key : averaged) {
          Long value = e.counts().get(key);
          if (value != null) {
            counts.put(key, value);
          }
        }
        candidateFigures.putIfAbsent(
            e.unit().id(),
            Peer.of(
                e.unit().id(),
                lowest.isPresent() ? e.count(lowest.get().population()) : OptionalLong.empty(),
                lowest.isPresent() ? e.count(lowest.get().cases()) : OptionalLong.empty(),
                counts));
      }
    }
    Map<String, Peer> otherFigures = new TreeMap<>();
    checkOthers(others, seen.keySet(), set, otherFigures, violations);
    if (readsPeers) {
      for (Rolled c : candidates) {
        checkOwnPeers(c.evidence(), lowest, candidateFigures, otherFigures, false, violations);
        // A sub-unit's peers are for its own title (other villages, say) and feed nothing here,
        // but a figure it gives for a unit of the district must be the district's: one file,
        // one figure.
        for (Evidence subunit : c.subunits()) {
          checkOwnPeers(subunit, lowest, candidateFigures, otherFigures, true, violations);
        }
      }
    }
    if (!violations.isEmpty()) {
      throw new InvalidEvidenceException(violations);
    }

    Map<String, Peer> wholeDistrict = new TreeMap<>(candidateFigures);
    wholeDistrict.putAll(otherFigures);
    List<ImmutableCandidate.Builder> assessed = new ArrayList<>();
    List<AssessmentResult> results = new ArrayList<>();
    for (Rolled c : candidates) {
      Evidence e = c.evidence();
      Optional<ImmutableList<Peer>> own =
          readsPeers
              ? Optional.of(
                  wholeDistrict.values().stream()
                      .filter(p -> !p.unitId().equals(e.unit().id()))
                      .collect(ImmutableList.toImmutableList()))
              : Optional.empty();
      AssessmentResult result =
          set.assess(own.isPresent() ? e.withPeers(own.get()) : e.withoutPeers(), attribution);
      results.add(result);
      assessed.add(
          ImmutableCandidate.builder()
              .result(result)
              .addAllIndicators(IndicatorTally.all(result, set))
              .addAllRolledUp(c.rolledUp()));
    }

    Comparator<AssessmentResult> byOutcome =
        Comparator.comparingInt(r -> OUTCOME_ORDER.indexOf(r.overall()));
    Comparator<AssessmentResult> ranking = byOutcome.thenComparing(order::compare);
    List<Integer> sorted = new ArrayList<>();
    for (int i = 0; i < results.size(); i++) {
      sorted.add(i);
    }
    sorted.sort(
        Comparator.<Integer, AssessmentResult>comparing(results::get, ranking)
            .thenComparing(i -> results.get(i).unit().id()));
    int[] ranks = new int[sorted.size()];
    for (int k = 0; k < sorted.size(); k++) {
      boolean tiesPrevious =
          k > 0 && ranking.compare(results.get(sorted.get(k - 1)), results.get(sorted.get(k))) == 0;
      ranks[k] = tiesPrevious ? ranks[k - 1] : k + 1;
    }
    ImmutableList.Builder<Candidate> ranked = ImmutableList.builder();
    for (int k = 0; k < sorted.size(); k++) {
      boolean tied =
          (k > 0 && ranks[k - 1] == ranks[k])
              || (k + 1 < sorted.size() && ranks[k + 1] == ranks[k]);
      ranked.add(assessed.get(sorted.get(k)).rank(ranks[k]).tied(tied).build());
    }
    return ImmutableSelection.builder()
        .attribution(attribution)
        .criteriaSetId(set.id())
        .period(first.period())
        .districtId(district)
        .orderId(order.id())
        .addAllOthers(otherFigures.values())
        .addAllCandidates(ranked.build())
        .build();
  }

  /** Checks the district's figures for non-candidate units and collects them by unit id. */
  private static void checkOthers(
      List<Peer> others,
      Set<String> candidateIds,
      CriteriaSet set,
      Map<String, Peer> figures,
      Set<Violation> violations) {
    Map<String, Integer> positions = new HashMap<>();
    for (int i = 0; i < others.size(); i++) {
      Peer peer = others.get(i);
      Location path = Location.root().member("peers").index(i).inDocument(OTHERS_DOCUMENT);
      Optional<Violation> problem = Texts.idProblem(peer.unitId(), path.member("unit"));
      Integer first = positions.putIfAbsent(peer.unitId(), i);
      if (problem.isPresent()) {
        violations.add(problem.get());
      } else if (candidateIds.contains(peer.unitId())) {
        violations.add(
            Violation.of(RuleCode.DISTRICT_PEER_IS_CANDIDATE, path.member("unit"), peer.unitId()));
      } else if (first != null) {
        violations.add(
            Violation.of(
                RuleCode.DISTRICT_PEER_TWICE,
                path.member("unit"),
                peer.unitId(),
                first + 1,
                i + 1));
      }
      violations.addAll(set.validatePeer(peer, path));
      figures.putIfAbsent(peer.unitId(), peer);
    }
  }

  /**
   * Checks that a candidate's own peer list names units of the district and agrees with their figures; for a
   * sub-unit's list ({@code subunit}), only that the units of the district it names have their figures.
   */
  private static void checkOwnPeers(
      Evidence e,
      Optional<LowestAmongPeers> lowest,
      Map<String, Peer> candidates,
      Map<String, Peer> others,
      boolean subunit,
      Set<Violation> violations) {
    if (e.peers().isEmpty()) {
      return;
    }
    String id = e.unit().id();
    List<Peer> own = e.peers().get();
    for (int i = 0; i < own.size(); i++) {
      Peer listed = own.get(i);
      Location path = Location.root().member("peers").index(i).inDocument(id);
      Peer candidate = candidates.get(listed.unitId());
      Peer other = others.get(listed.unitId());
      if (candidate != null) {
        differsInCounts(id, listed, candidate, path, true, violations);
      } else if (other != null) {
        differsInCounts(id, listed, other, path, false, violations);
      }
      if (lowest.isEmpty()) {
        if (candidate == null && other == null && !subunit && !listed.unitId().equals(id)) {
          violations.add(
              Violation.of(
                  RuleCode.CANDIDATE_PEER_NOT_IN_DISTRICT,
                  path.member("unit"),
                  id,
                  listed.unitId()));
        }
        continue;
      }
      LowestAmongPeers t = lowest.get();
      if (candidate != null) {
        differs(listed.population(), candidate.population())
            .ifPresent(
                v ->
                    violations.add(
                        Violation.of(
                            RuleCode.CANDIDATE_PEER_DIFFERS_FROM_CANDIDATE,
                            path.member("population"),
                            id,
                            listed.unitId(),
                            "population",
                            listed.population().getAsLong(),
                            t.population().name(),
                            v)));
        differs(listed.cases(), candidate.cases())
            .ifPresent(
                v ->
                    violations.add(
                        Violation.of(
                            RuleCode.CANDIDATE_PEER_DIFFERS_FROM_CANDIDATE,
                            path.member("cases"),
                            id,
                            listed.unitId(),
                            "cases",
                            listed.cases().getAsLong(),
                            t.cases().name(),
                            v)));
      } else if (other != null) {
        differs(listed.population(), other.population())
            .ifPresent(
                v ->
                    violations.add(
                        Violation.of(
                            RuleCode.CANDIDATE_PEER_DIFFERS_FROM_DISTRICT,
                            path.member("population"),
                            id,
                            listed.unitId(),
                            "population",
                            listed.population().getAsLong(),
                            v)));
        differs(listed.cases(), other.cases())
            .ifPresent(
                v ->
                    violations.add(
                        Violation.of(
                            RuleCode.CANDIDATE_PEER_DIFFERS_FROM_DISTRICT,
                            path.member("cases"),
                            id,
                            listed.unitId(),
                            "cases",
                            listed.cases().getAsLong(),
                            v)));
      } else if (!subunit && !listed.unitId().equals(id)) {
        violations.add(
            Violation.of(
                RuleCode.CANDIDATE_PEER_NOT_IN_DISTRICT, path.member("unit"), id, listed.unitId()));
      }
    }
  }

  /** {@return the district's figure when both figures are known and differ} */
  /**
   * Adds a violation for each count a unit's own peer list gives for a unit of the district that differs from the
   * district's figure for it (a candidate's own evidence, or the district's figures for the others).
   */
  private static void differsInCounts(
      String id,
      Peer listed,
      Peer district,
      Location path,
      boolean fromCandidate,
      Set<Violation> violations) {
    listed
        .counts()
        .forEach(
            (key, value) ->
                differs(OptionalLong.of(value), district.count(key))
                    .ifPresent(
                        v ->
                            violations.add(
                                fromCandidate
                                    ? Violation.of(
                                        RuleCode.CANDIDATE_PEER_DIFFERS_FROM_CANDIDATE,
                                        path.member("counts").key(key.name()),
                                        id,
                                        listed.unitId(),
                                        key.name(),
                                        value,
                                        key.name(),
                                        v)
                                    : Violation.of(
                                        RuleCode.CANDIDATE_PEER_DIFFERS_FROM_DISTRICT,
                                        path.member("counts").key(key.name()),
                                        id,
                                        listed.unitId(),
                                        key.name(),
                                        value,
                                        v))));
  }

  private static Optional<Long> differs(OptionalLong listed, OptionalLong district) {
    return listed.isPresent() && district.isPresent() && listed.getAsLong() != district.getAsLong()
        ? Optional.of(district.getAsLong())
        : Optional.empty();
  }

  /** {@return the set's one lowest-among-peers bar, if it has any} */
  private static Optional<LowestAmongPeers> peerCriterion(CriteriaSet set) {
    List<LowestAmongPeers> bars =
        set.criteria().stream()
            .map(Criterion::threshold)
            .filter(t -> t instanceof LowestAmongPeers)
            .map(t -> (LowestAmongPeers) t)
            .distinct()
            .collect(ImmutableList.toImmutableList());
    if (bars.size() > 1) {
      throw InvalidCriteriaException.of(
          RuleCode.SET_PEERS_ON_DIFFERENT_COUNTS,
          set.id(),
          set.criteria().stream()
              .filter(c -> c.threshold() instanceof LowestAmongPeers)
              .map(Criterion::id)
              .collect(java.util.stream.Collectors.joining(", ")));
    }
    return bars.stream().findFirst();
  }
}
