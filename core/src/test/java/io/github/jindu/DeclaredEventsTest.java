package io.github.jindu;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;
import static org.quicktheories.QuickTheory.qt;
import static org.quicktheories.generators.SourceDSL.integers;

import io.github.jindu.Observation.EventCountObservation;
import io.github.jindu.bar.AtLeastEvents;
import io.github.jindu.bar.Cadence;
import io.github.jindu.bar.EveryPeriod;
import io.github.jindu.internal.Gaps;
import io.github.jindu.internal.Verdicts;
import java.time.LocalDate;
import java.time.Month;
import java.time.Year;
import java.util.ArrayList;
import java.util.List;
import java.util.Optional;
import org.junit.jupiter.api.Test;

/**
 * Event types a set declares for itself (踏查, 评议), the yearly cadence and the bar "at least N events in the period
 * or in a window of months" (2月至9月至少6次): boundaries, the gap's exactness, and refusals.
 */
class DeclaredEventsTest {
  static final EventTypeDefinition PATROL =
      EventTypeDefinition.builder()
          .id("patrol")
          .chineseName("踏查")
          .englishName("patrol")
          .namesSubunit(true)
          .build();
  static final EventTypeDefinition REVIEW =
      EventTypeDefinition.builder()
          .id("creation-review")
          .chineseName("创建工作评议")
          .englishName("creation review")
          .build();
  static final Unit TOWN = Unit.of("310199-001", "东沙镇", UnitKind.TOWN, "310199");
  static final Unit VILLAGE = Unit.of("310199-001-01", "东沙一村", UnitKind.VILLAGE, "310199");
  static final AtLeastEvents SIX_FEB_TO_SEP =
      AtLeastEvents.inMonths(PATROL.kind(), 6, Month.FEBRUARY, Month.SEPTEMBER);

  static Criterion criterion(String id, io.github.jindu.bar.Threshold bar) {
    return Criterion.builder()
        .id(id)
        .chineseName("标准" + id)
        .englishName(id)
        .clause("一(一)")
        .threshold(bar)
        .build();
  }

  static CriteriaSet set() {
    return set(List.of(PATROL, REVIEW));
  }

  static CriteriaSet set(List<EventTypeDefinition> types) {
    return CriteriaSet.builder()
        .id("township")
        .chineseName("乡镇禁毒考评")
        .englishName("township drug control")
        .addUnitKinds(UnitKind.TOWN)
        .addAllEventTypes(types)
        .addIndicators(
            Indicator.builder()
                .id("eradication")
                .chineseName("禁种铲毒")
                .englishName("eradication")
                .clause("一")
                .addCriteria(
                    criterion("eradication.patrols", SIX_FEB_TO_SEP),
                    criterion(
                        "eradication.yearly-review",
                        EveryPeriod.of(REVIEW.kind(), Cadence.YEAR, List.of())),
                    criterion("eradication.reviews", AtLeastEvents.inPeriod(REVIEW.kind(), 2)))
                .build())
        .build();
  }

  static Event patrol(LocalDate date) {
    return Event.builder().kind(PATROL.kind()).date(date).subunitId(VILLAGE.id()).build();
  }

  static Evidence evidence(List<Event> events) {
    return Evidence.builder()
        .unit(TOWN)
        .period(AssessmentPeriod.ofYear(Year.of(2025)))
        .subunits(List.of(VILLAGE))
        .events(events)
        .build();
  }

  /** {@code n} patrols inside February to September 2025, and some outside it that must not count. */
  static List<Event> patrols(int n) {
    List<Event> events = new ArrayList<>();
    for (int i = 0; i < n; i++) {
      events.add(patrol(LocalDate.of(2025, 2 + i % 8, 1 + i % 28)));
    }
    events.add(patrol(LocalDate.of(2025, 1, 31)));
    events.add(patrol(LocalDate.of(2025, 10, 1)));
    return events;
  }

  static CriterionResult result(Evidence evidence, String id) {
    return set().assess(evidence).criterion(id).orElseThrow();
  }

  @Test
  void patrolsFebruaryToSeptember_exactlySix_isMet_inclusive() {
    CriterionResult r = result(evidence(patrols(6)), "eradication.patrols");
    assertThat(r.outcome()).isEqualTo(Outcome.MET);
    assertThat(r.observation())
        .hasValue(
            new EventCountObservation(
                6, Optional.of(LocalDate.of(2025, 2, 1)), Optional.of(LocalDate.of(2025, 9, 30))));
  }

  @Test
  void patrolsFebruaryToSeptember_five_isNotMet_gapIsOneMoreInTheWindow() {
    CriterionResult r = result(evidence(patrols(5)), "eradication.patrols");
    assertThat(r.outcome()).isEqualTo(Outcome.NOT_MET);
    assertThat(r.gap())
        .hasValue(
            new Gap.MoreEvents(
                PATROL.kind(), 1, LocalDate.of(2025, 2, 1), LocalDate.of(2025, 9, 30)));
  }

  @Test
  void patrolsFebruaryToSeptember_seven_isMet() {
    assertThat(result(evidence(patrols(7)), "eradication.patrols").outcome())
        .isEqualTo(Outcome.MET);
  }

  @Test
  void windowEnds_firstAndLastDay_count_theDayBeforeAndAfter_doNot() {
    List<Event> events = new ArrayList<>();
    events.add(patrol(LocalDate.of(2025, 2, 1)));
    events.add(patrol(LocalDate.of(2025, 9, 30)));
    events.add(patrol(LocalDate.of(2025, 1, 31)));
    events.add(patrol(LocalDate.of(2025, 10, 1)));
    Observation o = result(evidence(events), "eradication.patrols").observation().orElseThrow();
    assertThat(((EventCountObservation) o).count()).isEqualTo(2);
  }

  @Test
  void noEventList_isNotAssessed_andAPeriodWithoutTheWholeWindow_isNotApplicable() {
    Evidence none =
        Evidence.builder().unit(TOWN).period(AssessmentPeriod.ofYear(Year.of(2025))).build();
    assertThat(result(none, "eradication.patrols").outcome()).isEqualTo(Outcome.NOT_ASSESSED);
    AssessmentPeriod firstHalf =
        AssessmentPeriod.of(LocalDate.of(2025, 1, 1), LocalDate.of(2025, 6, 30));
    assertThat(SIX_FEB_TO_SEP.days(firstHalf)).isEmpty();
    EventCountObservation nothing =
        new EventCountObservation(0, Optional.empty(), Optional.empty());
    assertThat(Verdicts.outcome(SIX_FEB_TO_SEP, nothing)).isEqualTo(Outcome.NOT_APPLICABLE);
    assertThat(Gaps.of(SIX_FEB_TO_SEP, nothing)).isEmpty();
  }

  @Test
  void windowOfAPeriodStartingMidYear_isTheFirstWholeOne() {
    AssessmentPeriod period =
        AssessmentPeriod.of(LocalDate.of(2025, 3, 1), LocalDate.of(2026, 2, 28));
    AtLeastEvents bar = AtLeastEvents.inMonths(PATROL.kind(), 1, Month.JANUARY, Month.FEBRUARY);
    assertThat(bar.days(period))
        .hasValue(new AtLeastEvents.Days(LocalDate.of(2026, 1, 1), LocalDate.of(2026, 2, 28)));
  }

  @Test
  void reviewsInThePeriod_two_isMet_one_isNot() {
    Event review = Event.of(REVIEW.kind(), LocalDate.of(2025, 6, 1));
    Event another = Event.of(REVIEW.kind(), LocalDate.of(2025, 12, 31));
    assertThat(result(evidence(List.of(review, another)), "eradication.reviews").outcome())
        .isEqualTo(Outcome.MET);
    CriterionResult one = result(evidence(List.of(review)), "eradication.reviews");
    assertThat(one.outcome()).isEqualTo(Outcome.NOT_MET);
    assertThat(one.gap())
        .hasValue(
            new Gap.MoreEvents(
                REVIEW.kind(), 1, LocalDate.of(2025, 1, 1), LocalDate.of(2025, 12, 31)));
  }

  @Test
  void yearlyCadence_oneReviewInTheYear_isMet_noneIsNotMet_withTheYearAsGap() {
    Event review = Event.of(REVIEW.kind(), LocalDate.of(2025, 12, 31));
    assertThat(result(evidence(List.of(review)), "eradication.yearly-review").outcome())
        .isEqualTo(Outcome.MET);
    CriterionResult none = result(evidence(List.of()), "eradication.yearly-review");
    assertThat(none.outcome()).isEqualTo(Outcome.NOT_MET);
    assertThat(none.gap())
        .hasValue(new Gap.Periods(com.google.common.collect.ImmutableList.of(year2025())));
    assertThat(year2025().toString()).isEqualTo("2025");
    assertThat(CalendarPeriod.parse("2025")).isEqualTo(year2025());
  }

  private static CalendarPeriod year2025() {
    return CalendarPeriod.of(Cadence.YEAR, java.time.YearMonth.of(2025, 1));
  }

  @Test
  void yearlyCadence_aPeriodOfLessThanAYear_isNotApplicable() {
    Evidence half =
        Evidence.builder()
            .unit(TOWN)
            .period(AssessmentPeriod.of(LocalDate.of(2025, 1, 1), LocalDate.of(2025, 6, 30)))
            .events(List.of())
            .build();
    assertThat(result(half, "eradication.yearly-review").outcome())
        .isEqualTo(Outcome.NOT_APPLICABLE);
  }

  /** Gap exactness: adding the gap's events in its days meets the bar, one fewer does not. */
  @Test
  void gapOfAtLeastEvents_isExactlyTheShortfall() {
    qt().forAll(integers().between(1, 40), integers().between(0, 40))
        .checkAssert(
            (atLeast, count) -> {
              AtLeastEvents bar = AtLeastEvents.inPeriod(REVIEW.kind(), atLeast);
              Optional<LocalDate> first = Optional.of(LocalDate.of(2025, 1, 1));
              Optional<LocalDate> last = Optional.of(LocalDate.of(2025, 12, 31));
              EventCountObservation o = new EventCountObservation(count, first, last);
              Optional<Gap> gap = Gaps.of(bar, o);
              if (count >= atLeast) {
                assertThat(Verdicts.outcome(bar, o)).isEqualTo(Outcome.MET);
                assertThat(gap).isEmpty();
                return;
              }
              long amount = ((Gap.MoreEvents) gap.orElseThrow()).amount();
              assertThat(
                      Verdicts.outcome(bar, new EventCountObservation(count + amount, first, last)))
                  .isEqualTo(Outcome.MET);
              assertThat(
                      Verdicts.outcome(
                          bar, new EventCountObservation(count + amount - 1, first, last)))
                  .isEqualTo(Outcome.NOT_MET);
            });
  }

  @Test
  void misuse_isRefused_withItsRule() {
    assertThatThrownBy(() -> AtLeastEvents.inPeriod(REVIEW.kind(), 0))
        .isInstanceOfSatisfying(
            InvalidCriteriaException.class,
            e ->
                assertThat(e.violations().get(0).code())
                    .isEqualTo(RuleCode.EVENTS_AT_LEAST_BELOW_ONE));
    assertThatThrownBy(() -> AtLeastEvents.inPeriod(REVIEW.kind(), -6))
        .isInstanceOf(InvalidCriteriaException.class);
    assertThatThrownBy(
            () -> AtLeastEvents.inMonths(PATROL.kind(), 6, Month.SEPTEMBER, Month.FEBRUARY))
        .isInstanceOfSatisfying(
            InvalidCriteriaException.class,
            e -> assertThat(e.violations().get(0).code()).isEqualTo(RuleCode.WINDOW_REVERSED));
    assertThatThrownBy(() -> EventKind.declared("inspection"))
        .isInstanceOfSatisfying(
            InvalidCriteriaException.class,
            e -> assertThat(e.violations().get(0).code()).isEqualTo(RuleCode.EVENT_TYPE_BUILT_IN));
    assertThatThrownBy(() -> EventKind.declared("Creation Review"))
        .isInstanceOfSatisfying(
            InvalidCriteriaException.class,
            e ->
                assertThat(e.violations().get(0).code())
                    .isEqualTo(RuleCode.EVENT_TYPE_ID_MALFORMED));
  }

  @Test
  void aBarOnAnUndeclaredType_orATypeDeclaredTwice_isRefused() {
    CriteriaSet.Builder undeclared =
        CriteriaSet.builder()
            .id("x")
            .chineseName("x")
            .englishName("x")
            .addUnitKinds(UnitKind.TOWN)
            .addIndicators(
                Indicator.builder()
                    .id("i")
                    .chineseName("i")
                    .englishName("i")
                    .clause("一")
                    .addCriteria(criterion("i.c", AtLeastEvents.inPeriod(PATROL.kind(), 1)))
                    .build());
    assertThatThrownBy(undeclared::build)
        .isInstanceOfSatisfying(
            InvalidCriteriaException.class,
            e ->
                assertThat(e.violations().get(0).code()).isEqualTo(RuleCode.EVENT_TYPE_UNDECLARED));
    assertThatThrownBy(() -> set(List.of(PATROL, REVIEW, PATROL)))
        .isInstanceOfSatisfying(
            InvalidCriteriaException.class,
            e -> assertThat(e.violations().get(0).code()).isEqualTo(RuleCode.EVENT_TYPE_ID_TWICE));
  }

  @Test
  void evidenceWithATypeTheSetDoesNotDeclare_isRefused_andDeclaredRulesHold() {
    Event party = Event.of(EventKind.declared("party"), LocalDate.of(2025, 5, 1));
    Event reviewWithSettings =
        Event.builder()
            .kind(REVIEW.kind())
            .date(LocalDate.of(2025, 5, 1))
            .addSettings(Setting.SCHOOL)
            .build();
    Event patrolWithoutVillage = Event.of(PATROL.kind(), LocalDate.of(2025, 5, 1));
    List<Violation> violations =
        set().validate(evidence(List.of(party, reviewWithSettings, patrolWithoutVillage)));
    assertThat(violations)
        .extracting(Violation::code)
        .containsExactly(
            RuleCode.EVENT_TYPE_UNKNOWN,
            RuleCode.EVENT_SETTINGS_NOT_CARRIED,
            RuleCode.EVENT_WITHOUT_SUBUNIT);
    assertThat(violations.get(0).values().get(0)).isEqualTo("party");
    assertThatThrownBy(() -> set().assess(evidence(List.of(party))))
        .isInstanceOf(InvalidEvidenceException.class);
    assertThatThrownBy(party::type).isInstanceOf(IllegalStateException.class);
  }

  @Test
  void builtInTypes_keepTheirApi() {
    Event inspection = Event.of(EventType.INSPECTION, LocalDate.of(2025, 3, 20));
    assertThat(inspection.type()).isEqualTo(EventType.INSPECTION);
    assertThat(inspection.kind()).isEqualTo(EventKind.of(EventType.INSPECTION));
    assertThat(inspection.kind().id()).isEqualTo("inspection");
    assertThat(EventKind.parse("inspection").builtIn()).hasValue(EventType.INSPECTION);
    EveryPeriod quarterly = EveryPeriod.of(EventType.INSPECTION, Cadence.QUARTER);
    assertThat(quarterly.eventType()).isEqualTo(EventType.INSPECTION);
    assertThat(quarterly.countedTypes()).containsExactly(EventType.INSPECTION);
  }

  @Test
  void declaringEventTypes_changesTheFingerprint_theirOrderDoesNot() {
    CriteriaSet set = set();
    CriteriaSet reordered = set(List.of(REVIEW, PATROL));
    assertThat(reordered.fingerprint()).isEqualTo(set.fingerprint());
    assertThat(set.canonicalForm())
        .contains("event-type\tpatrol\t踏查\tpatrol\tno-settings\tsubunit");
  }
}
