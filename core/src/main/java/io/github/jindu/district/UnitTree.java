package io.github.jindu.district;

import static java.util.Objects.requireNonNull;

import com.google.common.collect.ImmutableList;
import io.github.jindu.Evidence;
import io.github.jindu.InvalidEvidenceException;
import io.github.jindu.Location;
import io.github.jindu.RuleCode;
import io.github.jindu.Unit;
import io.github.jindu.Violation;
import io.github.jindu.internal.CanonicalNames;
import io.github.jindu.internal.Texts;
import java.util.ArrayDeque;
import java.util.ArrayList;
import java.util.Collections;
import java.util.Deque;
import java.util.HashMap;
import java.util.HashSet;
import java.util.LinkedHashMap;
import java.util.LinkedHashSet;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.Set;
import org.immutables.value.Value;

/**
 * A unit with its sub-units (分级创建, docs/spec/criteria.md "The tiers"): a town (镇) or street (街道) and the evidence of
 * those of its villages (村), residents' committees (居委), companies (公司), schools (学校) and families (家庭) that
 * have evidence of their own, each possibly with sub-units of its own.
 *
 * <p>The tree is read from the {@code subunits} lists of the evidence: a document's children are the units it lists
 * that have a document of their own, in the order it lists them. A listed sub-unit without a document is simply a
 * leaf without evidence ({@link #subunitsWithoutEvidence()}). Example: a town listing four villages and a school,
 * with documents for the four villages, is a tree of five nodes:
 *
 * <pre>{@code
 * UnitTree town = UnitTree.of(townEvidence, List.of(village1, village2, village3, village4));
 * town.children().size();                 // 4
 * town.subunitsWithoutEvidence();         // [the school]
 * }</pre>
 *
 * <p>{@link #of} and {@link #forest} reject, with an {@link InvalidEvidenceException} whose violations name the unit
 * ids: two documents of one unit; a unit listed as a sub-unit by two units; a cycle (A lists B, B lists A); a
 * sub-unit whose own document gives another kind of unit or another name than its parent lists, another district
 * than its parent's (when both give one), or another period than its parent's; and, in {@link #forest}, two roots
 * (a district's candidates) with the same name. Each violation's JSON path is in the document of the unit its message names first.
 *
 * @implSpec This class is immutable and thread-safe.
 */
@Value.Immutable
public abstract class UnitTree {
  UnitTree() {}

  /** {@return the evidence of the unit at the root of this tree} */
  public abstract Evidence evidence();

  /** {@return the sub-units that have evidence, each a tree, in the order the unit lists them} */
  public abstract ImmutableList<UnitTree> children();

  /**
   * Returns the tree of one unit and the documents of its sub-units, at any depth.
   *
   * @param root the evidence of the unit at the root, such as a town's
   * @param descendants the evidence of its sub-units and of theirs, in any order; each must be reachable from the
   *     root through {@code subunits} lists
   * @return the tree
   * @throws InvalidEvidenceException naming the ids, for the errors of {@link #forest} and for a document that is
   *     not a sub-unit of the root, directly or through others
   */
  public static UnitTree of(Evidence root, Iterable<Evidence> descendants) {
    List<Evidence> documents = new ArrayList<>();
    documents.add(root);
    descendants.forEach(documents::add);
    Structure structure = Structure.of(documents);
    for (Evidence other : structure.roots) {
      if (other != root) {
        structure.violations.add(
            Violation.of(
                RuleCode.UNIT_NOT_IN_TREE,
                Location.root().member("unit").member("id").inDocument(other.unit().id()),
                other.unit().id(),
                root.unit().id()));
      }
    }
    structure.throwIfInvalid();
    return structure.trees().get(0);
  }

  /**
   * Returns the trees of a collection of documents: every unit that no other document lists as a sub-unit is the
   * root of a tree; all others hang below it. A district's towns and streets with their sub-units' evidence, given
   * together, make one tree per town or street.
   *
   * @param documents the evidence of every unit, in any order
   * @return the trees, in the order their roots were given
   * @throws InvalidEvidenceException naming the ids, if a unit has two documents, is listed as a sub-unit by two
   *     units, is on a cycle of sub-units, or its own document gives another kind of unit, another name, another
   *     district or another period than the unit listing it ({@code subunit.kind-differs},
   *     {@code subunit.name-differs}, {@code subunit.district-differs}, {@code subunit.period-differs}); or if two
   *     roots have the same name ({@code unit.name-twice}: two towns of one district called alike)
   */
  public static ImmutableList<UnitTree> forest(Iterable<Evidence> documents) {
    Structure structure = Structure.of(ImmutableList.copyOf(documents));
    Map<String, String> byName = new HashMap<>();
    for (Evidence root : structure.roots) {
      String first = byName.putIfAbsent(Texts.shown(root.unit().name()), root.unit().id());
      if (first != null) {
        structure.violations.add(
            Violation.of(
                RuleCode.UNIT_NAME_TWICE,
                Location.root().member("unit").member("name").inDocument(root.unit().id()),
                Texts.abbreviated(root.unit().name()),
                first,
                root.unit().id()));
      }
    }
    structure.throwIfInvalid();
    return structure.trees();
  }

  /** {@return the unit at the root} */
  public final Unit unit() {
    return evidence().unit();
  }

  /**
   * Returns the sub-units the root's evidence lists that have no evidence of their own in this tree.
   *
   * @return the units, in the order listed; empty when the evidence lists none or every one has evidence
   */
  public final ImmutableList<Unit> subunitsWithoutEvidence() {
    Set<String> withEvidence = new HashSet<>();
    children().forEach(c -> withEvidence.add(c.unit().id()));
    return evidence().subunits().orElse(ImmutableList.of()).stream()
        .filter(u -> !withEvidence.contains(u.id()))
        .collect(ImmutableList.toImmutableList());
  }

  /**
   * Returns every tree below the root, depth first, each unit before its sub-units, in listing order.
   *
   * @return the descendants, without the root
   */
  public final ImmutableList<UnitTree> descendants() {
    ImmutableList.Builder<UnitTree> out = ImmutableList.builder();
    Deque<UnitTree> stack = new ArrayDeque<>(children());
    while (!stack.isEmpty()) {
      UnitTree tree = stack.removeFirst();
      out.add(tree);
      tree.children().reverse().forEach(stack::addFirst);
    }
    return out.build();
  }

  /**
   * Finds the root or a descendant by unit id.
   *
   * @param unitId a unit id, such as {@code 310199-003-02}
   * @return the tree of that unit, or empty if no unit of this tree has that id
   */
  public final Optional<UnitTree> find(String unitId) {
    if (unit().id().equals(unitId)) {
      return Optional.of(this);
    }
    return descendants().stream().filter(t -> t.unit().id().equals(unitId)).findFirst();
  }

  /** The parent relation of a collection of documents, with the violations of its structure. */
  private static final class Structure {
    final List<Evidence> documents = new ArrayList<>();
    final Map<String, Evidence> byId = new HashMap<>();
    final Map<String, Evidence> parent = new HashMap<>();
    final List<Evidence> roots = new ArrayList<>();
    final Set<Violation> violations = new LinkedHashSet<>();

    static Structure of(List<Evidence> given) {
      Structure s = new Structure();
      Map<String, Integer> position = new HashMap<>();
      for (int i = 0; i < given.size(); i++) {
        Evidence e = given.get(i);
        Integer first = position.putIfAbsent(e.unit().id(), i);
        if (first == null) {
          s.documents.add(e);
          s.byId.put(e.unit().id(), e);
        } else {
          s.violations.add(
              Violation.of(
                  RuleCode.UNIT_TWO_DOCUMENTS,
                  Location.root().member("unit").member("id").inDocument(e.unit().id()),
                  e.unit().id(),
                  first + 1,
                  i + 1));
        }
      }
      s.link();
      s.findCycles();
      return s;
    }

    private void link() {
      for (Evidence p : documents) {
        List<Unit> listed = p.subunits().orElse(ImmutableList.of());
        for (int i = 0; i < listed.size(); i++) {
          Unit listedUnit = listed.get(i);
          Evidence child = byId.get(listedUnit.id());
          if (child == null) {
            continue;
          }
          Location path = Location.root().member("subunits").index(i).inDocument(p.unit().id());
          Evidence other = parent.putIfAbsent(listedUnit.id(), p);
          if (other != null) {
            violations.add(
                Violation.of(
                    RuleCode.SUBUNIT_TWO_PARENTS,
                    path.member("id"),
                    p.unit().id(),
                    listedUnit.id(),
                    other.unit().id()));
            continue;
          }
          if (listedUnit.kind() != child.unit().kind()) {
            violations.add(
                Violation.of(
                    RuleCode.SUBUNIT_KIND_DIFFERS,
                    path.member("kind"),
                    p.unit().id(),
                    listedUnit.id(),
                    CanonicalNames.of(listedUnit.kind()),
                    CanonicalNames.of(child.unit().kind())));
          }
          if (!Texts.shown(listedUnit.name()).equals(Texts.shown(child.unit().name()))) {
            violations.add(
                Violation.of(
                    RuleCode.SUBUNIT_NAME_DIFFERS,
                    path.member("name"),
                    p.unit().id(),
                    listedUnit.id(),
                    Texts.abbreviated(listedUnit.name()),
                    Texts.abbreviated(child.unit().name())));
          }
          Optional<String> district = child.unit().districtId();
          if (district.isPresent()
              && p.unit().districtId().isPresent()
              && !district.equals(p.unit().districtId())) {
            violations.add(
                Violation.of(
                    RuleCode.SUBUNIT_DISTRICT_DIFFERS,
                    Location.root().member("unit").member("district").inDocument(listedUnit.id()),
                    listedUnit.id(),
                    district.get(),
                    p.unit().id(),
                    p.unit().districtId().get()));
          }
          if (!child.period().equals(p.period())) {
            violations.add(
                Violation.of(
                    RuleCode.SUBUNIT_PERIOD_DIFFERS,
                    Location.root().member("period").inDocument(listedUnit.id()),
                    child.period(),
                    listedUnit.id(),
                    p.period(),
                    p.unit().id()));
          }
        }
      }
      for (Evidence e : documents) {
        if (!parent.containsKey(e.unit().id())) {
          roots.add(e);
        }
      }
    }

    /** Reports each cycle once, from its smallest id: every unit on it has a parent, so none is reachable. */
    private void findCycles() {
      Set<String> reachable = new HashSet<>();
      for (Evidence root : roots) {
        Deque<Evidence> stack = new ArrayDeque<>();
        stack.push(root);
        while (!stack.isEmpty()) {
          Evidence e = stack.pop();
          reachable.add(e.unit().id());
          children(e).forEach(stack::push);
        }
      }
      Set<String> reported = new HashSet<>();
      for (Evidence start : documents) {
        if (reachable.contains(start.unit().id()) || reported.contains(start.unit().id())) {
          continue;
        }
        // Walk up the parents until a unit repeats: the walk from that unit back to itself is a
        // cycle.
        Map<String, Integer> seen = new LinkedHashMap<>();
        List<Evidence> walk = new ArrayList<>();
        Evidence e = start;
        while (e != null && !seen.containsKey(e.unit().id())) {
          seen.put(e.unit().id(), walk.size());
          walk.add(e);
          e = parent.get(e.unit().id());
        }
        if (e == null) {
          continue;
        }
        List<Evidence> cycle =
            new ArrayList<>(walk.subList(requireNonNull(seen.get(e.unit().id())), walk.size()));
        if (cycle.stream().anyMatch(c -> reported.contains(c.unit().id()))) {
          continue;
        }
        cycle.forEach(c -> reported.add(c.unit().id()));
        // The walk goes from child to parent; a cycle reads from parent to child, from its smallest
        // id.
        Collections.reverse(cycle);
        int smallest = 0;
        for (int i = 1; i < cycle.size(); i++) {
          if (cycle.get(i).unit().id().compareTo(cycle.get(smallest).unit().id()) < 0) {
            smallest = i;
          }
        }
        Collections.rotate(cycle, -smallest);
        Evidence first = cycle.get(0);
        String next = cycle.get(1 % cycle.size()).unit().id();
        List<String> ids = new ArrayList<>();
        cycle.forEach(c -> ids.add(c.unit().id()));
        ids.add(first.unit().id());
        violations.add(
            Violation.of(
                RuleCode.SUBUNIT_CYCLE,
                Location.root()
                    .member("subunits")
                    .index(indexOf(first, next))
                    .member("id")
                    .inDocument(first.unit().id()),
                ids));
      }
    }

    private static int indexOf(Evidence e, String subunitId) {
      List<Unit> listed = e.subunits().orElse(ImmutableList.of());
      for (int i = 0; i < listed.size(); i++) {
        if (listed.get(i).id().equals(subunitId)) {
          return i;
        }
      }
      throw new AssertionError(subunitId + " is not listed by " + e.unit().id());
    }

    /** {@return the documents of the sub-units {@code e} lists and is the parent of, in listing order} */
    private List<Evidence> children(Evidence e) {
      List<Evidence> out = new ArrayList<>();
      for (Unit u : e.subunits().orElse(ImmutableList.of())) {
        Evidence child = byId.get(u.id());
        if (child != null && parent.get(u.id()) == e) {
          out.add(child);
        }
      }
      return out;
    }

    void throwIfInvalid() {
      if (!violations.isEmpty()) {
        throw new InvalidEvidenceException(violations);
      }
    }

    /** Builds the trees bottom-up without recursion: in reverse pre-order every unit follows its sub-units. */
    ImmutableList<UnitTree> trees() {
      ImmutableList.Builder<UnitTree> out = ImmutableList.builder();
      for (Evidence root : roots) {
        List<Evidence> preorder = new ArrayList<>();
        Deque<Evidence> stack = new ArrayDeque<>();
        stack.push(root);
        while (!stack.isEmpty()) {
          Evidence e = stack.pop();
          preorder.add(e);
          children(e).forEach(stack::push);
        }
        Map<String, UnitTree> built = new HashMap<>();
        for (int i = preorder.size() - 1; i >= 0; i--) {
          Evidence e = preorder.get(i);
          ImmutableList<UnitTree> kids =
              children(e).stream()
                  .map(c -> requireNonNull(built.get(c.unit().id())))
                  .collect(ImmutableList.toImmutableList());
          built.put(
              e.unit().id(), ImmutableUnitTree.builder().evidence(e).addAllChildren(kids).build());
        }
        out.add(requireNonNull(built.get(root.unit().id())));
      }
      return out.build();
    }
  }
}
