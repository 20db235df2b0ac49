package io.github.jindu.district;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.catchThrowableOfType;

import io.github.jindu.AssessmentPeriod;
import io.github.jindu.Evidence;
import io.github.jindu.InvalidEvidenceException;
import io.github.jindu.Location;
import io.github.jindu.RuleCode;
import io.github.jindu.Unit;
import io.github.jindu.UnitKind;
import io.github.jindu.Violation;
import io.github.jindu.testing.Doc;
import java.time.LocalDate;
import java.util.ArrayList;
import java.util.List;
import org.junit.jupiter.api.Test;

class UnitTreeTest {
  private static final Unit V1 = Unit.of("T-01", "一村", UnitKind.VILLAGE);
  private static final Unit V2 = Unit.of("T-02", "二村", UnitKind.VILLAGE);
  private static final Unit SCHOOL = Unit.of("T-03", "中学", UnitKind.SCHOOL);
  private static final Unit FAMILY = Unit.of("T-01-01", "王家", UnitKind.FAMILY);

  private static Evidence town() {
    return Doc.of("T", UnitKind.TOWN).subunits(V1, V2, SCHOOL).build();
  }

  private static Evidence doc(Unit unit, Unit... subunits) {
    Doc d = Doc.of(unit.id(), unit.kind()).unit(unit);
    if (subunits.length > 0) {
      d.subunits(subunits);
    }
    return d.build();
  }

  @Test
  void of_childrenInListingOrder_whateverTheOrderGiven_andListedUnitsWithoutEvidenceKept() {
    UnitTree tree = UnitTree.of(town(), List.of(doc(FAMILY), doc(V2), doc(V1, FAMILY)));

    assertThat(tree.unit().id()).isEqualTo("T");
    assertThat(tree.children()).extracting(t -> t.unit().id()).containsExactly("T-01", "T-02");
    assertThat(tree.children().get(0).children())
        .extracting(t -> t.unit().id())
        .containsExactly("T-01-01");
    assertThat(tree.subunitsWithoutEvidence()).containsExactly(SCHOOL);
    assertThat(tree.descendants())
        .extracting(t -> t.unit().id())
        .containsExactly("T-01", "T-01-01", "T-02");
    assertThat(tree.find("T-01-01")).map(t -> t.unit().kind()).contains(UnitKind.FAMILY);
    assertThat(tree.find("T-03")).isEmpty();
  }

  @Test
  void forest_rootsAreTheUnitsNoOneLists_inTheOrderGiven() {
    Evidence other = Doc.of("U", UnitKind.STREET).build();

    List<UnitTree> forest = UnitTree.forest(List.of(doc(V1), other, town(), doc(V2)));

    assertThat(forest).extracting(t -> t.unit().id()).containsExactly("U", "T");
    assertThat(forest.get(1).children()).hasSize(2);
  }

  @Test
  void twoDocumentsOfOneUnit_areRejectedNamingTheId() {
    InvalidEvidenceException e =
        catchThrowableOfType(
            InvalidEvidenceException.class,
            () -> UnitTree.of(town(), List.of(doc(V1), doc(V2), doc(V1))));

    assertThat(e.violations())
        .containsExactly(
            Violation.of(
                RuleCode.UNIT_TWO_DOCUMENTS,
                Location.root().member("unit").member("id").inDocument("T-01"),
                "T-01",
                2,
                4));
  }

  @Test
  void aSubunitListedByTwoUnits_isRejectedNamingBoth() {
    Evidence other = Doc.of("U", UnitKind.TOWN).subunits(V2).build();

    InvalidEvidenceException e =
        catchThrowableOfType(
            InvalidEvidenceException.class, () -> UnitTree.forest(List.of(town(), other, doc(V2))));

    assertThat(e.violations())
        .containsExactly(
            Violation.of(
                RuleCode.SUBUNIT_TWO_PARENTS,
                Location.root().member("subunits").index(0).member("id").inDocument("U"),
                "U",
                "T-02",
                "T"));
  }

  @Test
  void aCycle_isRejectedNamingEveryUnitOnIt_fromTheSmallestId() {
    Unit a = Unit.of("A", "甲村", UnitKind.VILLAGE);
    Unit b = Unit.of("B", "乙村", UnitKind.VILLAGE);
    Unit c = Unit.of("C", "丙村", UnitKind.VILLAGE);

    InvalidEvidenceException e =
        catchThrowableOfType(
            InvalidEvidenceException.class,
            () -> UnitTree.forest(List.of(doc(c, a), doc(b, c), doc(a, b), town())));

    assertThat(e.violations())
        .containsExactly(
            Violation.of(
                RuleCode.SUBUNIT_CYCLE,
                Location.root().member("subunits").index(0).member("id").inDocument("A"),
                "A",
                "B",
                "C",
                "A"));
  }

  @Test
  void aCycleBelowARoot_isRejected_andTheTreeOfOnlyThatCycleToo() {
    Unit a = Unit.of("A", "甲村", UnitKind.VILLAGE);
    Unit b = Unit.of("B", "乙村", UnitKind.VILLAGE);
    Evidence townListingA = Doc.of("T", UnitKind.TOWN).subunits(a).build();

    // T lists A, A lists B and B lists A: A has two parents, and the cycle B → A is unreachable
    // from T.
    InvalidEvidenceException e =
        catchThrowableOfType(
            InvalidEvidenceException.class,
            () -> UnitTree.forest(List.of(townListingA, doc(a, b), doc(b, a))));

    assertThat(e.violations())
        .extracting(Violation::code, Violation::values)
        .containsExactly(
            org.assertj.core.groups.Tuple.tuple(
                RuleCode.SUBUNIT_TWO_PARENTS, List.of("B", "A", "T")));
  }

  @Test
  void aTwoUnitCycle_isNamed() {
    Unit a = Unit.of("A", "甲村", UnitKind.VILLAGE);
    Unit b = Unit.of("B", "乙村", UnitKind.VILLAGE);

    InvalidEvidenceException e =
        catchThrowableOfType(
            InvalidEvidenceException.class, () -> UnitTree.forest(List.of(doc(b, a), doc(a, b))));

    assertThat(e.violations())
        .extracting(Violation::code, Violation::values)
        .containsExactly(
            org.assertj.core.groups.Tuple.tuple(RuleCode.SUBUNIT_CYCLE, List.of("A", "B", "A")));
  }

  @Test
  void aSubunitWhoseOwnDocumentDisagreesOnKindOrPeriod_isRejected() {
    Evidence v1 =
        Doc.of("T-01", UnitKind.RESIDENTS_COMMITTEE)
            .unit("T-01", "一村", UnitKind.RESIDENTS_COMMITTEE)
            .build();
    Evidence v2 =
        Doc.of("T-02", UnitKind.VILLAGE)
            .unit(V2)
            .period(AssessmentPeriod.of(LocalDate.of(2024, 1, 1), LocalDate.of(2024, 12, 31)))
            .build();

    InvalidEvidenceException e =
        catchThrowableOfType(
            InvalidEvidenceException.class, () -> UnitTree.of(town(), List.of(v1, v2)));

    assertThat(e.violations())
        .containsExactly(
            Violation.of(
                RuleCode.SUBUNIT_KIND_DIFFERS,
                Location.root().member("subunits").index(0).member("kind").inDocument("T"),
                "T",
                "T-01",
                "village",
                "residents-committee"),
            Violation.of(
                RuleCode.SUBUNIT_PERIOD_DIFFERS,
                Location.root().member("period").inDocument("T-02"),
                "2024-01-01..2024-12-31",
                "T-02",
                "2025-01-01..2025-12-31",
                "T"));
  }

  @Test
  void aSubunitWhoseOwnDocumentGivesAnotherNameOrDistrict_isRejectedNamingBoth() {
    Evidence v1 =
        Doc.of("T-01", UnitKind.VILLAGE).unit("T-01", "完全不同的名字", UnitKind.VILLAGE).build();
    Evidence v2 =
        Doc.of("T-02", UnitKind.VILLAGE)
            .unit(Unit.of("T-02", "二村", UnitKind.VILLAGE, "999999"))
            .build();

    InvalidEvidenceException e =
        catchThrowableOfType(
            InvalidEvidenceException.class, () -> UnitTree.of(town(), List.of(v1, v2)));

    assertThat(e.violations())
        .containsExactly(
            Violation.of(
                RuleCode.SUBUNIT_NAME_DIFFERS,
                Location.root().member("subunits").index(0).member("name").inDocument("T"),
                "T",
                "T-01",
                "一村",
                "完全不同的名字"),
            Violation.of(
                RuleCode.SUBUNIT_DISTRICT_DIFFERS,
                Location.root().member("unit").member("district").inDocument("T-02"),
                "T-02",
                "999999",
                "T",
                "310199"));
  }

  @Test
  void aSubunitThatGivesItsParentsDistrict_orNone_isAccepted() {
    Evidence v1 =
        Doc.of("T-01", UnitKind.VILLAGE)
            .unit(Unit.of("T-01", "一村", UnitKind.VILLAGE, "310199"))
            .build();

    assertThat(UnitTree.of(town(), List.of(v1, doc(V2))).children()).hasSize(2);
  }

  @Test
  void twoCandidatesOfADistrictWithOneName_areRejected_butOneTreeMayRepeatNoName() {
    Evidence east =
        Doc.of("310199-001", UnitKind.TOWN).unit("310199-001", "东沙镇", UnitKind.TOWN).build();
    Evidence west =
        Doc.of("310199-002", UnitKind.TOWN).unit("310199-002", "东沙镇\u3000", UnitKind.TOWN).build();

    InvalidEvidenceException e =
        catchThrowableOfType(
            InvalidEvidenceException.class, () -> UnitTree.forest(List.of(east, west)));

    assertThat(e.violations())
        .containsExactly(
            Violation.of(
                RuleCode.UNIT_NAME_TWICE,
                Location.root().member("unit").member("name").inDocument("310199-002"),
                "东沙镇\u3000",
                "310199-001",
                "310199-002"));
  }

  @Test
  void of_aDocumentNotBelowTheRoot_isRejected() {
    InvalidEvidenceException e =
        catchThrowableOfType(
            InvalidEvidenceException.class,
            () -> UnitTree.of(town(), List.of(doc(V1), doc(FAMILY))));

    assertThat(e.violations())
        .containsExactly(
            Violation.of(
                RuleCode.UNIT_NOT_IN_TREE,
                Location.root().member("unit").member("id").inDocument("T-01-01"),
                "T-01-01",
                "T"));
  }

  @Test
  void aChainTenThousandDeep_isBuiltAndWalkedWithoutRecursion() {
    List<Evidence> chain = new ArrayList<>();
    int depth = 10_000;
    for (int i = 0; i < depth; i++) {
      Unit unit = Unit.of("V" + i, "村" + i, UnitKind.VILLAGE);
      chain.add(
          i + 1 < depth
              ? doc(unit, Unit.of("V" + (i + 1), "村" + (i + 1), UnitKind.VILLAGE))
              : doc(unit));
    }

    UnitTree tree = UnitTree.of(chain.get(0), chain.subList(1, depth));

    assertThat(tree.descendants()).hasSize(depth - 1);
    assertThat(RollUp.of(tree, Doc.SET).rolledUp()).isEmpty();
  }
}
