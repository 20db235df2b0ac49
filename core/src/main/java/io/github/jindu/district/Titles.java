package io.github.jindu.district;

import static com.google.common.base.Preconditions.checkArgument;

import com.google.common.collect.ImmutableList;
import io.github.jindu.AssessmentResult;
import io.github.jindu.CriteriaSet;
import io.github.jindu.InvalidEvidenceException;
import io.github.jindu.Unit;
import io.github.jindu.internal.CanonicalNames;

/**
 * Assesses sub-units for their own titles (无毒小区, 无毒校园, 无毒单位, 无毒家庭; docs/spec/criteria.md "The tiers") against a
 * criteria set the caller supplies. The policy gives no criteria for these titles and Jindu invents none: the set
 * is the district's own (an illustration ships in the examples module, labelled 示例). Each sub-unit is assessed on
 * its own evidence, with its counts rolled up from its own sub-units as {@link RollUp} does, exactly as a town is
 * assessed on the default set.
 *
 * <pre>{@code
 * CriteriaSet campus = ...;   // the district's criteria for 无毒校园, for schools
 * AssessmentResult school = Titles.assess(town, "310199-003-05", Title.DRUG_FREE_CAMPUS, campus);
 * }</pre>
 *
 * @implSpec This class is stateless and thread-safe.
 */
public final class Titles {
  private Titles() {}

  /**
   * Assesses one unit of a tree for a title.
   *
   * @param tree a town's or street's tree, or any sub-tree
   * @param unitId the id of the unit to assess, the root or a descendant with evidence
   * @param title the title the unit pursues
   * @param set the criteria set of the title, supplied by the caller; it must assess the unit's kind
   * @return the result of the unit's evidence against {@code set}
   * @throws IllegalArgumentException if no unit of the tree with evidence has that id, if the unit's kind does not
   *     pursue {@code title}, or if {@code set} does not assess the unit's kind
   * @throws InvalidEvidenceException if the unit's evidence breaks a rule of {@code set} or its roll-up fails
   */
  public static AssessmentResult assess(
      UnitTree tree, String unitId, Title title, CriteriaSet set) {
    UnitTree unit =
        tree.find(unitId)
            .orElseThrow(
                () ->
                    new IllegalArgumentException(
                        "no unit " + unitId + " with evidence in the tree of " + tree.unit().id()));
    return assessOne(unit, title, set);
  }

  /**
   * Assesses every unit of a tree whose kind pursues a title, such as every school for 无毒校园.
   *
   * @param tree a town's or street's tree, or any sub-tree
   * @param title the title
   * @param set the criteria set of the title, supplied by the caller; it must assess every kind of unit of the tree
   *     that pursues {@code title}
   * @return the results, in the tree's order (each unit before its sub-units, in listing order); empty if no unit
   *     with evidence pursues the title
   * @throws IllegalArgumentException if {@code set} does not assess the kind of a unit that pursues {@code title}
   * @throws InvalidEvidenceException if a unit's evidence breaks a rule of {@code set} or its roll-up fails
   */
  public static ImmutableList<AssessmentResult> assessAll(
      UnitTree tree, Title title, CriteriaSet set) {
    ImmutableList<UnitTree> units =
        ImmutableList.<UnitTree>builder().add(tree).addAll(tree.descendants()).build();
    return units.stream()
        .filter(t -> title.unitKinds().contains(t.unit().kind()))
        .map(t -> assessOne(t, title, set))
        .collect(ImmutableList.toImmutableList());
  }

  private static AssessmentResult assessOne(UnitTree tree, Title title, CriteriaSet set) {
    Unit unit = tree.unit();
    checkArgument(
        title.unitKinds().contains(unit.kind()),
        "unit %s is a %s, which does not pursue %s",
        unit.id(),
        CanonicalNames.of(unit.kind()),
        title);
    checkArgument(
        set.unitKinds().contains(unit.kind()),
        "criteria set %s does not assess a %s such as unit %s",
        set.id(),
        CanonicalNames.of(unit.kind()),
        unit.id());
    return set.assess(RollUp.of(tree, set).evidence());
  }
}
