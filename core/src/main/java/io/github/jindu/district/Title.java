package io.github.jindu.district;

import com.google.common.collect.ImmutableSet;
import io.github.jindu.UnitKind;
import java.util.Arrays;
import java.util.Optional;

/**
 * A title a sub-unit pursues under the tiers of creation (分级创建, docs/spec/criteria.md "The tiers"): 无毒小区, 无毒校园,
 * 无毒单位, 无毒家庭. The policy names these titles but gives no criteria for them, so Jindu ships none: a district
 * supplies its own {@link io.github.jindu.CriteriaSet} per title and {@link Titles} assesses the sub-units on it.
 *
 * <p>Which kinds of unit pursue which title is our reading (docs/district.md): a residents' committee or a village
 * pursues 无毒小区 (the policy names no title of its own for a village), a school 无毒校园, a company 无毒单位, a
 * family 无毒家庭. Towns and streets pursue the municipal title on the default criteria set, not one of these.
 */
public enum Title {
  /** 无毒小区, a drug-free residential community: residents' committees and villages. */
  DRUG_FREE_COMMUNITY(UnitKind.RESIDENTS_COMMITTEE, UnitKind.VILLAGE),
  /** 无毒校园, a drug-free campus: schools. */
  DRUG_FREE_CAMPUS(UnitKind.SCHOOL),
  /** 无毒单位, a drug-free workplace: companies and other resident units. */
  DRUG_FREE_WORKPLACE(UnitKind.COMPANY),
  /** 无毒家庭, a drug-free family: families. */
  DRUG_FREE_FAMILY(UnitKind.FAMILY);

  private final ImmutableSet<UnitKind> unitKinds;

  Title(UnitKind... unitKinds) {
    this.unitKinds = ImmutableSet.copyOf(unitKinds);
  }

  /** {@return the kinds of unit that pursue the title, such as {@code [SCHOOL]}} */
  public ImmutableSet<UnitKind> unitKinds() {
    return unitKinds;
  }

  /**
   * Returns the title a kind of unit pursues.
   *
   * @param kind a kind of unit
   * @return the title, or empty for a town or street (they pursue the municipal title)
   */
  public static Optional<Title> pursuedBy(UnitKind kind) {
    return Arrays.stream(values()).filter(t -> t.unitKinds.contains(kind)).findFirst();
  }
}
