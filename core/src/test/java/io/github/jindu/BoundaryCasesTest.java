package io.github.jindu;

import static io.github.jindu.Rejections.assertNames;
import static io.github.jindu.Rejections.assertRejected;
import static io.github.jindu.Rejections.rejection;
import static io.github.jindu.catalogue.Metrics.CASES_DRUG_RELATED;
import static io.github.jindu.catalogue.Metrics.FOREIGNERS_REACHED;
import static io.github.jindu.catalogue.Metrics.FOREIGNERS_TOTAL;
import static io.github.jindu.catalogue.Metrics.HOTSPOTS;
import static io.github.jindu.catalogue.Metrics.POPULATION_ACTUAL;
import static io.github.jindu.catalogue.Metrics.POPULATION_REACHED;
import static io.github.jindu.catalogue.Metrics.PRODUCTION_SITES;
import static io.github.jindu.catalogue.Metrics.STUDENTS_REACHED;
import static io.github.jindu.catalogue.Metrics.STUDENTS_TOTAL;
import static io.github.jindu.catalogue.Metrics.URINE_TEST_TESTS_DONE;
import static io.github.jindu.catalogue.Metrics.URINE_TEST_TESTS_DUE;
import static io.github.jindu.catalogue.Metrics.USERS_ABSTINENT_1Y;
import static io.github.jindu.catalogue.Metrics.USERS_ABSTINENT_3Y;
import static io.github.jindu.catalogue.Metrics.USERS_NEW;
import static io.github.jindu.catalogue.Metrics.USERS_REGISTERED;
import static io.github.jindu.catalogue.Metrics.VOLUNTEERS;
import static io.github.jindu.testing.SampleEvidence.day;
import static io.github.jindu.testing.SampleEvidence.empty;
import static io.github.jindu.testing.SampleEvidence.subunitId;
import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.catchThrowableOfType;

import com.google.common.collect.ImmutableList;
import com.google.common.collect.ImmutableSet;
import io.github.jindu.catalogue.MunicipalModelCommunity;
import io.github.jindu.testing.SampleEvidence;
import java.time.LocalDate;
import java.time.MonthDay;
import java.util.ArrayList;
import java.util.List;
import java.util.Optional;
import java.util.stream.IntStream;
import org.junit.jupiter.api.Nested;
import org.junit.jupiter.api.Test;

/**
 * Every row of {@code docs/spec/boundaries.md}: one criterion of the default set evaluated on the given counts or
 * events, with everything else absent, for 东沙镇 and the period 2025-01-01..2025-12-31.
 */
class BoundaryCasesTest {

  @Nested
  class Counts {
    @Test
    void newUserRate_exactlyHalfPerTenThousand_isMet() {
      assertThat(
              empty()
                  .count(USERS_NEW, 1)
                  .count(POPULATION_ACTUAL, 20000)
                  .outcomeOf("results.new-user-rate"))
          .isEqualTo(Outcome.MET);
    }

    @Test
    void newUserRate_oneIn19999_isNotMet() {
      assertThat(
              empty()
                  .count(USERS_NEW, 1)
                  .count(POPULATION_ACTUAL, 19999)
                  .outcomeOf("results.new-user-rate"))
          .isEqualTo(Outcome.NOT_MET);
    }

    @Test
    void newUserRate_noneInOne_isMet() {
      assertThat(
              empty()
                  .count(USERS_NEW, 0)
                  .count(POPULATION_ACTUAL, 1)
                  .outcomeOf("results.new-user-rate"))
          .isEqualTo(Outcome.MET);
    }

    @Test
    void newUserRate_4In84210_isMet() {
      assertThat(
              empty()
                  .count(USERS_NEW, 4)
                  .count(POPULATION_ACTUAL, 84210)
                  .outcomeOf("results.new-user-rate"))
          .isEqualTo(Outcome.MET);
    }

    @Test
    void newUserRate_5In84210_isNotMet() {
      assertThat(
              empty()
                  .count(USERS_NEW, 5)
                  .count(POPULATION_ACTUAL, 84210)
                  .outcomeOf("results.new-user-rate"))
          .isEqualTo(Outcome.NOT_MET);
    }

    @Test
    void newUserRate_populationZero_isInvalidEvidence() {
      assertRejected(
          empty().count(USERS_NEW, 1).count(POPULATION_ACTUAL, 0),
          "$.counts[\"population.actual\"]",
          RuleCode.COUNT_RATE_BASE_ZERO,
          "population.actual",
          "users.new",
          "cases.drug-related");
    }

    @Test
    void populationCoverage_exactlyNinetyPercent_isMet() {
      assertThat(
              empty()
                  .count(POPULATION_REACHED, 9)
                  .count(POPULATION_ACTUAL, 10)
                  .outcomeOf("prevention.population-coverage"))
          .isEqualTo(Outcome.MET);
    }

    @Test
    void populationCoverage_8999Of10000_isNotMet() {
      assertThat(
              empty()
                  .count(POPULATION_REACHED, 8999)
                  .count(POPULATION_ACTUAL, 10000)
                  .outcomeOf("prevention.population-coverage"))
          .isEqualTo(Outcome.NOT_MET);
    }

    @Test
    void populationCoverage_roundsToNinetyButIsBelow_isNotMet() {
      assertThat(
              empty()
                  .count(POPULATION_REACHED, 899_999_999)
                  .count(POPULATION_ACTUAL, 1_000_000_000)
                  .outcomeOf("prevention.population-coverage"))
          .isEqualTo(Outcome.NOT_MET);
    }

    @Test
    void populationCoverage_reachedAbovePopulation_isInvalidEvidence() {
      assertRejected(
          empty().count(POPULATION_REACHED, 11).count(POPULATION_ACTUAL, 10),
          "$.counts[\"population.reached\"]",
          RuleCode.COUNT_PART_ABOVE_WHOLE,
          "population.reached",
          11,
          "population.actual",
          10);
    }

    @Test
    void studentCoverage_oneStudentShort_isNotMet() {
      assertThat(
              empty()
                  .count(STUDENTS_REACHED, 6479)
                  .count(STUDENTS_TOTAL, 6480)
                  .outcomeOf("prevention.student-coverage"))
          .isEqualTo(Outcome.NOT_MET);
    }

    @Test
    void studentCoverage_noStudents_isNotApplicable() {
      assertThat(
              empty()
                  .count(STUDENTS_REACHED, 0)
                  .count(STUDENTS_TOTAL, 0)
                  .outcomeOf("prevention.student-coverage"))
          .isEqualTo(Outcome.NOT_APPLICABLE);
    }

    @Test
    void abstinence1y_exactlyThirtyPercent_isMet() {
      assertThat(
              empty()
                  .count(USERS_ABSTINENT_1Y, 3)
                  .count(USERS_REGISTERED, 10)
                  .outcomeOf("results.abstinence-1y"))
          .isEqualTo(Outcome.MET);
    }

    @Test
    void abstinence1y_29Of97_isNotMet() {
      assertThat(
              empty()
                  .count(USERS_ABSTINENT_1Y, 29)
                  .count(USERS_REGISTERED, 97)
                  .outcomeOf("results.abstinence-1y"))
          .isEqualTo(Outcome.NOT_MET);
    }

    @Test
    void abstinence3y_exactlyHalf_isMet() {
      assertThat(
              empty()
                  .count(USERS_ABSTINENT_3Y, 1)
                  .count(USERS_ABSTINENT_1Y, 2)
                  .outcomeOf("results.abstinence-3y"))
          .isEqualTo(Outcome.MET);
    }

    @Test
    void abstinence3y_58Of121_isNotMet() {
      assertThat(
              empty()
                  .count(USERS_ABSTINENT_3Y, 58)
                  .count(USERS_ABSTINENT_1Y, 121)
                  .outcomeOf("results.abstinence-3y"))
          .isEqualTo(Outcome.NOT_MET);
    }

    @Test
    void abstinence3y_threeYearsAboveOneYear_isInvalidEvidence() {
      assertRejected(
          empty().count(USERS_ABSTINENT_3Y, 3).count(USERS_ABSTINENT_1Y, 2),
          "$.counts[\"users.abstinent-3y\"]",
          RuleCode.COUNT_PART_ABOVE_WHOLE,
          "users.abstinent-3y",
          3,
          "users.abstinent-1y",
          2);
    }

    @Test
    void urineTestCount_exactlyNinetyPercent_isMet() {
      assertThat(
              empty()
                  .count(URINE_TEST_TESTS_DONE, 9)
                  .count(URINE_TEST_TESTS_DUE, 10)
                  .outcomeOf("rehabilitation.urine-test-count"))
          .isEqualTo(Outcome.MET);
    }

    @Test
    void urineTestCount_noTestDueWhile138PersonsAreDue_isInvalidEvidence() {
      assertRejected(
          empty()
              .count(URINE_TEST_TESTS_DUE, 0)
              .count(URINE_TEST_TESTS_DONE, 0)
              .count(io.github.jindu.catalogue.Metrics.URINE_TEST_PERSONS_DUE, 138)
              .count(io.github.jindu.catalogue.Metrics.URINE_TEST_PERSONS_TESTED, 129),
          "$.counts[\"urine-test.persons-due\"]",
          RuleCode.COUNT_PART_ABOVE_WHOLE,
          "urine-test.persons-due",
          138,
          "urine-test.tests-due",
          0);
    }

    @Test
    void abstinence1y_aTrillionRegisteredUsersIn60000People_isInvalidEvidence() {
      assertRejected(
          empty()
              .count(io.github.jindu.catalogue.Metrics.USERS_REGISTERED, 1_000_000_000_000L)
              .count(io.github.jindu.catalogue.Metrics.POPULATION_ACTUAL, 60_000),
          "$.counts[\"users.registered\"]",
          RuleCode.COUNT_PART_ABOVE_WHOLE,
          "users.registered",
          1_000_000_000_000L,
          "population.actual",
          60_000);
    }

    @Test
    void noProduction_zeroSites_isMet() {
      assertThat(empty().count(PRODUCTION_SITES, 0).outcomeOf("results.no-production"))
          .isEqualTo(Outcome.MET);
    }

    @Test
    void noProduction_oneSite_isNotMet() {
      assertThat(empty().count(PRODUCTION_SITES, 1).outcomeOf("results.no-production"))
          .isEqualTo(Outcome.NOT_MET);
    }

    @Test
    void noProduction_absent_isNotAssessed() {
      CriterionResult result = empty().assess().criterion("results.no-production").orElseThrow();
      assertThat(result.outcome()).isEqualTo(Outcome.NOT_ASSESSED);
      assertThat(result.missing())
          .containsExactly(new MissingEvidence.MissingCount(PRODUCTION_SITES));
      assertThat(result.observation()).isEmpty();
    }

    @Test
    void volunteersGrowing_unchanged_isNotMet() {
      assertThat(
              empty()
                  .count(VOLUNTEERS, 640)
                  .previous(VOLUNTEERS, 640)
                  .outcomeOf("workforce.volunteers-growing"))
          .isEqualTo(Outcome.NOT_MET);
    }

    @Test
    void volunteersGrowing_oneMore_isMet() {
      assertThat(
              empty()
                  .count(VOLUNTEERS, 641)
                  .previous(VOLUNTEERS, 640)
                  .outcomeOf("workforce.volunteers-growing"))
          .isEqualTo(Outcome.MET);
    }

    @Test
    void volunteersGrowing_noPrevious_isNotAssessed() {
      CriterionResult result =
          empty()
              .count(VOLUNTEERS, 641)
              .assess()
              .criterion("workforce.volunteers-growing")
              .orElseThrow();
      assertThat(result.outcome()).isEqualTo(Outcome.NOT_ASSESSED);
      assertThat(result.missing())
          .containsExactly(new MissingEvidence.MissingPreviousCount(VOLUNTEERS));
    }

    @Test
    void foreignerCoverageRising_oneThirdAfterNineThrees_isMet() {
      assertThat(
              empty()
                  .count(FOREIGNERS_REACHED, 1)
                  .count(FOREIGNERS_TOTAL, 3)
                  .previous(FOREIGNERS_REACHED, 333_333_333)
                  .previous(FOREIGNERS_TOTAL, 1_000_000_000)
                  .outcomeOf("prevention.foreigner-coverage-rising"))
          .isEqualTo(Outcome.MET);
    }

    @Test
    void foreignerCoverageRising_equalShares_isNotMet() {
      assertThat(
              empty()
                  .count(FOREIGNERS_REACHED, 2)
                  .count(FOREIGNERS_TOTAL, 6)
                  .previous(FOREIGNERS_REACHED, 1)
                  .previous(FOREIGNERS_TOTAL, 3)
                  .outcomeOf("prevention.foreigner-coverage-rising"))
          .isEqualTo(Outcome.NOT_MET);
    }

    @Test
    void caseRateLowest_tieWithPeer_isMet() {
      assertThat(
              empty()
                  .count(CASES_DRUG_RELATED, 6)
                  .count(POPULATION_ACTUAL, 84210)
                  .peers(List.of(Peer.of("310199-002", 70175, 5)))
                  .outcomeOf("results.case-rate-lowest"))
          .isEqualTo(Outcome.MET);
    }

    @Test
    void caseRateLowest_peerJustLower_isNotMet() {
      assertThat(
              empty()
                  .count(CASES_DRUG_RELATED, 6)
                  .count(POPULATION_ACTUAL, 84210)
                  .peers(List.of(Peer.of("310199-002", 70176, 5)))
                  .outcomeOf("results.case-rate-lowest"))
          .isEqualTo(Outcome.NOT_MET);
    }

    @Test
    void caseRateLowest_noPeerList_isNotAssessed() {
      CriterionResult result =
          empty()
              .count(CASES_DRUG_RELATED, 6)
              .count(POPULATION_ACTUAL, 84210)
              .assess()
              .criterion("results.case-rate-lowest")
              .orElseThrow();
      assertThat(result.outcome()).isEqualTo(Outcome.NOT_ASSESSED);
      assertThat(result.missing())
          .containsExactly(new MissingEvidence.MissingList(MissingEvidence.EvidenceList.PEERS));
    }
  }

  @Nested
  class Dated {
    @Test
    void annualPlan_onDeadline_isMet() {
      assertThat(
              empty()
                  .addEvents(Event.of(EventType.PREVENTION_PLAN, day(3, 31)))
                  .outcomeOf("prevention.annual-plan"))
          .isEqualTo(Outcome.MET);
    }

    @Test
    void annualPlan_dayAfterDeadline_isNotMet() {
      assertThat(
              empty()
                  .addEvents(Event.of(EventType.PREVENTION_PLAN, day(4, 1)))
                  .outcomeOf("prevention.annual-plan"))
          .isEqualTo(Outcome.NOT_MET);
    }

    @Test
    void annualPlan_firstDayOfTheWindowInThePrecedingYear_isMet() {
      CriterionResult result =
          empty()
              .addEvents(Event.of(EventType.PREVENTION_PLAN, LocalDate.of(2024, 10, 1)))
              .assess()
              .criterion("prevention.annual-plan")
              .orElseThrow();
      assertThat(result.outcome()).isEqualTo(Outcome.MET);
      assertThat(result.observation())
          .hasValue(
              new Observation.DateObservation(
                  Optional.of(LocalDate.of(2024, 10, 1)), Optional.of(day(3, 31))));
    }

    @Test
    void annualPlan_dayBeforeTheWindow_isInvalidEvidence() {
      assertRejected(
          empty().addEvents(Event.of(EventType.PREVENTION_PLAN, LocalDate.of(2024, 9, 30))),
          "$.events[0].date",
          RuleCode.EVENT_BEFORE_WINDOW,
          "prevention-plan",
          "2024-09-30",
          "2024-10-01",
          "municipal-model-community");
    }

    @Test
    void annualPlan_theWindowIsConfigurable_atBothEnds() {
      CriteriaSet set = MunicipalModelCommunity.criteriaSet(MonthDay.of(12, 1), MonthDay.of(1, 31));
      assertThat(
              set.assess(
                      empty()
                          .addEvents(Event.of(EventType.PREVENTION_PLAN, LocalDate.of(2024, 12, 1)))
                          .build())
                  .criterion("prevention.annual-plan")
                  .orElseThrow()
                  .outcome())
          .isEqualTo(Outcome.MET);
      assertThat(
              set.assess(empty().addEvents(Event.of(EventType.PREVENTION_PLAN, day(2, 1))).build())
                  .criterion("prevention.annual-plan")
                  .orElseThrow()
                  .outcome())
          .isEqualTo(Outcome.NOT_MET);
      assertNames(
          rejection(
              () ->
                  set.assess(
                      empty()
                          .addEvents(
                              Event.of(EventType.PREVENTION_PLAN, LocalDate.of(2024, 11, 30)))
                          .build())),
          "$.events[0].date",
          RuleCode.EVENT_BEFORE_WINDOW,
          "prevention-plan",
          "2024-11-30",
          "2024-12-01",
          "municipal-model-community");
      assertThat(set.fingerprint())
          .isNotEqualTo(MunicipalModelCommunity.criteriaSet().fingerprint());
    }

    @Test
    void monthlyActivities_everyMonthButJuneAndACampaignOn20250626_isMet() {
      SampleEvidence e = empty();
      IntStream.rangeClosed(1, 12)
          .filter(m -> m != 6)
          .forEach(m -> e.addEvents(Event.activity(day(m, 10), Setting.COMMUNITY)));
      assertThat(e.copy().outcomeOf("prevention.monthly-activities")).isEqualTo(Outcome.NOT_MET);
      e.addEvents(Event.of(EventType.PREVENTION_CAMPAIGN, day(6, 26)));
      assertThat(e.outcomeOf("prevention.monthly-activities")).isEqualTo(Outcome.MET);
    }

    @Test
    void monthlyActivities_aCampaignHeldInASubunit_countsForTheTown() {
      SampleEvidence e = empty().subunits(threeSubunits());
      IntStream.rangeClosed(1, 11)
          .forEach(m -> e.addEvents(Event.activity(day(m, 10), Setting.COMMUNITY)));
      e.addEvents(
          Event.builder()
              .type(EventType.PREVENTION_CAMPAIGN)
              .date(day(12, 3))
              .subunitId(subunitId(2))
              .build());
      assertThat(e.outcomeOf("prevention.monthly-activities")).isEqualTo(Outcome.MET);
    }

    @Test
    void monthlyActivities_firstOfEveryMonth_isMet() {
      SampleEvidence e = empty();
      IntStream.rangeClosed(1, 12)
          .forEach(m -> e.addEvents(Event.activity(day(m, 1), Setting.COMMUNITY)));
      assertThat(e.outcomeOf("prevention.monthly-activities")).isEqualTo(Outcome.MET);
    }

    @Test
    void monthlyActivities_thirtyActivitiesNoneInDecember_isNotMet() {
      SampleEvidence e = empty();
      for (int i = 0; i < 30; i++) {
        e.addEvents(Event.activity(day(1 + i % 11, 1 + i / 11), Setting.COMMUNITY));
      }
      CriterionResult result = e.assess().criterion("prevention.monthly-activities").orElseThrow();
      assertThat(result.outcome()).isEqualTo(Outcome.NOT_MET);
      assertThat(result.observation())
          .get()
          .isInstanceOfSatisfying(
              Observation.ScheduleObservation.class,
              o -> {
                assertThat(o.periods()).hasSize(12);
                assertThat(o.uncovered())
                    .extracting(CalendarPeriod::toString)
                    .containsExactly("2025-12");
              });
    }

    @Test
    void halfYearlyCampaign_lastDayOfH1AndFirstDayOfH2_isMet() {
      assertThat(
              empty()
                  .addEvents(
                      Event.of(EventType.PREVENTION_CAMPAIGN, day(6, 30)),
                      Event.of(EventType.PREVENTION_CAMPAIGN, day(7, 1)))
                  .outcomeOf("prevention.half-yearly-campaign"))
          .isEqualTo(Outcome.MET);
    }

    @Test
    void halfYearlyCampaign_bothInFirstHalf_isNotMet() {
      assertThat(
              empty()
                  .addEvents(
                      Event.of(EventType.PREVENTION_CAMPAIGN, day(1, 5)),
                      Event.of(EventType.PREVENTION_CAMPAIGN, day(6, 30)))
                  .outcomeOf("prevention.half-yearly-campaign"))
          .isEqualTo(Outcome.NOT_MET);
    }

    @Test
    void quarterlyAnalysis_lastDayOfEachQuarter_isMet() {
      assertThat(
              empty()
                  .addEvents(
                      Event.of(EventType.SITUATION_ANALYSIS, day(3, 31)),
                      Event.of(EventType.SITUATION_ANALYSIS, day(6, 30)),
                      Event.of(EventType.SITUATION_ANALYSIS, day(9, 30)),
                      Event.of(EventType.SITUATION_ANALYSIS, day(12, 31)))
                  .outcomeOf("groundwork.quarterly-analysis"))
          .isEqualTo(Outcome.MET);
    }

    @Test
    void quarterlyAnalysis_noneInThirdQuarter_isNotMet() {
      CriterionResult result =
          empty()
              .addEvents(
                  Event.of(EventType.SITUATION_ANALYSIS, day(1, 1)),
                  Event.of(EventType.SITUATION_ANALYSIS, day(4, 1)),
                  Event.of(EventType.SITUATION_ANALYSIS, day(10, 1)))
              .assess()
              .criterion("groundwork.quarterly-analysis")
              .orElseThrow();
      assertThat(result.outcome()).isEqualTo(Outcome.NOT_MET);
      assertThat(result.observation())
          .get()
          .isInstanceOfSatisfying(
              Observation.ScheduleObservation.class,
              o -> {
                assertThat(o.periods())
                    .extracting(CalendarPeriod::toString)
                    .containsExactly("2025-Q1", "2025-Q2", "2025-Q3", "2025-Q4");
                assertThat(o.uncovered())
                    .extracting(CalendarPeriod::toString)
                    .containsExactly("2025-Q3");
              });
    }

    @Test
    void sevenSettings_sixOfSeven_isNotMet() {
      CriterionResult result =
          empty()
              .addEvents(
                  Event.activity(day(2, 1), Setting.COMMUNITY, Setting.WORKPLACE, Setting.SCHOOL),
                  Event.activity(day(5, 1), Setting.VENUE, Setting.BUILDING, Setting.RURAL))
              .assess()
              .criterion("prevention.seven-settings")
              .orElseThrow();
      assertThat(result.outcome()).isEqualTo(Outcome.NOT_MET);
      assertThat(result.observation())
          .hasValue(
              new Observation.SettingsObservation(
                  ImmutableSet.of(
                      Setting.COMMUNITY,
                      Setting.WORKPLACE,
                      Setting.SCHOOL,
                      Setting.VENUE,
                      Setting.BUILDING,
                      Setting.RURAL),
                  ImmutableSet.of(Setting.FAMILY)));
    }

    @Test
    void lettersBiennial_everyLetterOnOrAfter20231231_isMet() {
      assertThat(
              empty()
                  .subunits(threeSubunits())
                  .addEvents(
                      Event.letter(LocalDate.of(2023, 12, 31), subunitId(1)),
                      Event.letter(LocalDate.of(2021, 6, 1), subunitId(2)),
                      Event.letter(LocalDate.of(2024, 6, 1), subunitId(2)),
                      Event.letter(day(12, 31), subunitId(3)))
                  .outcomeOf("responsibility.letters-biennial"))
          .isEqualTo(Outcome.MET);
    }

    @Test
    void lettersBiennial_newestLetter20231230_isNotMet() {
      CriterionResult result =
          empty()
              .subunits(threeSubunits())
              .addEvents(
                  Event.letter(LocalDate.of(2024, 1, 1), subunitId(1)),
                  Event.letter(LocalDate.of(2022, 1, 1), subunitId(2)),
                  Event.letter(LocalDate.of(2023, 12, 30), subunitId(2)),
                  Event.letter(LocalDate.of(2025, 2, 1), subunitId(3)))
              .assess()
              .criterion("responsibility.letters-biennial")
              .orElseThrow();
      assertThat(result.outcome()).isEqualTo(Outcome.NOT_MET);
      assertThat(result.observation())
          .hasValue(
              new Observation.LettersObservation(
                  3,
                  ImmutableList.of(
                      new Observation.Lapse(
                          "310199-001-02",
                          Optional.of(LocalDate.of(2023, 12, 30)),
                          Optional.of(LocalDate.of(2025, 12, 30))))));
    }

    @Test
    void lettersBiennial_everyVillageCommitteeCompanyAndSchoolHasALetter_aListedFamilyNone_isMet() {
      List<Unit> units = threeSubunits();
      units.add(Unit.of(subunitId(4), "沙港村王家（无毒家庭创建户）", UnitKind.FAMILY));
      CriterionResult result =
          empty()
              .subunits(units)
              .addEvents(
                  Event.letter(LocalDate.of(2024, 3, 1), subunitId(1)),
                  Event.letter(LocalDate.of(2024, 3, 2), subunitId(2)),
                  Event.letter(LocalDate.of(2024, 3, 3), subunitId(3)))
              .assess()
              .criterion("responsibility.letters-biennial")
              .orElseThrow();
      assertThat(result.outcome()).isEqualTo(Outcome.MET);
      assertThat(result.observation())
          .hasValue(new Observation.LettersObservation(3, ImmutableList.of()));
    }

    @Test
    void lettersBiennial_onlyFamiliesListed_isNotApplicable() {
      assertThat(
              empty()
                  .subunits(List.of(Unit.of(subunitId(4), "王家", UnitKind.FAMILY)))
                  .events(List.of())
                  .outcomeOf("responsibility.letters-biennial"))
          .isEqualTo(Outcome.NOT_APPLICABLE);
    }

    @Test
    void lettersBiennial_aLetterNamingAFamily_isInvalidEvidence() {
      List<Unit> units = threeSubunits();
      units.add(Unit.of(subunitId(4), "王家", UnitKind.FAMILY));
      assertRejected(
          empty().subunits(units).addEvents(Event.letter(LocalDate.of(2024, 3, 1), subunitId(4))),
          "$.events[0].subunit",
          RuleCode.LETTER_FAMILY,
          "310199-001-04",
          "王家");
    }

    @Test
    void lettersBiennial_noSubunitsListed_isNotApplicable() {
      assertThat(empty().subunits(List.of()).outcomeOf("responsibility.letters-biennial"))
          .isEqualTo(Outcome.NOT_APPLICABLE);
      assertThat(
              empty()
                  .subunits(List.of())
                  .events(List.of())
                  .outcomeOf("responsibility.letters-biennial"))
          .isEqualTo(Outcome.NOT_APPLICABLE);
    }

    @Test
    void anyCriterion_theFirstHalfOf2025_withTheDefaultSet_isInvalidEvidence() {
      assertRejected(
          empty()
              .period(
                  io.github.jindu.AssessmentPeriod.of(
                      LocalDate.of(2025, 1, 1), LocalDate.of(2025, 6, 30))),
          "$.period",
          RuleCode.PERIOD_NOT_CALENDAR_YEAR,
          "2025-01-01..2025-06-30",
          "municipal-model-community");
    }

    @Test
    void anyCriterion_activityAfterPeriodEnd_isInvalidEvidence() {
      assertRejected(
          empty().addEvents(Event.activity(LocalDate.of(2026, 1, 1), Setting.COMMUNITY)),
          "$.events[0].date",
          RuleCode.EVENT_AFTER_PERIOD,
          "prevention-activity",
          "2026-01-01",
          "2025-12-31");
    }

    @Test
    void monthlyActivities_emptyEventList_isNotMet() {
      assertThat(empty().events(List.of()).outcomeOf("prevention.monthly-activities"))
          .isEqualTo(Outcome.NOT_MET);
    }

    @Test
    void monthlyActivities_noEventsKey_isNotAssessed() {
      CriterionResult result =
          empty().assess().criterion("prevention.monthly-activities").orElseThrow();
      assertThat(result.outcome()).isEqualTo(Outcome.NOT_ASSESSED);
      assertThat(result.missing())
          .containsExactly(new MissingEvidence.MissingList(MissingEvidence.EvidenceList.EVENTS));
    }

    private List<Unit> threeSubunits() {
      List<Unit> units = new ArrayList<>();
      units.add(Unit.of(subunitId(1), "东沙第一居委会", UnitKind.RESIDENTS_COMMITTEE));
      units.add(Unit.of(subunitId(2), "东沙村", UnitKind.VILLAGE));
      units.add(Unit.of(subunitId(3), "东沙中学", UnitKind.SCHOOL));
      return units;
    }
  }

  @Nested
  class Overall {
    @Test
    void overall_everyGatingCriterionMetOrNotApplicable_isQualified() {
      AssessmentResult result =
          SampleEvidence.allMet().count(STUDENTS_REACHED, 0).count(STUDENTS_TOTAL, 0).assess();
      assertThat(result.criterion("prevention.student-coverage").orElseThrow().outcome())
          .isEqualTo(Outcome.NOT_APPLICABLE);
      assertThat(result.count(Outcome.MET)).isEqualTo(50);
      assertThat(result.overall()).isEqualTo(OverallOutcome.QUALIFIED);
      assertThat(result.vetoes()).isEmpty();
    }

    @Test
    void overall_everyCriterionMet_isQualified() {
      AssessmentResult result = SampleEvidence.allMet().assess();
      assertThat(result.count(Outcome.MET)).isEqualTo(51);
      assertThat(result.overall()).isEqualTo(OverallOutcome.QUALIFIED);
    }

    @Test
    void overall_onlyAdvisoryRecognitionNotMet_isQualified() {
      AssessmentResult result =
          SampleEvidence.allMet().attest("distinction.recognition", false, "无").assess();
      CriterionResult recognition = result.criterion("distinction.recognition").orElseThrow();
      assertThat(recognition.outcome()).isEqualTo(Outcome.NOT_MET);
      assertThat(recognition.advisory()).isTrue();
      assertThat(result.overall()).isEqualTo(OverallOutcome.QUALIFIED);
    }

    @Test
    void overall_onlyAdvisoryRecognitionNotAssessed_isQualified() {
      AssessmentResult result =
          SampleEvidence.allMet().withoutAttestation("distinction.recognition").assess();
      assertThat(result.criterion("distinction.recognition").orElseThrow().outcome())
          .isEqualTo(Outcome.NOT_ASSESSED);
      assertThat(result.overall()).isEqualTo(OverallOutcome.QUALIFIED);
    }

    @Test
    void overall_oneNotMetAndAnotherNotAssessed_isNotQualified() {
      AssessmentResult result =
          SampleEvidence.allMet().count(URINE_TEST_TESTS_DONE, 993).withoutCount(HOTSPOTS).assess();
      assertThat(result.criterion("rehabilitation.urine-test-count").orElseThrow().outcome())
          .isEqualTo(Outcome.NOT_MET);
      assertThat(result.criterion("results.no-hotspots").orElseThrow().outcome())
          .isEqualTo(Outcome.NOT_ASSESSED);
      assertThat(result.overall()).isEqualTo(OverallOutcome.NOT_QUALIFIED);
    }

    @Test
    void overall_noneNotMetOneNotAssessed_isIncomplete() {
      AssessmentResult result = SampleEvidence.allMet().withoutCount(HOTSPOTS).assess();
      assertThat(result.count(Outcome.NOT_MET)).isZero();
      assertThat(result.count(Outcome.NOT_ASSESSED)).isEqualTo(1);
      assertThat(result.overall()).isEqualTo(OverallOutcome.INCOMPLETE);
    }

    @Test
    void overall_aSetWithAVetoRule_everyCriterionMetAndAVetoFinding_isVetoed() {
      AssessmentResult result =
          SampleEvidence.allMet()
              .veto(SampleEvidence.VETO, "区综治委通报 2025-7号")
              .assessOn(SampleEvidence.WITH_VETO);
      assertThat(result.count(Outcome.MET)).isEqualTo(51);
      assertThat(result.overall()).isEqualTo(OverallOutcome.VETOED);
      assertThat(result.reason().kind()).isEqualTo(ReasonKind.VETO_FINDING);
      assertThat(result.vetoes())
          .containsExactly(VetoFinding.of("veto.leadership-failure", "区综治委通报 2025-7号"));
    }

    @Test
    void overall_aSetWithAVetoRule_everyCriterionMetAndNoVetoesList_isIncomplete() {
      AssessmentResult result =
          SampleEvidence.allMet().withoutVetoes().assessOn(SampleEvidence.WITH_VETO);
      assertThat(result.count(Outcome.MET)).isEqualTo(51);
      assertThat(result.overall()).isEqualTo(OverallOutcome.INCOMPLETE);
      assertThat(result.reason()).isEqualTo(OverallReason.of(ReasonKind.VETOES_ABSENT, List.of()));
    }

    @Test
    void overall_aSetWithAVetoRule_anEmptyVetoesList_meansCheckedNoneFound() {
      AssessmentResult result =
          SampleEvidence.allMet()
              .withoutVetoes()
              .vetoesChecked()
              .assessOn(SampleEvidence.WITH_VETO);
      assertThat(result.overall()).isEqualTo(OverallOutcome.QUALIFIED);
    }

    @Test
    void overall_aSetWithAVetoRule_aGatingCriterionNotMetAndNoVetoesList_isNotQualified() {
      AssessmentResult result =
          SampleEvidence.sampleTown().withoutVetoes().assessOn(SampleEvidence.WITH_VETO);
      assertThat(result.overall()).isEqualTo(OverallOutcome.NOT_QUALIFIED);
      assertThat(result.reason().kind()).isEqualTo(ReasonKind.GATING_NOT_MET);
    }

    @Test
    void overall_theDefaultSetAndANonEmptyVetoesList_isInvalidEvidence() {
      InvalidEvidenceException e =
          catchThrowableOfType(
              InvalidEvidenceException.class,
              () -> SampleEvidence.allMet().veto(SampleEvidence.VETO, "区综治委通报 2025-7号").assess());
      assertThat(e.violations())
          .containsExactly(
              Violation.of(
                  RuleCode.VETO_NO_RULES,
                  Location.root().member("vetoes"),
                  "municipal-model-community",
                  1));
    }

    @Test
    void overall_theDefaultSetWithoutAVetoesList_isQualifiedWhenEveryCriterionIsMet() {
      AssessmentResult result = SampleEvidence.allMet().withoutVetoes().assess();
      assertThat(result.overall()).isEqualTo(OverallOutcome.QUALIFIED);
    }
  }
}
