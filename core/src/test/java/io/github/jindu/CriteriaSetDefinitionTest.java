package io.github.jindu;

import static io.github.jindu.testing.ScoredSet.COVERAGE;
import static io.github.jindu.testing.ScoredSet.HOTSPOTS;
import static io.github.jindu.testing.ScoredSet.PLAN;
import static io.github.jindu.testing.ScoredSet.RECOGNITION;
import static io.github.jindu.testing.ScoredSet.band;
import static io.github.jindu.testing.ScoredSet.d;
import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import com.google.common.collect.ImmutableList;
import io.github.jindu.bar.Attested;
import io.github.jindu.bar.ZeroCount;
import io.github.jindu.catalogue.Metrics;
import io.github.jindu.catalogue.MunicipalModelCommunity;
import io.github.jindu.points.PointsScheme;
import io.github.jindu.testing.ScoredSet;
import java.time.LocalDate;
import java.util.ArrayList;
import java.util.List;
import java.util.Optional;
import org.junit.jupiter.api.Test;

/** The rules of a criteria set's own definition, and its copy methods, built in Java. */
class CriteriaSetDefinitionTest {
  private static final CriteriaSet SET = ScoredSet.unscored();

  private static CriteriaSet.Builder named(String id, String zh, String en) {
    return CriteriaSet.builder().id(id).chineseName(zh).englishName(en);
  }

  private static Indicator indicator(String id, Criterion... criteria) {
    return Indicator.builder()
        .id(id)
        .chineseName("指标" + id)
        .englishName(id)
        .clause("一")
        .addCriteria(criteria)
        .build();
  }

  private static Criterion advisoryAttested(String id) {
    return Criterion.builder()
        .id(id)
        .chineseName("标准" + id)
        .englishName(id)
        .clause("一(一)")
        .threshold(Attested.of())
        .advisory(true)
        .build();
  }

  private static Criterion attested(String id) {
    return Criterion.builder()
        .id(id)
        .chineseName("标准" + id)
        .englishName(id)
        .clause("一(一)")
        .threshold(Attested.of())
        .build();
  }

  /**
   * {@return a scheme of one band [0, total] and a pass mark of 1 (a pass mark must be above 0), with 1 point for
   * results.no-production (gating) and the points given}
   */
  private static PointsScheme.Builder scheme() {
    return PointsScheme.builder()
        .passMark(d("1"))
        .putCriterionPoints("results.no-production", d("1"));
  }

  /** {@return two bands meeting at the pass mark: 不合格 [0, passMark) and 合格 [passMark, upper]} */
  private static PointsScheme.Band[] split(String passMark, String upper) {
    return new PointsScheme.Band[] {
      band("不合格", "failed", "0", true, passMark, false),
      band("合格", "passed", passMark, true, upper, true)
    };
  }

  // ---- the set itself ----

  @Test
  void aSetOfOneIndicatorOfOneCriterion_isAccepted_withItsDefaults() {
    CriteriaSet set =
        named("one", "一", "one")
            .addUnitKinds(UnitKind.STREET)
            .addIndicators(indicator("x", attested("x.y")))
            .build();
    assertThat(set.version()).isEqualTo("1");
    assertThat(set.annual()).isTrue();
    assertThat(set.inForceFrom()).isEmpty();
    assertThat(set.inForceUntil()).isEmpty();
    assertThat(set.pointsScheme()).isEmpty();
    assertThat(set.vetoRules()).isEmpty();
    assertThat(set.criteria()).extracting(Criterion::id).containsExactly("x.y");
  }

  @Test
  void aBlankId_orBlankNames_areRefused() {
    for (String[] names :
        new String[][] {{" ", "一", "one"}, {"one", "", "one"}, {"one", "一", "\t"}}) {
      assertThatThrownBy(
              () ->
                  named(names[0], names[1], names[2])
                      .addUnitKinds(UnitKind.TOWN)
                      .addIndicators(indicator("x", attested("x.y")))
                      .build())
          .isInstanceOf(InvalidCriteriaException.class);
    }
  }

  @Test
  void noUnitKinds_isRefused_namingTheSet() {
    assertThatThrownBy(
            () -> named("one", "一", "one").addIndicators(indicator("x", attested("x.y"))).build())
        .isInstanceOf(InvalidCriteriaException.class)
        .hasMessageContaining("one");
  }

  @Test
  void noIndicators_isRefused_namingTheSet() {
    assertThatThrownBy(() -> named("one", "一", "one").addUnitKinds(UnitKind.TOWN).build())
        .isInstanceOf(InvalidCriteriaException.class)
        .hasMessageContaining("one");
  }

  @Test
  void anIndicatorWithNoCriteria_isRefused_namingIt() {
    assertThatThrownBy(
            () ->
                Indicator.builder()
                    .id("empty")
                    .chineseName("空")
                    .englishName("empty")
                    .clause("一")
                    .build())
        .isInstanceOf(InvalidCriteriaException.class)
        .hasMessageContaining("empty");
  }

  @Test
  void twoCriteriaOfOneId_areRefused_namingTheId() {
    assertThatThrownBy(
            () ->
                SET.withIndicators(
                    List.of(indicator("x", attested("x.y")), indicator("z", attested("x.y")))))
        .isInstanceOf(InvalidCriteriaException.class)
        .hasMessageContaining("x.y");
  }

  @Test
  void anIndicatorAndACriterionOfOneId_areRefused_namingTheId() {
    assertThatThrownBy(() -> SET.withIndicators(List.of(indicator("x", attested("x")))))
        .isInstanceOf(InvalidCriteriaException.class)
        .hasMessageContaining("x");
  }

  @Test
  void aVetoRuleOfACriterionsId_isRefused_namingTheId() {
    VetoRule clash =
        VetoRule.builder().id(PLAN).chineseName("否决").englishName("veto").clause("三").build();
    assertThatThrownBy(() -> SET.withVetoRules(List.of(clash)))
        .isInstanceOf(InvalidCriteriaException.class)
        .hasMessageContaining(PLAN);
  }

  @Test
  void aBlankVersion_isRefused() {
    assertThatThrownBy(() -> SET.withVersion(" "))
        .isInstanceOf(InvalidCriteriaException.class)
        .hasMessageContaining(SET.id());
  }

  // ---- copies ----

  @Test
  void copies_changeOneAttribute_andKeepTheRest() {
    CriteriaSet v2 = SET.withVersion("2");
    assertThat(v2.version()).isEqualTo("2");
    assertThat(v2.indicators()).isEqualTo(SET.indicators());
    assertThat(v2).isNotEqualTo(SET);
    assertThat(v2.withVersion("1")).isEqualTo(SET);
    CriteriaSet dated =
        SET.withInForceFrom(Optional.of(LocalDate.of(2024, 1, 1)))
            .withInForceUntil(Optional.of(LocalDate.of(2024, 12, 31)));
    assertThat(dated.inForceFrom()).contains(LocalDate.of(2024, 1, 1));
    assertThat(dated.inForceUntil()).contains(LocalDate.of(2024, 12, 31));
    assertThat(SET.withVetoRules(List.of()).vetoRules()).isEmpty();
    assertThat(SET.withIndicators(List.of(indicator("x", attested("x.y")))).criteria())
        .extracting(Criterion::id)
        .containsExactly("x.y");
    assertThat(SET.withPointsScheme(Optional.of(ScoredSet.standard())).pointsScheme())
        .contains(ScoredSet.standard());
    assertThat(ScoredSet.standardSet().withPointsScheme(Optional.empty())).isEqualTo(SET);
  }

  @Test
  void copies_thatChangeNothing_areTheSameValue() {
    assertThat(SET.withVersion(SET.version())).isSameAs(SET);
  }

  @Test
  void metricDefinitions_copied_areCheckedAsNew() {
    List<Metric> defined = new ArrayList<>();
    for (MetricKey key : SET.metrics()) {
      defined.add(
          Metric.of(
              key,
              "计数" + key.name(),
              key.name(),
              key.equals(Metrics.HOTSPOTS) || key.equals(Metrics.PRODUCTION_SITES)
                  ? CountUnit.PLACES
                  : CountUnit.PEOPLE));
    }
    CriteriaSet set = SET.withMetricDefinitions(defined);
    assertThat(set.metricDefinition(Metrics.HOTSPOTS).orElseThrow().unit())
        .isEqualTo(CountUnit.PLACES);
    assertThat(set.metricDefinition(Metrics.VOLUNTEERS)).isEmpty();
    assertThat(SET.metricDefinition(Metrics.HOTSPOTS)).isEmpty();
    assertThatThrownBy(() -> SET.withMetricDefinitions(defined.subList(1, defined.size())))
        .isInstanceOf(InvalidCriteriaException.class)
        .hasMessageContaining(defined.get(0).key().name());
  }

  // ---- lookups ----

  @Test
  void metrics_areEveryCountReadInCatalogueOrderOfFirstUse() {
    assertThat(SET.metrics())
        .containsExactly(
            Metrics.HOTSPOTS,
            Metrics.PRODUCTION_SITES,
            Metrics.POPULATION_REACHED,
            Metrics.POPULATION_ACTUAL);
  }

  @Test
  void criterion_findsById_orNothing() {
    assertThat(SET.criterion(PLAN).orElseThrow().threshold()).isEqualTo(Attested.of());
    assertThat(SET.criterion("work.nothing")).isEmpty();
  }

  @Test
  void indicatorOf_aCriterionOfTheSet_isItsIndicator() {
    assertThat(SET.indicatorOf(SET.criterion(PLAN).orElseThrow()).id()).isEqualTo("work");
    assertThat(SET.indicatorOf(SET.criterion(HOTSPOTS).orElseThrow()).id()).isEqualTo("results");
  }

  @Test
  void indicatorOf_aCriterionOfAnotherSet_isAnIllegalArgument_namingIt() {
    Criterion foreign = MunicipalModelCommunity.criteriaSet().criteria().get(0);
    assertThatThrownBy(() -> SET.indicatorOf(foreign))
        .isInstanceOf(IllegalArgumentException.class)
        .hasMessageContaining(foreign.id());
  }

  @Test
  void indicatorOf_aCriterionOfTheSameIdButAnotherBar_isAnIllegalArgument() {
    Criterion changed =
        SET.criterion(PLAN).orElseThrow().withThreshold(ZeroCount.of(Metrics.HOTSPOTS));
    assertThatThrownBy(() -> SET.indicatorOf(changed))
        .isInstanceOf(IllegalArgumentException.class)
        .hasMessageContaining(PLAN);
  }

  // ---- a points scheme against its set ----

  @Test
  void aScheme_namingOnlyCriteriaAndIndicatorsOfTheSet_isAccepted() {
    CriteriaSet set =
        SET.withPointsScheme(
            Optional.of(
                PointsScheme.builder()
                    .passMark(d("2"))
                    .putCriterionPoints("results.no-production", d("1"))
                    .putCriterionPoints(PLAN, d("1"))
                    .putIndicatorPoints("work", d("1"))
                    .putBonusPoints(RECOGNITION, d("1"))
                    .addVetoItems(HOTSPOTS)
                    .addBands(
                        band("未达", "below", "0", true, "2", false),
                        band("达", "reached", "2", true, "4", true))
                    .build()));
    assertThat(set.pointsScheme().orElseThrow().maxTotal()).isEqualByComparingTo("4");
  }

  @Test
  void aScheme_givingPointsToAnUnknownCriterion_isRefused_namingIt() {
    PointsScheme s =
        scheme().putCriterionPoints("work.none", d("1")).addBands(split("1", "2")).build();
    assertThatThrownBy(() -> SET.withPointsScheme(Optional.of(s)))
        .isInstanceOf(InvalidCriteriaException.class)
        .hasMessageContaining("work.none");
  }

  @Test
  void aScheme_givingABonusToAnUnknownCriterion_isRefused_namingIt() {
    PointsScheme s =
        PointsScheme.builder()
            .passMark(d("2"))
            .putCriterionPoints("results.no-production", d("1"))
            .putBonusPoints("work.none", d("1"))
            .addBands(split("2", "2"))
            .build();
    assertThatThrownBy(() -> SET.withPointsScheme(Optional.of(s)))
        .isInstanceOf(InvalidCriteriaException.class)
        .hasMessageContaining("work.none");
  }

  @Test
  void aScheme_tieringAnUnknownCriterion_isRefused_namingIt() {
    PointsScheme s =
        scheme()
            .putTiers("work.none", ImmutableList.of(PointsScheme.Tier.of(Ratio.of(1, 2), d("1"))))
            .addBands(split("1", "2"))
            .build();
    assertThatThrownBy(() -> SET.withPointsScheme(Optional.of(s)))
        .isInstanceOf(InvalidCriteriaException.class)
        .hasMessageContaining("work.none");
  }

  @Test
  void aScheme_vetoingOnAnUnknownCriterion_isRefused_namingIt() {
    PointsScheme s = scheme().addVetoItems("work.none").addBands(split("1", "1")).build();
    assertThatThrownBy(() -> SET.withPointsScheme(Optional.of(s)))
        .isInstanceOf(InvalidCriteriaException.class)
        .hasMessageContaining("work.none");
  }

  @Test
  void aScheme_givingPointsToAnUnknownIndicator_isRefused_namingIt() {
    PointsScheme s =
        scheme().putIndicatorPoints("leadership", d("1")).addBands(split("1", "2")).build();
    assertThatThrownBy(() -> SET.withPointsScheme(Optional.of(s)))
        .isInstanceOf(InvalidCriteriaException.class)
        .hasMessageContaining("leadership");
  }

  @Test
  void aScheme_givingIndicatorPointsToACriterion_isRefused_namingIt() {
    PointsScheme s = scheme().putIndicatorPoints(PLAN, d("1")).addBands(split("1", "2")).build();
    assertThatThrownBy(() -> SET.withPointsScheme(Optional.of(s)))
        .isInstanceOf(InvalidCriteriaException.class)
        .hasMessageContaining(PLAN);
  }

  /** Found by a break test: a set whose criteria were all advisory qualified a unit with no evidence at all. */
  @Test
  void aSetWhoseEveryCriterionIsAdvisory_isRefused_forNothingWouldGateIt() {
    Criterion a = advisoryAttested("a");
    Criterion b = advisoryAttested("b");
    assertThatThrownBy(
            () ->
                named("all-advisory", "全参考", "all advisory")
                    .addUnitKinds(UnitKind.TOWN)
                    .addIndicators(indicator("x", a), indicator("y", b))
                    .build())
        .isInstanceOfSatisfying(
            InvalidCriteriaException.class,
            e ->
                assertThat(e.violations())
                    .containsExactly(
                        Violation.of(
                            RuleCode.SET_NO_GATING_CRITERION,
                            Location.root().member("indicators"),
                            "all-advisory")));
    assertThat(
            named("one-gating", "一项必备", "one gating")
                .addUnitKinds(UnitKind.TOWN)
                .addIndicators(indicator("x", a), indicator("y", attested("b")))
                .build()
                .criteria())
        .hasSize(2);
  }

  /** An indicator's points are earned when every gating criterion of it passes: with none, by no evidence at all. */
  @Test
  void aScheme_givingPointsToAnIndicatorWithoutAGatingCriterion_isRefused_namingIt() {
    CriteriaSet set =
        named("two", "二", "two")
            .addUnitKinds(UnitKind.TOWN)
            .addIndicators(indicator("x", attested("a")), indicator("y", advisoryAttested("b")))
            .build();
    PointsScheme s =
        PointsScheme.builder()
            .passMark(d("1"))
            .putCriterionPoints("a", d("1"))
            .putIndicatorPoints("y", d("5"))
            .addBands(split("1", "6"))
            .build();
    assertThatThrownBy(() -> set.withPointsScheme(Optional.of(s)))
        .isInstanceOfSatisfying(
            InvalidCriteriaException.class,
            e ->
                assertThat(e.violations())
                    .containsExactly(
                        Violation.of(
                            RuleCode.POINTS_INDICATOR_WITHOUT_GATING,
                            Location.root().member("points").member("indicators").key("y"),
                            "y")));
  }

  /** Bonus points (加分) alone never qualify: the pass mark is above the bonus a unit can earn, after the cap. */
  @Test
  void aPassMarkNotAboveTheBonus_isRefused_theCapCounting() {
    PointsScheme.Builder within =
        PointsScheme.builder()
            .passMark(d("3"))
            .putCriterionPoints(PLAN, d("10"))
            .putBonusPoints(RECOGNITION, d("3"))
            .addBands(split("3", "13"));
    assertThatThrownBy(within::build)
        .isInstanceOfSatisfying(
            InvalidCriteriaException.class,
            e ->
                assertThat(e.violations())
                    .containsExactly(
                        Violation.of(
                            RuleCode.POINTS_PASS_MARK_WITHIN_BONUS,
                            Location.root().member("passMark"),
                            "3",
                            "3")));
    PointsScheme capped =
        PointsScheme.builder()
            .passMark(d("3"))
            .putCriterionPoints(PLAN, d("10"))
            .putBonusPoints(RECOGNITION, d("3"))
            .bonusCap(d("2.5"))
            .addBands(split("3", "12.5"))
            .build();
    assertThat(capped.maxBonus()).isEqualByComparingTo("2.5");
    assertThat(SET.withPointsScheme(Optional.of(capped)).pointsScheme()).contains(capped);
  }

  @Test
  void aScheme_whoseVetoItemIsAdvisory_isRefused_namingIt() {
    PointsScheme s = scheme().addVetoItems(RECOGNITION).addBands(split("1", "1")).build();
    assertThatThrownBy(() -> SET.withPointsScheme(Optional.of(s)))
        .isInstanceOf(InvalidCriteriaException.class)
        .hasMessageContaining(RECOGNITION);
  }

  @Test
  void aScheme_tieringACriterionThatIsNotAShare_isRefused_namingIt() {
    PointsScheme s =
        scheme()
            .putTiers(HOTSPOTS, ImmutableList.of(PointsScheme.Tier.of(Ratio.of(1, 2), d("1"))))
            .addBands(split("1", "2"))
            .build();
    assertThatThrownBy(() -> SET.withPointsScheme(Optional.of(s)))
        .isInstanceOf(InvalidCriteriaException.class)
        .hasMessageContaining(HOTSPOTS);
  }

  @Test
  void aScheme_tieringAShare_isAccepted() {
    PointsScheme s =
        scheme()
            .putTiers(COVERAGE, ImmutableList.of(PointsScheme.Tier.of(Ratio.of(1, 2), d("1"))))
            .addBands(split("1", "2"))
            .build();
    assertThat(SET.withPointsScheme(Optional.of(s)).pointsScheme()).contains(s);
  }
}
