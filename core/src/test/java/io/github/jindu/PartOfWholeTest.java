package io.github.jindu;

import static io.github.jindu.Rejections.assertNames;
import static io.github.jindu.Rejections.assertRejected;
import static io.github.jindu.Rejections.rejection;
import static io.github.jindu.catalogue.Metrics.POPULATION_ACTUAL;
import static io.github.jindu.catalogue.Metrics.URINE_TEST_PERSONS_DUE;
import static io.github.jindu.catalogue.Metrics.URINE_TEST_PERSONS_TESTED;
import static io.github.jindu.catalogue.Metrics.URINE_TEST_TESTS_DONE;
import static io.github.jindu.catalogue.Metrics.URINE_TEST_TESTS_DUE;
import static io.github.jindu.catalogue.Metrics.USERS_REGISTERED;
import static io.github.jindu.testing.SampleEvidence.empty;
import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import io.github.jindu.catalogue.Metrics;
import io.github.jindu.catalogue.MunicipalModelCommunity;
import io.github.jindu.testing.SampleEvidence;
import java.util.ArrayList;
import java.util.List;
import java.util.stream.Stream;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.MethodSource;

/**
 * The table of parts of docs/spec/criteria.md ("Invalid evidence"): a part never exceeds its whole, in this period
 * and in {@code previous}; and the {@code partOf} relations a criteria set of one's own declares.
 */
class PartOfWholeTest {
  private static final CriteriaSet SET = MunicipalModelCommunity.criteriaSet();

  /** One row of the table: a part and a whole it must not exceed. */
  record Row(String part, String whole) {
    @Override
    public String toString() {
      return part + " ⊂ " + whole;
    }
  }

  /** The table of criteria.md, row by row, exactly as written there. */
  static Stream<Row> table() {
    List<Row> rows = new ArrayList<>();
    for (String part :
        List.of(
            "population.reached",
            "youth.total",
            "students.total",
            "foreigners.total",
            "migrants.total",
            "users.registered",
            "users.new")) {
      rows.add(new Row(part, "population.actual"));
    }
    for (String group : List.of("youth", "students", "foreigners", "migrants")) {
      rows.add(new Row(group + ".reached", group + ".total"));
    }
    rows.add(new Row("separated-users.found", "separated-users.total"));
    for (String part :
        List.of("separated-users.total", "urine-test.persons-due", "users.abstinent-1y")) {
      rows.add(new Row(part, "users.registered"));
    }
    rows.add(new Row("urine-test.persons-tested", "urine-test.persons-due"));
    rows.add(new Row("urine-test.tests-done", "urine-test.tests-due"));
    rows.add(new Row("users.abstinent-3y", "users.abstinent-1y"));
    rows.add(new Row("urine-test.persons-due", "urine-test.tests-due"));
    rows.add(new Row("urine-test.persons-tested", "urine-test.tests-done"));
    return rows.stream();
  }

  @ParameterizedTest(name = "{0}")
  @MethodSource("table")
  void aPartAboveItsWhole_isRefused_andAPartEqualToIt_isNot(Row row) {
    MetricKey part = MetricKey.of(row.part());
    MetricKey whole = MetricKey.of(row.whole());

    assertRejected(
        empty().count(part, 11).count(whole, 10),
        "$.counts[\"" + row.part() + "\"]",
        RuleCode.COUNT_PART_ABOVE_WHOLE,
        row.part(),
        11,
        row.whole(),
        10);
    assertThat(SET.validate(empty().count(part, 10).count(whole, 10).build())).isEmpty();
    assertThat(SET.validate(empty().count(part, 11).build()))
        .isEmpty(); // the whole is not known: nothing to check
  }

  @Test
  void everyRowOfTheTable_isDeclaredByTheDefaultSet_andNothingElse() {
    List<Row> declared = new ArrayList<>();
    for (Metric m : SET.metricDefinitions()) {
      m.partOf().forEach(whole -> declared.add(new Row(m.key().name(), whole.name())));
    }
    assertThat(declared).containsExactlyInAnyOrderElementsOf(table().toList());
  }

  @Test
  void aPartAboveItsWhole_inThePreviousPeriod_isRefused() {
    for (String group : List.of("foreigners", "migrants")) {
      assertRejected(
          empty()
              .previous(MetricKey.of(group + ".reached"), 11)
              .previous(MetricKey.of(group + ".total"), 10),
          "$.previous[\"" + group + ".reached\"]",
          RuleCode.COUNT_PART_ABOVE_WHOLE,
          group + ".reached",
          11,
          group + ".total",
          10);
    }
  }

  /** Why: zeroing a failing share (0 tests due, 0 done, while 138 persons were due and 129 tested) turned NOT_MET into NOT_APPLICABLE. */
  @Test
  void zeroingAFailingShare_whilePersonsWereTested_isRefused_notNotApplicable() {
    SampleEvidence zeroed =
        empty()
            .count(URINE_TEST_TESTS_DUE, 0)
            .count(URINE_TEST_TESTS_DONE, 0)
            .count(URINE_TEST_PERSONS_DUE, 138)
            .count(URINE_TEST_PERSONS_TESTED, 129);

    InvalidEvidenceException e = rejection(zeroed::assess);
    assertNames(
        e,
        "$.counts[\"urine-test.persons-due\"]",
        RuleCode.COUNT_PART_ABOVE_WHOLE,
        "urine-test.persons-due",
        138,
        "urine-test.tests-due",
        0);
    assertNames(
        e,
        "$.counts[\"urine-test.persons-tested\"]",
        RuleCode.COUNT_PART_ABOVE_WHOLE,
        "urine-test.persons-tested",
        129,
        "urine-test.tests-done",
        0);
  }

  /** Why: 10^12 registered users in a town of 60,000 passed. */
  @Test
  void moreRegisteredUsersThanPeople_isRefused() {
    assertRejected(
        empty().count(POPULATION_ACTUAL, 60_000).count(USERS_REGISTERED, 1_000_000_000_000L),
        "$.counts[\"users.registered\"]",
        RuleCode.COUNT_PART_ABOVE_WHOLE,
        "users.registered",
        1_000_000_000_000L,
        "population.actual",
        60_000);
  }

  @Test
  void aPartAboveAWholeOfItsWhole_isRefused_throughTheChain_evenWhenTheMiddleIsAbsent() {
    assertRejected(
        empty().count(URINE_TEST_PERSONS_TESTED, 11).count(USERS_REGISTERED, 10),
        "$.counts[\"urine-test.persons-tested\"]",
        RuleCode.COUNT_PART_ABOVE_WHOLE_VIA,
        "urine-test.persons-tested",
        11,
        "users.registered",
        10,
        "urine-test.persons-due");
  }

  // ---- a set of one's own ----

  private static final MetricKey PATROLS = MetricKey.of("patrols.done");
  private static final MetricKey PATROLS_DUE = MetricKey.of("patrols.due");

  /** A set of one's own that reads two counts, {@code patrols.done} and {@code patrols.due}. */
  private static CriteriaSet withPatrols(Metric done, Metric due) {
    Indicator patrols =
        Indicator.builder()
            .id("patrols")
            .chineseName("巡查")
            .englishName("patrols")
            .clause("—")
            .addCriteria(
                Criterion.builder()
                    .id("patrols.logged")
                    .chineseName("巡查有记录")
                    .englishName("patrols logged")
                    .clause("—")
                    .threshold(io.github.jindu.bar.ZeroCount.of(PATROLS))
                    .advisory(true)
                    .build())
            .addCriteria(
                Criterion.builder()
                    .id("patrols.due-none")
                    .chineseName("无应巡查")
                    .englishName("no patrol due")
                    .clause("—")
                    .threshold(io.github.jindu.bar.ZeroCount.of(PATROLS_DUE))
                    .build())
            .build();
    return CriteriaSet.builder()
        .id("own-patrols")
        .version("1")
        .chineseName("巡查")
        .englishName("patrols")
        .addUnitKinds(UnitKind.TOWN)
        .addMetricDefinitions(done, due)
        .addIndicators(patrols)
        .build();
  }

  @Test
  void aPartOfRelation_aSetOfOnesOwnDeclares_isCheckedLikeTheTable() {
    CriteriaSet own =
        withPatrols(
            Metric.of(PATROLS, "已巡查", "patrols done", CountUnit.PLACES).asPartOf(PATROLS_DUE),
            Metric.of(PATROLS_DUE, "应巡查", "patrols due", CountUnit.PLACES));

    InvalidEvidenceException e =
        rejection(() -> own.assess(empty().count(PATROLS, 7).count(PATROLS_DUE, 6).build()));
    assertNames(
        e,
        "$.counts[\"patrols.done\"]",
        RuleCode.COUNT_PART_ABOVE_WHOLE,
        "patrols.done",
        7,
        "patrols.due",
        6);
    assertThat(own.validate(empty().count(PATROLS, 6).count(PATROLS_DUE, 6).build())).isEmpty();
    assertThat(own.fingerprint())
        .isNotEqualTo(
            withPatrols(
                    Metric.of(PATROLS, "已巡查", "patrols done", CountUnit.PLACES),
                    Metric.of(PATROLS_DUE, "应巡查", "patrols due", CountUnit.PLACES))
                .fingerprint());
  }

  @Test
  void aPartOfACountTheSetDoesNotDefine_isAnInvalidSet() {
    assertThatThrownBy(
            () ->
                withPatrols(
                    Metric.of(PATROLS, "已巡查", "patrols done", CountUnit.PLACES)
                        .asPartOf(MetricKey.of("patrols.planned")),
                    Metric.of(PATROLS_DUE, "应巡查", "patrols due", CountUnit.PLACES)))
        .isInstanceOfSatisfying(
            InvalidCriteriaException.class,
            x -> {
              assertThat(x.violations())
                  .extracting(Violation::code)
                  .containsExactly(RuleCode.METRIC_PART_OF_UNDEFINED);
              assertThat(x.violations().get(0).values())
                  .containsExactly("patrols.done", "patrols.planned", "own-patrols");
            });
  }

  @Test
  void aCountThatIsAPartOfItself_directlyOrThroughOthers_isAnInvalidSet() {
    assertThatThrownBy(
            () ->
                withPatrols(
                    Metric.of(PATROLS, "已巡查", "patrols done", CountUnit.PLACES)
                        .asPartOf(PATROLS_DUE),
                    Metric.of(PATROLS_DUE, "应巡查", "patrols due", CountUnit.PLACES)
                        .asPartOf(PATROLS)))
        .isInstanceOfSatisfying(
            InvalidCriteriaException.class,
            x -> {
              assertThat(x.violations())
                  .extracting(Violation::code)
                  .containsExactly(RuleCode.METRIC_PART_OF_CYCLE);
              assertThat(x.violations().get(0).values())
                  .containsExactly("patrols.done", "patrols.done ⊂ patrols.due ⊂ patrols.done");
            });
    assertThatThrownBy(
            () ->
                withPatrols(
                    Metric.of(PATROLS, "已巡查", "patrols done", CountUnit.PLACES).asPartOf(PATROLS),
                    Metric.of(PATROLS_DUE, "应巡查", "patrols due", CountUnit.PLACES)))
        .isInstanceOf(InvalidCriteriaException.class)
        .hasMessageContaining("metric.part-of-cycle");
  }

  @Test
  void asPartOf_addsWholes_inOrder_withoutDuplicates() {
    Metric m =
        Metric.of(Metrics.URINE_TEST_PERSONS_DUE, "应尿检人数", "persons due", CountUnit.PEOPLE)
            .asPartOf(USERS_REGISTERED)
            .asPartOf(URINE_TEST_TESTS_DUE, USERS_REGISTERED);
    assertThat(m.partOf()).containsExactly(USERS_REGISTERED, URINE_TEST_TESTS_DUE);
  }
}
