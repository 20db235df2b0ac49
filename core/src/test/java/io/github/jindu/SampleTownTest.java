package io.github.jindu;

import static io.github.jindu.Outcome.MET;
import static io.github.jindu.Outcome.NOT_MET;
import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.tuple;

import com.google.common.collect.ImmutableList;
import io.github.jindu.testing.Notation;
import io.github.jindu.testing.SampleEvidence;
import java.util.List;
import java.util.stream.Stream;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.TestInstance;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.MethodSource;

/**
 * The sample town of {@code cases/sample-town-2025.json}, built in Java by {@link SampleEvidence#sampleTown()},
 * gives exactly the outcomes of {@code cases/sample-town-2025.expected.json}.
 */
@TestInstance(TestInstance.Lifecycle.PER_CLASS)
class SampleTownTest {
  /** The criteria of sample-town-2025.expected.json, in its (catalogue) order. */
  private static final List<Expected> EXPECTED =
      List.of(
          row("leadership.in-development-plan", MET),
          row("leadership.regular-study", MET),
          row("leadership.first-responsible", MET),
          row("leadership.leading-group", MET),
          row("leadership.member-duties", MET),
          row("workforce.staff-on-duty", MET),
          row("workforce.volunteers-growing", MET),
          row("responsibility.systems", MET),
          row("responsibility.letters-biennial", MET),
          row("responsibility.rewards-linked", MET),
          row("responsibility.in-basic-assessment", MET),
          row("responsibility.veto-applied", MET),
          row("funding.in-annual-budget", MET),
          row("funding.proportionate", MET),
          row("funding.units-sufficient", MET),
          row("prevention.annual-plan", MET),
          row("prevention.monthly-activities", MET),
          row("prevention.half-yearly-campaign", MET),
          row("prevention.seven-settings", MET),
          row("prevention.population-coverage", MET),
          row("prevention.youth-coverage", MET),
          row("prevention.student-coverage", MET),
          row("prevention.foreigner-coverage-rising", MET),
          row("prevention.migrant-coverage-rising", MET),
          row("prevention.awareness", MET),
          row("enforcement.hotspot-rectification", MET),
          row("enforcement.venue-management", MET),
          row("enforcement.rental-housing", MET),
          row("enforcement.grid-policing", MET),
          row("rehabilitation.procedures", MET),
          row("rehabilitation.register-on-discovery", MET),
          row("rehabilitation.separated-discovery", MET),
          row("rehabilitation.urine-test-persons", MET),
          row("rehabilitation.urine-test-count", NOT_MET),
          row("rehabilitation.assistance", MET),
          row("rehabilitation.employment-rising", MET),
          row("groundwork.ledgers", MET),
          row("groundwork.registration", MET),
          row("groundwork.quarterly-inspection", MET),
          row("groundwork.quarterly-analysis", NOT_MET),
          row("groundwork.training", MET),
          row("groundwork.information", MET),
          row("distinction.initiatives", MET),
          row("distinction.recognition", NOT_MET),
          row("results.new-user-rate", MET),
          row("results.abstinence-1y", MET),
          row("results.abstinence-3y", NOT_MET),
          row("results.case-rate-lowest", MET),
          row("results.no-hotspots", MET),
          row("results.no-production", MET),
          row("results.no-drug-induced-serious-cases", MET));

  private AssessmentResult result;

  @BeforeAll
  void assessSampleTown() {
    result = SampleEvidence.sampleTown().assess();
  }

  @Test
  void overall_isNotQualified() {
    assertThat(result.overall()).isEqualTo(OverallOutcome.NOT_QUALIFIED);
    assertThat(result.vetoes()).isEmpty();
    assertThat(result.criteriaSetId()).isEqualTo("municipal-model-community");
    assertThat(result.reason())
        .isEqualTo(
            OverallReason.of(
                ReasonKind.GATING_NOT_MET,
                List.of(
                    "rehabilitation.urine-test-count",
                    "groundwork.quarterly-analysis",
                    "results.abstinence-3y")));
    assertThat(result.evidenceDigest()).startsWith("sha256:").hasSize(71);
    assertThat(result.unit()).isEqualTo(SampleEvidence.TOWN);
    assertThat(result.period()).isEqualTo(SampleEvidence.YEAR_2025);
  }

  @Test
  void everyCriterion_inCatalogueOrder_hasTheExpectedOutcome() {
    assertThat(EXPECTED).hasSize(51);
    assertThat(result.criteria())
        .extracting(CriterionResult::criterionId, CriterionResult::outcome)
        .containsExactlyElementsOf(EXPECTED.stream().map(e -> tuple(e.id(), e.outcome())).toList());
    assertThat(result.criteria())
        .extracting(CriterionResult::criterionId)
        .containsExactlyElementsOf(
            SampleEvidence.CRITERIA.criteria().stream().map(Criterion::id).toList());
  }

  Stream<Expected> expected() {
    return EXPECTED.stream();
  }

  @ParameterizedTest(name = "{0}")
  @MethodSource("expected")
  void criterion_hasTheExpectedOutcome(Expected expected) {
    assertThat(result.criterion(expected.id()))
        .get()
        .extracting(CriterionResult::outcome)
        .isEqualTo(expected.outcome());
  }

  @Test
  void counts_areThoseOfTheOutcomes() {
    assertThat(result.count(MET)).isEqualTo(47);
    assertThat(result.count(NOT_MET)).isEqualTo(4);
    assertThat(result.count(Outcome.NOT_ASSESSED)).isZero();
    assertThat(result.count(Outcome.NOT_APPLICABLE)).isZero();
  }

  @Test
  void urineTestCount_showsTheFigureAgainstTheBar() {
    CriterionResult r = result.criterion("rehabilitation.urine-test-count").orElseThrow();
    assertThat(r.observation()).hasValue(new Observation.ShareObservation(979, 1104));
    assertThat(r.threshold())
        .isEqualTo(SampleEvidence.CRITERIA.criterion(r.criterionId()).orElseThrow().threshold());
    assertThat(Notation.of(r.threshold())).isEqualTo(">= 9/10");
    assertThat(r.clause()).isEqualTo("二(七)");
    assertThat(r.indicatorId()).isEqualTo("rehabilitation");
    assertThat(r.missing()).isEmpty();
  }

  @Test
  void abstinence3y_showsShareOfTheOneYearGroup() {
    CriterionResult r = result.criterion("results.abstinence-3y").orElseThrow();
    assertThat(r.observation()).hasValue(new Observation.ShareObservation(58, 121));
    assertThat(Notation.of(r.threshold())).isEqualTo(">= 1/2");
    assertThat(r.clause()).isEqualTo("二(十)");
  }

  @Test
  void newUserRate_showsRatePerTenThousand() {
    CriterionResult r = result.criterion("results.new-user-rate").orElseThrow();
    assertThat(r.observation()).hasValue(new Observation.RateObservation(4, 84210));
    assertThat(Notation.of(r.threshold())).isEqualTo("<= 0.5 per 10000");
  }

  @Test
  void studentCoverage_showsFullShare() {
    CriterionResult r = result.criterion("prevention.student-coverage").orElseThrow();
    assertThat(r.observation()).hasValue(new Observation.ShareObservation(6480, 6480));
    assertThat(Notation.of(r.threshold())).isEqualTo(">= 1");
  }

  @Test
  void quarterlyAnalysis_namesTheQuarterWithout() {
    CriterionResult r = result.criterion("groundwork.quarterly-analysis").orElseThrow();
    assertThat(r.observation())
        .hasValue(
            new Observation.ScheduleObservation(
                ImmutableList.of(
                    CalendarPeriod.parse("2025-Q1"),
                    CalendarPeriod.parse("2025-Q2"),
                    CalendarPeriod.parse("2025-Q3"),
                    CalendarPeriod.parse("2025-Q4")),
                ImmutableList.of(CalendarPeriod.parse("2025-Q3"))));
  }

  @Test
  void caseRateLowest_namesTheLowestPeer() {
    CriterionResult r = result.criterion("results.case-rate-lowest").orElseThrow();
    assertThat(r.observation())
        .get()
        .isInstanceOfSatisfying(
            Observation.PeerObservation.class,
            o -> {
              assertThat(o.cases()).isEqualTo(6);
              assertThat(o.population()).isEqualTo(84210);
              assertThat(o.lowest()).hasValue(new Observation.PeerFigure("310199-004", 66800, 5));
            });
  }

  @Test
  void recognition_isAdvisoryAndShowsItsReference() {
    CriterionResult r = result.criterion("distinction.recognition").orElseThrow();
    assertThat(r.advisory()).isTrue();
    assertThat(r.observation()).hasValue(new Observation.AttestationObservation(false, "无"));
    assertThat(
            result.criteria().stream()
                .filter(CriterionResult::advisory)
                .map(CriterionResult::criterionId))
        .containsExactly("distinction.recognition");
  }

  private static Expected row(String id, Outcome outcome) {
    return new Expected(id, outcome);
  }

  record Expected(String id, Outcome outcome) {
    @Override
    public String toString() {
      return id + " " + outcome;
    }
  }
}
