package io.github.jindu.district;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import io.github.jindu.AssessmentResult;
import io.github.jindu.CriteriaSet;
import io.github.jindu.Criterion;
import io.github.jindu.Indicator;
import io.github.jindu.MetricKey;
import io.github.jindu.OverallOutcome;
import io.github.jindu.Ratio;
import io.github.jindu.Unit;
import io.github.jindu.UnitKind;
import io.github.jindu.bar.MinShare;
import io.github.jindu.bar.ZeroCount;
import io.github.jindu.testing.Doc;
import java.util.List;
import org.junit.jupiter.api.Test;

class TitlesTest {
  private static final MetricKey STUDENTS = MetricKey.of("students.total");
  private static final MetricKey REACHED = MetricKey.of("students.reached");
  private static final MetricKey USERS = MetricKey.of("students.users");

  /** A criteria set made up for this test: the policy has none for 无毒校园. */
  private static final CriteriaSet CAMPUS =
      CriteriaSet.builder()
          .id("test.campus")
          .chineseName("测试用无毒校园标准")
          .englishName("campus set made up for a test")
          .addUnitKinds(UnitKind.SCHOOL)
          .addIndicators(
              Indicator.builder()
                  .id("campus")
                  .chineseName("校园")
                  .englishName("campus")
                  .clause("测试")
                  .addCriteria(
                      criterion("campus.coverage", MinShare.atLeast(REACHED, STUDENTS, Ratio.ONE)),
                      criterion("campus.no-users", ZeroCount.of(USERS)))
                  .build())
          .build();

  private static final Unit V1 = Unit.of("T-01", "一村", UnitKind.VILLAGE);
  private static final Unit S1 = Unit.of("T-02", "一中", UnitKind.SCHOOL);
  private static final Unit S2 = Unit.of("T-03", "二中", UnitKind.SCHOOL);

  private static Criterion criterion(String id, io.github.jindu.bar.Threshold threshold) {
    return Criterion.builder()
        .id(id)
        .chineseName(id)
        .englishName(id)
        .clause("测试")
        .threshold(threshold)
        .build();
  }

  private static UnitTree tree() {
    return UnitTree.of(
        Doc.of("T", UnitKind.TOWN).subunits(V1, S1, S2).build(),
        List.of(
            Doc.of(S2.id(), S2.kind())
                .unit(S2)
                .count(STUDENTS, 800)
                .count(REACHED, 799)
                .count(USERS, 0)
                .build(),
            Doc.of(V1.id(), V1.kind()).unit(V1).build(),
            Doc.of(S1.id(), S1.kind())
                .unit(S1)
                .count(STUDENTS, 1200)
                .count(REACHED, 1200)
                .count(USERS, 0)
                .build()));
  }

  @Test
  void assess_aSchoolOnTheSetItsDistrictSupplies() {
    AssessmentResult result = Titles.assess(tree(), "T-02", Title.DRUG_FREE_CAMPUS, CAMPUS);

    assertThat(result.criteriaSetId()).isEqualTo("test.campus");
    assertThat(result.unit()).isEqualTo(S1);
    assertThat(result.overall()).isEqualTo(OverallOutcome.QUALIFIED);
  }

  @Test
  void assessAll_everySchoolInTreeOrder() {
    assertThat(Titles.assessAll(tree(), Title.DRUG_FREE_CAMPUS, CAMPUS))
        .extracting(r -> r.unit().id() + " " + r.overall())
        .containsExactly("T-02 QUALIFIED", "T-03 NOT_QUALIFIED");
    assertThat(Titles.assessAll(tree(), Title.DRUG_FREE_FAMILY, CAMPUS)).isEmpty();
  }

  @Test
  void aSetThatDoesNotAssessTheKind_oraTitleTheKindDoesNotPursue_orAnUnknownUnit_isRefused() {
    assertThatThrownBy(() -> Titles.assess(tree(), "T-01", Title.DRUG_FREE_COMMUNITY, CAMPUS))
        .isInstanceOf(IllegalArgumentException.class)
        .hasMessage("criteria set test.campus does not assess a village such as unit T-01");
    assertThatThrownBy(() -> Titles.assessAll(tree(), Title.DRUG_FREE_COMMUNITY, CAMPUS))
        .isInstanceOf(IllegalArgumentException.class);
    assertThatThrownBy(() -> Titles.assess(tree(), "T-02", Title.DRUG_FREE_WORKPLACE, CAMPUS))
        .isInstanceOf(IllegalArgumentException.class)
        .hasMessage("unit T-02 is a school, which does not pursue DRUG_FREE_WORKPLACE");
    assertThatThrownBy(() -> Titles.assess(tree(), "T-09", Title.DRUG_FREE_CAMPUS, CAMPUS))
        .isInstanceOf(IllegalArgumentException.class)
        .hasMessage("no unit T-09 with evidence in the tree of T");
  }

  @Test
  void everySubunitKindPursuesOneTitle_townsAndStreetsNone() {
    for (UnitKind kind : UnitKind.values()) {
      boolean top = kind == UnitKind.TOWN || kind == UnitKind.STREET;
      assertThat(Title.pursuedBy(kind)).as(kind.name()).matches(t -> t.isPresent() != top);
      Title.pursuedBy(kind).ifPresent(t -> assertThat(t.unitKinds()).contains(kind));
    }
  }
}
