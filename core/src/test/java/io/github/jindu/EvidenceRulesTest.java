package io.github.jindu;

import static io.github.jindu.Rejections.assertNames;
import static io.github.jindu.Rejections.assertRejected;
import static io.github.jindu.Rejections.rejection;
import static io.github.jindu.catalogue.Metrics.FOREIGNERS_REACHED;
import static io.github.jindu.catalogue.Metrics.FOREIGNERS_TOTAL;
import static io.github.jindu.catalogue.Metrics.MIGRANTS_REACHED;
import static io.github.jindu.catalogue.Metrics.MIGRANTS_TOTAL;
import static io.github.jindu.catalogue.Metrics.POPULATION_ACTUAL;
import static io.github.jindu.catalogue.Metrics.POPULATION_REACHED;
import static io.github.jindu.catalogue.Metrics.URINE_TEST_PERSONS_DUE;
import static io.github.jindu.catalogue.Metrics.URINE_TEST_PERSONS_TESTED;
import static io.github.jindu.catalogue.Metrics.USERS_ABSTINENT_1Y;
import static io.github.jindu.catalogue.Metrics.USERS_ABSTINENT_3Y;
import static io.github.jindu.catalogue.Metrics.USERS_NEW;
import static io.github.jindu.catalogue.Metrics.USERS_REGISTERED;
import static io.github.jindu.testing.SampleEvidence.day;
import static io.github.jindu.testing.SampleEvidence.empty;
import static io.github.jindu.testing.SampleEvidence.subunitId;
import static org.assertj.core.api.Assertions.assertThat;

import io.github.jindu.catalogue.MunicipalModelCommunity;
import io.github.jindu.testing.SampleEvidence;
import java.time.LocalDate;
import java.time.MonthDay;
import java.util.List;
import org.junit.jupiter.api.Test;

/**
 * Each rule of docs/spec/criteria.md "Invalid evidence" (and docs/evidence-format.md) rejects the evidence with an
 * {@link InvalidEvidenceException} that names the JSON path and the rule; nothing is assessed on it.
 */
class EvidenceRulesTest {

  @Test
  void negativeCount_isRejectedWhenBuilt() {
    InvalidEvidenceException e = rejection(empty().count(USERS_NEW, -1)::build);
    assertNames(e, "$.counts[\"users.new\"]", RuleCode.COUNT_NEGATIVE, "users.new", -1);
    assertThat(e.violations()).hasSize(1);
  }

  @Test
  void negativePreviousCount_isRejected() {
    assertRejected(
        empty().previous(MIGRANTS_TOTAL, -5),
        "$.previous[\"migrants.total\"]",
        RuleCode.COUNT_NEGATIVE,
        "migrants.total",
        -5);
  }

  @Test
  void populationZero_isRejectedAsTheBaseOfTheRates() {
    InvalidEvidenceException e =
        assertRejected(
            empty().count(POPULATION_ACTUAL, 0),
            "$.counts[\"population.actual\"]",
            RuleCode.COUNT_RATE_BASE_ZERO,
            "population.actual",
            "users.new",
            "cases.drug-related");
    assertThat(e.violations()).hasSize(1);
  }

  @Test
  void previousCountThatNoRisingCriterionReads_isRejected() {
    assertRejected(
        empty().previous(POPULATION_ACTUAL, 84_000),
        "$.previous[\"population.actual\"]",
        RuleCode.PREVIOUS_METRIC_UNKNOWN,
        "population.actual",
        "municipal-model-community");
  }

  @Test
  void numeratorAboveDenominator_isRejected() {
    assertRejected(
        empty().count(URINE_TEST_PERSONS_TESTED, 139).count(URINE_TEST_PERSONS_DUE, 138),
        "$.counts[\"urine-test.persons-tested\"]",
        RuleCode.COUNT_PART_ABOVE_WHOLE,
        "urine-test.persons-tested",
        139,
        "urine-test.persons-due",
        138);
  }

  @Test
  void abstinentOneYearAboveRegistered_isRejected() {
    assertRejected(
        empty().count(USERS_ABSTINENT_1Y, 313).count(USERS_REGISTERED, 312),
        "$.counts[\"users.abstinent-1y\"]",
        RuleCode.COUNT_PART_ABOVE_WHOLE,
        "users.abstinent-1y",
        313,
        "users.registered",
        312);
  }

  @Test
  void numeratorAboveDenominator_inThisPeriodOfARisingShare_isRejected() {
    assertRejected(
        empty().count(FOREIGNERS_REACHED, 1403).count(FOREIGNERS_TOTAL, 1402),
        "$.counts[\"foreigners.reached\"]",
        RuleCode.COUNT_PART_ABOVE_WHOLE,
        "foreigners.reached",
        1403,
        "foreigners.total",
        1402);
  }

  @Test
  void numeratorAboveDenominator_inThePreviousPeriodOfARisingShare_isRejected() {
    InvalidEvidenceException e =
        assertRejected(
            empty()
                .count(MIGRANTS_REACHED, 24950)
                .count(MIGRANTS_TOTAL, 39600)
                .previous(MIGRANTS_REACHED, 38901)
                .previous(MIGRANTS_TOTAL, 38900),
            "$.previous[\"migrants.reached\"]",
            RuleCode.COUNT_PART_ABOVE_WHOLE,
            "migrants.reached",
            38901,
            "migrants.total",
            38900);
    assertThat(e.violations()).hasSize(1);
  }

  @Test
  void eventAfterThePeriodsEnd_isRejected() {
    assertRejected(
        empty()
            .addEvents(
                Event.of(EventType.INSPECTION, day(3, 20)),
                Event.of(EventType.SITUATION_ANALYSIS, LocalDate.of(2026, 1, 2))),
        "$.events[1].date",
        RuleCode.EVENT_AFTER_PERIOD,
        "situation-analysis",
        "2026-01-02",
        "2025-12-31");
  }

  @Test
  void letterAfterThePeriodsEnd_isRejected() {
    assertRejected(
        empty()
            .subunits(List.of(Unit.of(subunitId(1), "东沙村", UnitKind.VILLAGE)))
            .addEvents(Event.letter(LocalDate.of(2026, 1, 1), subunitId(1))),
        "$.events[0].date",
        RuleCode.EVENT_AFTER_PERIOD,
        "responsibility-letter",
        "2026-01-01",
        "2025-12-31");
  }

  @Test
  void nonLetterEventBeforeThePeriodsStart_isRejected() {
    assertRejected(
        empty().addEvents(Event.of(EventType.INSPECTION, LocalDate.of(2024, 12, 31))),
        "$.events[0].date",
        RuleCode.EVENT_BEFORE_PERIOD,
        "inspection",
        "2024-12-31",
        "2025-01-01");
  }

  @Test
  void letterBeforeThePeriodsStart_isAccepted() {
    Outcome outcome =
        empty()
            .subunits(List.of(Unit.of(subunitId(1), "东沙村", UnitKind.VILLAGE)))
            .addEvents(Event.letter(LocalDate.of(2023, 12, 31), subunitId(1)))
            .outcomeOf("responsibility.letters-biennial");
    assertThat(outcome).isEqualTo(Outcome.MET);
  }

  @Test
  void letterNamingAnUnlistedSubunit_isRejected() {
    assertRejected(
        empty()
            .subunits(List.of(Unit.of(subunitId(1), "东沙村", UnitKind.VILLAGE)))
            .addEvents(
                Event.letter(LocalDate.of(2024, 3, 2), subunitId(1)),
                Event.letter(LocalDate.of(2024, 3, 3), subunitId(9))),
        "$.events[1].subunit",
        RuleCode.EVENT_UNLISTED_SUBUNIT,
        "responsibility-letter",
        "310199-001-09");
  }

  @Test
  void letterWithNoSubunitList_isRejected() {
    assertRejected(
        empty().addEvents(Event.letter(LocalDate.of(2024, 3, 2), subunitId(1))),
        "$.events[0].subunit",
        RuleCode.EVENT_NO_SUBUNITS,
        "responsibility-letter",
        "310199-001-01");
  }

  @Test
  void letterNamingNoSubunit_isRejected() {
    assertRejected(
        empty()
            .subunits(List.of(Unit.of(subunitId(1), "东沙村", UnitKind.VILLAGE)))
            .addEvents(
                Event.builder()
                    .type(EventType.RESPONSIBILITY_LETTER)
                    .date(LocalDate.of(2024, 3, 2))
                    .build()),
        "$.events[0].subunit",
        RuleCode.LETTER_WITHOUT_SUBUNIT);
  }

  @Test
  void settingsOnAnEventOtherThanAnActivity_areRejected() {
    assertRejected(
        empty()
            .addEvents(
                Event.builder()
                    .type(EventType.PREVENTION_CAMPAIGN)
                    .date(day(6, 26))
                    .addSettings(Setting.SCHOOL)
                    .build()),
        "$.events[0].settings",
        RuleCode.EVENT_SETTINGS_NOT_ACTIVITY,
        "prevention-campaign");
  }

  @Test
  void anyEvent_mayNameTheListedSubunitWhereItTookPlace() {
    AssessmentResult result =
        empty()
            .subunits(List.of(Unit.of(subunitId(1), "东沙村", UnitKind.VILLAGE)))
            .addEvents(
                Event.builder()
                    .type(EventType.INSPECTION)
                    .date(day(3, 20))
                    .subunitId(subunitId(1))
                    .build(),
                Event.builder()
                    .type(EventType.PREVENTION_CAMPAIGN)
                    .date(day(6, 26))
                    .subunitId(subunitId(1))
                    .build())
            .assess();
    assertThat(result.criterion("prevention.half-yearly-campaign").orElseThrow().outcome())
        .isEqualTo(Outcome.NOT_MET);
    assertThat(result.criterion("groundwork.quarterly-inspection").map(CriterionResult::outcome))
        .hasValue(Outcome.NOT_MET);
  }

  @Test
  void anEventNamingAnUnlistedSubunit_isRejected() {
    assertRejected(
        empty()
            .subunits(List.of(Unit.of(subunitId(1), "东沙村", UnitKind.VILLAGE)))
            .addEvents(
                Event.builder()
                    .type(EventType.INSPECTION)
                    .date(day(3, 20))
                    .subunitId(subunitId(2))
                    .build()),
        "$.events[0].subunit",
        RuleCode.EVENT_UNLISTED_SUBUNIT,
        "inspection",
        "310199-001-02");
  }

  @Test
  void anEventNamingASubunitWithNoSubunitList_isRejected() {
    assertRejected(
        empty()
            .addEvents(
                Event.builder()
                    .type(EventType.PREVENTION_CAMPAIGN)
                    .date(day(6, 26))
                    .subunitId(subunitId(1))
                    .build()),
        "$.events[0].subunit",
        RuleCode.EVENT_NO_SUBUNITS,
        "prevention-campaign",
        "310199-001-01");
  }

  @Test
  void aLetterNamingAFamily_isRejected() {
    assertRejected(
        empty()
            .subunits(
                List.of(
                    Unit.of(subunitId(1), "东沙村", UnitKind.VILLAGE),
                    Unit.of(subunitId(15), "沙港村王家", UnitKind.FAMILY)))
            .addEvents(
                Event.letter(LocalDate.of(2024, 3, 2), subunitId(1)),
                Event.letter(LocalDate.of(2024, 3, 3), subunitId(15))),
        "$.events[1].subunit",
        RuleCode.LETTER_FAMILY,
        "310199-001-15",
        "沙港村王家");
  }

  @Test
  void aPlanBeforeTheWindow_isRejected() {
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
  void aPlanBeforeThePeriod_isRejectedUnderASetWhoseWindowOpensWithTheYear() {
    CriteriaSet set = MunicipalModelCommunity.criteriaSet(MonthDay.of(1, 1), MonthDay.of(3, 31));
    InvalidEvidenceException e =
        rejection(
            () ->
                set.assess(
                    empty()
                        .addEvents(Event.of(EventType.PREVENTION_PLAN, LocalDate.of(2024, 12, 26)))
                        .build()));
    assertNames(
        e,
        "$.events[0].date",
        RuleCode.EVENT_BEFORE_PERIOD,
        "prevention-plan",
        "2024-12-26",
        "2025-01-01");
  }

  @Test
  void anActivityBeforeThePeriod_isStillRejected() {
    assertRejected(
        empty().addEvents(Event.activity(LocalDate.of(2024, 12, 26), Setting.COMMUNITY)),
        "$.events[0].date",
        RuleCode.EVENT_BEFORE_PERIOD,
        "prevention-activity",
        "2024-12-26",
        "2025-01-01");
  }

  @Test
  void subunitListedTwice_isRejected() {
    assertRejected(
        empty()
            .subunits(
                List.of(
                    Unit.of(subunitId(1), "东沙村", UnitKind.VILLAGE),
                    Unit.of(subunitId(1), "东沙村", UnitKind.VILLAGE))),
        "$.subunits[1].id",
        RuleCode.SUBUNIT_TWICE,
        "310199-001-01");
  }

  /** Found by a break test: a listed sub-unit of another district passed in one town's file. */
  @Test
  void aListedSubunitOfAnotherDistrict_isRejected() {
    assertRejected(
        empty().subunits(List.of(Unit.of(subunitId(1), "东沙村", UnitKind.VILLAGE, "310198"))),
        "$.subunits[0].district",
        RuleCode.SUBUNIT_DISTRICT_DIFFERS,
        "310199-001-01",
        "310198",
        "310199-001",
        "310199");
  }

  /** Found by a break test: a trailing U+3000 or a leading U+00A0 made a second "same" name. */
  @Test
  void twoSubunitsWhoseNamesDifferOnlyInWhatDoesNotShow_haveOneName() {
    assertRejected(
        empty()
            .subunits(
                List.of(
                    Unit.of(subunitId(1), "南港第一居委会", UnitKind.RESIDENTS_COMMITTEE),
                    Unit.of(subunitId(2), "\u00a0南港第一居委会\u3000", UnitKind.RESIDENTS_COMMITTEE))),
        "$.subunits[1].name",
        RuleCode.SUBUNIT_NAME_TWICE,
        "\u00a0南港第一居委会\u3000",
        "310199-001-01",
        "310199-001-02");
  }

  @Test
  void twoSubunitsWithOneName_areRejected() {
    assertRejected(
        empty()
            .subunits(
                List.of(
                    Unit.of(subunitId(1), "Caf\u00e9", UnitKind.RESIDENTS_COMMITTEE),
                    Unit.of(subunitId(2), "Caf\u00e9", UnitKind.RESIDENTS_COMMITTEE))),
        "$.subunits[1].name",
        RuleCode.SUBUNIT_NAME_TWICE,
        "Caf\u00e9",
        "310199-001-01",
        "310199-001-02");
  }

  @Test
  void subunitThatIsTheUnitItself_isRejected() {
    assertRejected(
        empty().subunits(List.of(Unit.of("310199-001", "东沙镇", UnitKind.VILLAGE))),
        "$.subunits[0].id",
        RuleCode.SUBUNIT_IS_UNIT,
        "310199-001");
  }

  @Test
  void blankUnitName_isRejected() {
    assertRejected(
        empty().unit(Unit.of("310199-001", " ", UnitKind.TOWN, "310199")),
        "$.unit.name",
        RuleCode.TEXT_BLANK);
  }

  @Test
  void periodEndingBeforeItStarts_isRejected() {
    assertNames(
        rejection(() -> AssessmentPeriod.of(LocalDate.of(2025, 12, 31), LocalDate.of(2025, 1, 1))),
        "$.period.end",
        RuleCode.PERIOD_END_BEFORE_START,
        "2025-01-01",
        "2025-12-31");
  }

  @Test
  void unknownCriterionIdInAttestations_isRejected() {
    assertRejected(
        empty().attest("leadership.in-developement-plan", true, "规划 第五章"),
        "$.attestations[\"leadership.in-developement-plan\"]",
        RuleCode.ATTESTATION_UNKNOWN_CRITERION,
        "leadership.in-developement-plan",
        "municipal-model-community");
  }

  @Test
  void attestationOfANonAttestedCriterion_isRejected() {
    assertRejected(
        empty().attest("results.no-production", true, "区公安分局函"),
        "$.attestations[\"results.no-production\"]",
        RuleCode.ATTESTATION_NOT_ATTESTED,
        "results.no-production",
        "zero");
  }

  @Test
  void blankAttestationReference_isRejected() {
    assertRejected(
        empty().attest("leadership.regular-study", true, "  "),
        "$.attestations[\"leadership.regular-study\"].reference",
        RuleCode.TEXT_BLANK);
  }

  @Test
  void peerListedTwice_isRejected() {
    assertRejected(
        empty()
            .peers(
                List.of(
                    Peer.of("310199-002", 52300, 5),
                    Peer.of("310199-003", 120400, 11),
                    Peer.of("310199-002", 52300, 5))),
        "$.peers[2].unit",
        RuleCode.PEER_TWICE,
        "310199-002");
  }

  @Test
  void peerThatIsTheUnitItself_isRejected() {
    assertRejected(
        empty().peers(List.of(Peer.of("310199-001", 84210, 6))),
        "$.peers[0].unit",
        RuleCode.PEER_IS_UNIT,
        "310199-001");
  }

  /** Found by a break test: the unit's own committee, with 50 cases in 100 people, made the unit "lowest". */
  @Test
  void peerThatIsOneOfTheUnitsOwnSubunits_isRejected() {
    assertRejected(
        empty()
            .subunits(List.of(Unit.of(subunitId(1), "东沙村", UnitKind.VILLAGE)))
            .peers(List.of(Peer.of("310199-002", 52300, 5), Peer.of(subunitId(1), 100, 50))),
        "$.peers[1].unit",
        RuleCode.PEER_IS_SUBUNIT,
        subunitId(1),
        "310199-001");
  }

  @Test
  void peerWithPopulationZero_isRejected() {
    assertRejected(
        empty().peers(List.of(Peer.of("310199-002", 52300, 5), Peer.of("310199-003", 0, 0))),
        "$.peers[1].population",
        RuleCode.PEER_POPULATION,
        "310199-003",
        0);
  }

  @Test
  void peerWithNegativeCases_isRejected() {
    assertRejected(
        empty().peers(List.of(Peer.of("310199-002", 52300, -1))),
        "$.peers[0].cases",
        RuleCode.PEER_CASES_NEGATIVE,
        "310199-002",
        -1);
  }

  @Test
  void referenceOfOnlyANoBreakOrZeroWidthSpace_isBlank() {
    assertRejected(
        empty().attest("leadership.regular-study", true, "\u00a0"),
        "$.attestations[\"leadership.regular-study\"].reference",
        RuleCode.TEXT_BLANK);
    assertRejected(
        empty().attest("leadership.regular-study", true, "\u200b\u3000"),
        "$.attestations[\"leadership.regular-study\"].reference",
        RuleCode.TEXT_BLANK);
  }

  @Test
  void lineBreakInAName_isRejected_soThatNoReportLineCanBeForged() {
    InvalidEvidenceException e =
        rejection(
            () ->
                Evidence.builder()
                    .unit(Unit.of("310199-001", "东沙镇\n整体结论：达标", UnitKind.TOWN, "310199"))
                    .period(SampleEvidence.YEAR_2025)
                    .build());
    assertNames(e, "$.unit.name", RuleCode.TEXT_CONTROL_CHARACTER, "U+000A", 4);
    assertThat(e.getMessage()).doesNotContain("达标");
  }

  @Test
  void aViolationPrints_asOneLine_whateverItsPathHolds() {
    assertThat(
            Violation.of(
                    RuleCode.METRIC_UNKNOWN,
                    Location.root().member("counts").key("a\n/fake"),
                    "a\nb",
                    "set")
                .toString())
        .isEqualTo("metric.unknown /counts/a\\n~1fake [a\\nb, set]");
  }

  @Test
  void theSameVetoFindingTwice_isRejected() {
    assertRejected(
        empty().veto("veto.leadership-failure", "通报 7号").veto("veto.leadership-failure", "通报 7号"),
        "$.vetoes[1]",
        RuleCode.VETO_FINDING_TWICE,
        "veto.leadership-failure",
        "通报 7号");
  }

  @Test
  void aTownAsASubunit_isRejected() {
    assertRejected(
        empty().subunits(List.of(Unit.of("310199-009", "西沙镇", UnitKind.TOWN))),
        "$.subunits[0].kind",
        RuleCode.SUBUNIT_KIND,
        "310199-009",
        "town");
  }

  @Test
  void threeYearAbstinentAboveRegistered_isRejectedEvenWithoutTheOneYearCount() {
    assertRejected(
        empty().count(USERS_ABSTINENT_3Y, 11).count(USERS_REGISTERED, 10),
        "$.counts[\"users.abstinent-3y\"]",
        RuleCode.COUNT_PART_ABOVE_WHOLE_VIA,
        "users.abstinent-3y",
        11,
        "users.registered",
        10,
        "users.abstinent-1y");
  }

  @Test
  void aPeriodOfMoreThanAYear_isRejected_byAnAnnualSetThatAllowsOtherPeriods() {
    InvalidEvidenceException e =
        rejection(
            () ->
                OWN_PERIODS.assess(
                    Evidence.builder()
                        .unit(Unit.of("310199-001", "东沙镇", UnitKind.TOWN, "310199"))
                        .period(
                            AssessmentPeriod.of(LocalDate.of(2025, 1, 1), LocalDate.of(2026, 1, 1)))
                        .build()));
    assertNames(
        e,
        "$.period.end",
        RuleCode.PERIOD_LONGER_THAN_YEAR,
        "2025-01-01..2026-01-01",
        "municipal-model-community");
  }

  /** The default set, but allowing periods other than one calendar year (a set of one's own may). */
  private static final CriteriaSet OWN_PERIODS =
      MunicipalModelCommunity.criteriaSet().withVersion("2009-own-periods").withCalendarYear(false);

  /** Why: a one-day period came out QUALIFIED, every schedule bar being NOT_APPLICABLE. */
  @Test
  void aPeriodThatIsNotOneCalendarYear_isRejected_byTheDefaultSet() {
    for (AssessmentPeriod period :
        List.of(
            AssessmentPeriod.of(LocalDate.of(2025, 6, 1), LocalDate.of(2025, 6, 1)),
            AssessmentPeriod.of(LocalDate.of(2025, 1, 1), LocalDate.of(2025, 12, 30)),
            AssessmentPeriod.of(LocalDate.of(2025, 1, 2), LocalDate.of(2025, 12, 31)),
            AssessmentPeriod.of(LocalDate.of(2024, 7, 1), LocalDate.of(2025, 6, 30)))) {
      InvalidEvidenceException e =
          rejection(
              () ->
                  MunicipalModelCommunity.criteriaSet()
                      .assess(
                          Evidence.builder()
                              .unit(Unit.of("310199-001", "东沙镇", UnitKind.TOWN, "310199"))
                              .period(period)
                              .build()));
      assertNames(
          e,
          "$.period",
          RuleCode.PERIOD_NOT_CALENDAR_YEAR,
          period.toString(),
          "municipal-model-community");
    }
    assertThat(
            MunicipalModelCommunity.criteriaSet()
                .validate(
                    Evidence.builder()
                        .unit(Unit.of("310199-001", "东沙镇", UnitKind.TOWN, "310199"))
                        .period(
                            AssessmentPeriod.of(
                                LocalDate.of(2024, 1, 1), LocalDate.of(2024, 12, 31)))
                        .build()))
        .isEmpty();
  }

  @Test
  void aShortPeriod_underASetThatAllowsIt_isAssessed_withScheduleBarsNotApplicable() {
    AssessmentResult result =
        OWN_PERIODS.assess(
            Evidence.builder()
                .unit(Unit.of("310199-001", "东沙镇", UnitKind.TOWN, "310199"))
                .period(AssessmentPeriod.of(LocalDate.of(2025, 6, 1), LocalDate.of(2025, 6, 1)))
                .events(List.of())
                .build());
    assertThat(result.criterion("prevention.monthly-activities").orElseThrow().outcome())
        .isEqualTo(Outcome.NOT_APPLICABLE);
  }

  @Test
  void aPeriodOutsideTheYearsOneTo9999_isRejected() {
    assertNames(
        rejection(() -> AssessmentPeriod.of(LocalDate.of(9999, 6, 1), LocalDate.of(10_000, 1, 1))),
        "$.period.end",
        RuleCode.PERIOD_AFTER_YEAR_9999,
        "+10000-01-01");
    assertNames(
        rejection(() -> AssessmentPeriod.of(LocalDate.of(0, 12, 31), LocalDate.of(1, 1, 1))),
        "$.period.start",
        RuleCode.PERIOD_BEFORE_YEAR_ONE,
        "0000-12-31");
  }

  @Test
  void blankVetoReference_isRejected() {
    assertRejected(
        empty().veto("veto.leadership-failure", ""), "$.vetoes[0].reference", RuleCode.TEXT_BLANK);
  }

  @Test
  void unknownVetoId_isRejected() {
    InvalidEvidenceException e =
        rejection(
            () ->
                SampleEvidence.WITH_VETO.assess(
                    empty().veto("veto.leadership-failures", "区综治委通报 2025-7号").build()));
    assertNames(
        e,
        "$.vetoes[0].id",
        RuleCode.VETO_UNKNOWN,
        "veto.leadership-failures",
        "municipal-model-community",
        "veto.leadership-failure");
  }

  @Test
  void aVetoFindingUnderASetWithoutVetoRules_isRejected() {
    assertRejected(
        empty().veto("veto.leadership-failure", "区综治委通报 2025-7号"),
        "$.vetoes",
        RuleCode.VETO_NO_RULES,
        "municipal-model-community",
        1);
  }

  @Test
  void anEmptyVetoesList_isAcceptedUnderASetWithoutVetoRules() {
    assertThat(empty().vetoesChecked().assess().overall()).isEqualTo(OverallOutcome.INCOMPLETE);
  }

  @Test
  void unknownMetricKeyInCounts_isRejected() {
    assertRejected(
        empty().count(MetricKey.of("population.reachd"), 78950),
        "$.counts[\"population.reachd\"]",
        RuleCode.METRIC_UNKNOWN,
        "population.reachd",
        "municipal-model-community");
  }

  @Test
  void unknownMetricKeyInPrevious_isRejected() {
    assertRejected(
        empty().previous(MetricKey.of("volunteer"), 640),
        "$.previous[\"volunteer\"]",
        RuleCode.PREVIOUS_METRIC_UNKNOWN,
        "volunteer",
        "municipal-model-community");
  }

  @Test
  void villageAssessedOnTheTownSet_isRejected() {
    assertRejected(
        empty().unit(Unit.of("310199-001-10", "东沙村", UnitKind.VILLAGE, "310199")),
        "$.unit.kind",
        RuleCode.UNIT_KIND_NOT_ASSESSED,
        "village",
        "municipal-model-community",
        "town, street");
  }

  @Test
  void streetIsAssessedOnTheTownSet() {
    AssessmentResult result =
        empty().unit(Unit.of("310199-007", "东沙街道", UnitKind.STREET, "310199")).assess();
    assertThat(result.overall()).isEqualTo(OverallOutcome.INCOMPLETE);
    assertThat(result.count(Outcome.NOT_ASSESSED)).isEqualTo(51);
  }

  @Test
  void severalViolationsOfTheEvidenceItself_areReportedTogether() {
    InvalidEvidenceException e =
        rejection(
            empty()
                    .count(USERS_NEW, -1)
                    .addEvents(Event.of(EventType.INSPECTION, LocalDate.of(2026, 3, 1)))
                    .attest("leadership.regular-study", true, "")
                    .peers(
                        List.of(Peer.of("310199-002", 52300, 5), Peer.of("310199-002", 52300, 5)))
                ::build);
    assertThat(e.violations())
        .extracting(v -> Rejections.path(v.location()))
        .containsExactly(
            "$.counts[\"users.new\"]",
            "$.events[0].date",
            "$.attestations[\"leadership.regular-study\"].reference",
            "$.peers[1].unit");
    assertThat(e.getMessage()).startsWith("invalid evidence (4 violations)\n");
  }

  @Test
  void severalViolationsAgainstTheCriteriaSet_areReportedTogether() {
    InvalidEvidenceException e =
        rejection(
            empty()
                    .unit(Unit.of("310199-001-10", "东沙村", UnitKind.VILLAGE, "310199"))
                    .count(MetricKey.of("population.reachd"), 1)
                    .count(POPULATION_REACHED, 11)
                    .count(POPULATION_ACTUAL, 10)
                    .previous(FOREIGNERS_REACHED, 3)
                    .previous(FOREIGNERS_TOTAL, 2)
                    .attest("results.no-production", true, "函")
                    .veto("veto.unknown", "通报")
                ::assess);
    assertThat(e.violations())
        .extracting(v -> Rejections.path(v.location()))
        .containsExactly(
            "$.unit.kind",
            "$.counts[\"population.reachd\"]",
            "$.counts[\"population.reached\"]",
            "$.previous[\"foreigners.reached\"]",
            "$.attestations[\"results.no-production\"]",
            "$.vetoes");
    assertThat(e.getMessage())
        .startsWith("invalid evidence (6 violations)\n")
        .contains(
            "count.part-above-whole /counts/population.reached [population.reached, 11, population.actual, 10]");
  }

  @Test
  void validEvidence_isNotRejected() {
    assertThat(SampleEvidence.sampleTown().assess().criteria()).hasSize(51);
    assertThat(empty().assess().count(Outcome.NOT_ASSESSED)).isEqualTo(51);
  }
}
