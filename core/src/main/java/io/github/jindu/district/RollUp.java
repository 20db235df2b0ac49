package io.github.jindu.district;

import static java.util.Objects.requireNonNull;

import com.google.common.collect.ImmutableList;
import com.google.common.collect.ImmutableSet;
import io.github.jindu.CriteriaSet;
import io.github.jindu.Criterion;
import io.github.jindu.Evidence;
import io.github.jindu.InvalidEvidenceException;
import io.github.jindu.Location;
import io.github.jindu.MetricKey;
import io.github.jindu.RuleCode;
import io.github.jindu.Unit;
import io.github.jindu.UnitKind;
import io.github.jindu.Violation;
import io.github.jindu.bar.Increase;
import java.util.ArrayDeque;
import java.util.ArrayList;
import java.util.Deque;
import java.util.HashMap;
import java.util.LinkedHashMap;
import java.util.LinkedHashSet;
import java.util.List;
import java.util.Map;
import java.util.Set;
import org.immutables.value.Value;

/**
 * A unit's evidence with its counts rolled up from its sub-units' evidence (docs/spec/criteria.md, "The tiers": town counts
 * may be rolled up from sub-units; rolled-up shares are ratios of sums, never means of ratios).
 *
 * <p>What rolls up: the counts ({@code counts}) and the previous period's counts ({@code previous}) that the criteria
 * set reads, each the exact sum over the unit's <em>contributing</em> sub-units, those of the kinds
 * {@link #CONTRIBUTING_KINDS} (villages 村 and residents' committees 居委会, which divide a town's or street's
 * territory between them). Companies, schools and families are not summed: they lie inside a village's or a
 * committee's territory, so their people and cases are already counted there and would be counted twice. A share
 * or rate is never rolled up itself: the criteria read the summed numerator and denominator, so a rolled-up share
 * is the ratio of the sums by construction: villages that reached 1 of 1, 1 of 1 and 80 of 100 people make a
 * coverage of 82/102 (80.39 %, below a bar of 90 %), not the mean of their shares (93.33 %).
 *
 * <p>When: a count rolls up only when <em>every</em> contributing sub-unit the unit lists has evidence that gives
 * it (its own, or rolled up from its own sub-units); a partial sum would understate the unit and missing evidence
 * never passes. A unit that lists no contributing sub-unit, or one without evidence, rolls nothing up. Sub-units
 * are rolled up before their parent, at any depth.
 *
 * <p>Given and rolled up: a count the unit gives itself is kept. When its contributing sub-units give it too, the
 * two must agree: equal values are {@linkplain #confirmed() confirmed}; different ones are a violation naming the
 * metric, the unit's value and the sum, never silently resolved. A sum beyond {@link Long#MAX_VALUE} is a
 * violation, never a wrapped value.
 *
 * <p>What does not roll up, and why: attestations (an assessor's judgement of the town's own leadership, budget or
 * ledgers says nothing of a village's, nor the reverse); veto findings (a finding is made against one unit, for
 * its own leadership; the policy does not extend a village's to its town); peers (the district's other units, not
 * the sub-units); events (the policy asks the town itself for its plan, monthly activities, inspections and
 * analyses; twelve villages each holding one activity is not the town holding one every month; the
 * responsibility letters the town signs with its sub-units are recorded in the town's own evidence); the
 * sub-units list and the period (the tree's structure; every document of a tree has the parent's period).
 *
 * <p>Example: a town that gives no {@code population.actual}, with four villages of 20,000, 21,000, 19,000 and
 * 20,000 people, gets {@code population.actual} 80,000 and the location {@code counts} / {@code population.actual} in
 * {@link #rolledUp()}.
 *
 * @implSpec This class is immutable and thread-safe.
 */
@Value.Immutable(builder = false)
public abstract class RollUp {
  /** The kinds of sub-unit whose counts are summed: {@link UnitKind#VILLAGE} and {@link UnitKind#RESIDENTS_COMMITTEE}. */
  public static final ImmutableSet<UnitKind> CONTRIBUTING_KINDS =
      ImmutableSet.of(UnitKind.VILLAGE, UnitKind.RESIDENTS_COMMITTEE);

  /** The most contributions a mismatch message lists. */
  private static final int LISTED_PARTS = 10;

  RollUp() {}

  /** {@return the root unit's evidence, its counts completed by the roll-up; every other field as given} */
  @Value.Parameter
  public abstract Evidence evidence();

  /**
   * Returns the counts the root unit did not give, computed from its sub-units.
   *
   * @return their locations in the unit's evidence, such as {@code counts} / {@code population.actual} or
   *     {@code previous} / {@code volunteers} (jindu-json writes {@code $.counts["population.actual"]}), in the
   *     set's order of metrics, this period's before the previous
   */
  @Value.Parameter
  public abstract ImmutableList<Location> rolledUp();

  /**
   * Returns the counts the root unit gave that its sub-units' sum confirms.
   *
   * @return their locations in the unit's evidence, in the set's order of metrics, this period's before the
   *     previous
   */
  @Value.Parameter
  public abstract ImmutableList<Location> confirmed();

  /**
   * Rolls a tree's counts up to its root, each unit from its contributing sub-units, deepest first.
   *
   * @param tree the unit and its sub-units' evidence
   * @param set the criteria set the root will be assessed on: only the counts it reads roll up (this period's:
   *     {@link CriteriaSet#metrics()}; the previous period's: those of its {@link Increase} criteria), so that a
   *     village's counts for its own title do not leak into its town's evidence
   * @return the root's evidence with its counts completed, and which counts were rolled up or confirmed
   * @throws InvalidEvidenceException with every violation of the tree, each naming its unit: a sub-unit's
   *     evidence, of any kind (a school's and a company's too, though only the {@link #CONTRIBUTING_KINDS}' counts
   *     roll up, are checked for the rules that hold whatever title they are for), that breaks a rule of valid evidence ({@link CriteriaSet#validateSubunit}: a committee's
   *     {@code population.reached} above its {@code population.actual}, say), checked before anything rolls up; a count a unit gives
   *     that differs from its contributing sub-units' sum (the metric, both values and the parts), a sum beyond
   *     {@link Long#MAX_VALUE}
   */
  public static RollUp of(UnitTree tree, CriteriaSet set) {
    ImmutableSet<MetricKey> metrics = set.metrics();
    ImmutableSet<MetricKey> previousMetrics =
        set.criteria().stream()
            .map(Criterion::threshold)
            .filter(t -> t instanceof Increase)
            .flatMap(t -> t.metrics().stream())
            .collect(ImmutableSet.toImmutableSet());
    List<Violation> violations = new ArrayList<>();
    // Post-order without recursion: in reverse pre-order every unit comes after its sub-units.
    List<UnitTree> preorder = new ArrayList<>();
    Deque<UnitTree> stack = new ArrayDeque<>();
    stack.push(tree);
    while (!stack.isEmpty()) {
      UnitTree t = stack.pop();
      preorder.add(t);
      t.children().forEach(stack::push);
    }
    for (UnitTree t : preorder.subList(1, preorder.size())) {
      // Every document of the tree obeys every rule, a school's or a company's too, though only
      // villages' and committees' counts are summed: a document given with the town is part of its
      // file.
      String label = t.unit().id();
      set.validateSubunit(t.evidence())
          .forEach(v -> violations.add(v.at(v.location().inDocument(label))));
    }
    if (!violations.isEmpty()) {
      throw new InvalidEvidenceException(violations);
    }
    Map<String, RollUp> rolled = new HashMap<>();
    for (int i = preorder.size() - 1; i >= 0; i--) {
      UnitTree t = preorder.get(i);
      rolled.put(t.unit().id(), rollOne(t, rolled, metrics, previousMetrics, violations));
    }
    if (!violations.isEmpty()) {
      throw new InvalidEvidenceException(violations);
    }
    return requireNonNull(rolled.get(tree.unit().id()));
  }

  private static RollUp rollOne(
      UnitTree tree,
      Map<String, RollUp> rolled,
      Set<MetricKey> metrics,
      Set<MetricKey> previousMetrics,
      List<Violation> violations) {
    Evidence e = tree.evidence();
    List<Unit> contributing =
        e.subunits().orElse(ImmutableList.of()).stream()
            .filter(u -> CONTRIBUTING_KINDS.contains(u.kind()))
            .collect(ImmutableList.toImmutableList());
    Map<String, Evidence> childEvidence = new HashMap<>();
    tree.children()
        .forEach(
            c ->
                childEvidence.put(
                    c.unit().id(), requireNonNull(rolled.get(c.unit().id())).evidence()));
    List<Evidence> parts = new ArrayList<>();
    for (Unit u : contributing) {
      Evidence part = childEvidence.get(u.id());
      if (part == null) {
        return ImmutableRollUp.of(e, ImmutableList.of(), ImmutableList.of());
      }
      parts.add(part);
    }
    if (parts.isEmpty()) {
      return ImmutableRollUp.of(e, ImmutableList.of(), ImmutableList.of());
    }
    ImmutableList.Builder<Location> rolledUp = ImmutableList.builder();
    ImmutableList.Builder<Location> confirmed = ImmutableList.builder();
    Map<MetricKey, Long> counts =
        sum(e, e.counts(), parts, true, metrics, "counts", rolledUp, confirmed, violations);
    Map<MetricKey, Long> previous =
        sum(
            e,
            e.previous(),
            parts,
            false,
            previousMetrics,
            "previous",
            rolledUp,
            confirmed,
            violations);
    return ImmutableRollUp.of(
        e.withCounts(counts).withPrevious(previous), rolledUp.build(), confirmed.build());
  }

  /** {@return the unit's own counts, then the sums of those it does not give that every part gives} */
  private static Map<MetricKey, Long> sum(
      Evidence unit,
      Map<MetricKey, Long> given,
      List<Evidence> parts,
      boolean thisPeriod,
      Set<MetricKey> metrics,
      String path,
      ImmutableList.Builder<Location> rolledUp,
      ImmutableList.Builder<Location> confirmed,
      List<Violation> violations) {
    Map<MetricKey, Long> out = new LinkedHashMap<>(given);
    for (MetricKey metric : metrics) {
      Long total = 0L;
      for (Evidence part : parts) {
        Long value = (thisPeriod ? part.counts() : part.previous()).get(metric);
        if (value == null) {
          total = null;
          break;
        }
        try {
          total = Math.addExact(total, value);
        } catch (ArithmeticException overflow) {
          List<String> values =
              new ArrayList<>(
                  List.of(metric.name(), unit.unit().id(), Long.toString(Long.MAX_VALUE)));
          values.addAll(parts(metric, parts, thisPeriod));
          violations.add(Violation.of(RuleCode.ROLLUP_OVERFLOW, at(unit, path, metric), values));
          total = null;
          break;
        }
      }
      if (total == null) {
        continue;
      }
      Long own = given.get(metric);
      if (own == null) {
        out.put(metric, total);
        rolledUp.add(Location.root().member(path).key(metric.name()));
      } else if (own.equals(total)) {
        confirmed.add(Location.root().member(path).key(metric.name()));
      } else {
        List<String> values =
            new ArrayList<>(
                List.of(
                    metric.name(),
                    own.toString(),
                    unit.unit().id(),
                    Integer.toString(parts.size()),
                    total.toString()));
        values.addAll(parts(metric, parts, thisPeriod));
        violations.add(Violation.of(RuleCode.ROLLUP_DIFFERS, at(unit, path, metric), values));
      }
    }
    return out;
  }

  private static List<String> parts(MetricKey metric, List<Evidence> parts, boolean thisPeriod) {
    Set<String> listed = new LinkedHashSet<>();
    for (Evidence part : parts.subList(0, Math.min(parts.size(), LISTED_PARTS))) {
      listed.add(
          part.unit().id() + " " + (thisPeriod ? part.counts() : part.previous()).get(metric));
    }
    if (parts.size() > LISTED_PARTS) {
      listed.add("\u2026");
    }
    return new ArrayList<>(listed);
  }

  /** {@return the location of a count in the unit's document} */
  private static Location at(Evidence unit, String map, MetricKey metric) {
    return Location.root().member(map).key(metric.name()).inDocument(unit.unit().id());
  }
}
