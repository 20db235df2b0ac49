package io.github.jindu;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import com.google.common.collect.ImmutableList;
import io.github.jindu.bar.Cadence;
import io.github.jindu.catalogue.Metrics;
import io.github.jindu.internal.CanonicalNames;
import io.github.jindu.testing.SampleEvidence;
import java.time.YearMonth;
import java.util.List;
import java.util.Optional;
import org.junit.jupiter.api.Test;

/** A result is data that checks itself: observations, missing evidence, the reason and the evidence digest. */
class ResultDataTest {
  private static final AssessmentResult SAMPLE = SampleEvidence.sampleTown().assess();

  private static AssessmentResult.Builder copy(AssessmentResult r) {
    AssessmentResult.Builder b =
        AssessmentResult.builder()
            .criteriaSetId(r.criteriaSetId())
            .criteriaSetVersion(r.criteriaSetVersion())
            .criteriaSetFingerprint(r.criteriaSetFingerprint())
            .evidenceDigest(r.evidenceDigest())
            .unit(r.unit())
            .period(r.period())
            .score(r.score())
            .addAllVetoes(r.vetoes());
    return b;
  }

  @Test
  void builder_aReasonThatDecidesAnotherOutcome_isRefused() {
    assertThatThrownBy(
            () ->
                copy(SAMPLE)
                    .overall(OverallOutcome.QUALIFIED)
                    .reason(SAMPLE.reason())
                    .addAllCriteria(SAMPLE.criteria())
                    .build())
        .isInstanceOf(IllegalArgumentException.class)
        .hasMessage(
            "reason gating-not-met decides NOT_QUALIFIED, not the overall outcome QUALIFIED");
  }

  @Test
  void builder_vetoedWithoutAFindingOrAVetoItem_isRefused() {
    assertThatThrownBy(() -> OverallReason.of(ReasonKind.VETO_FINDING, List.of()))
        .isInstanceOf(IllegalArgumentException.class)
        .hasMessageContaining("findings (0) must be non-empty exactly for veto-finding");
    assertThatThrownBy(() -> OverallReason.of(ReasonKind.VETO_ITEM_NOT_MET, List.of()))
        .isInstanceOf(IllegalArgumentException.class)
        .hasMessage("criteria must not be empty for veto-item-not-met");
    assertThatThrownBy(
            () ->
                copy(SAMPLE)
                    .overall(OverallOutcome.VETOED)
                    .reason(
                        OverallReason.of(
                            ReasonKind.VETO_ITEM_NOT_MET, List.of("results.abstinence-3y")))
                    .addAllCriteria(SAMPLE.criteria())
                    .build())
        .isInstanceOf(IllegalArgumentException.class)
        .hasMessage("score must be present exactly for a scored reason, not for veto-item-not-met");
  }

  @Test
  void builder_aReasonNamingACriterionOfAnotherOutcome_isRefused() {
    assertThatThrownBy(
            () ->
                copy(SAMPLE)
                    .overall(OverallOutcome.NOT_QUALIFIED)
                    .reason(
                        OverallReason.of(
                            ReasonKind.GATING_NOT_MET, List.of("results.no-production")))
                    .addAllCriteria(SAMPLE.criteria())
                    .build())
        .isInstanceOf(IllegalArgumentException.class)
        .hasMessage(
            "reason gating-not-met names criterion results.no-production, whose outcome is MET");
    assertThatThrownBy(
            () ->
                copy(SAMPLE)
                    .overall(OverallOutcome.NOT_QUALIFIED)
                    .reason(OverallReason.of(ReasonKind.GATING_NOT_MET, List.of("no.such")))
                    .addAllCriteria(SAMPLE.criteria())
                    .build())
        .isInstanceOf(IllegalArgumentException.class)
        .hasMessage("reason names criterion no.such, which is not in criteria");
  }

  @Test
  void builder_aCriterionTwice_isRefused() {
    assertThatThrownBy(
            () ->
                copy(SAMPLE)
                    .overall(SAMPLE.overall())
                    .reason(SAMPLE.reason())
                    .addAllCriteria(SAMPLE.criteria())
                    .addCriteria(SAMPLE.criteria().get(0))
                    .build())
        .isInstanceOf(IllegalArgumentException.class)
        .hasMessage("criterion leadership.in-development-plan appears twice in criteria");
  }

  @Test
  void criterionResult_observationAndMissing_fitTheOutcomeAndTheBar() {
    CriterionResult met = SAMPLE.criterion("rehabilitation.urine-test-count").orElseThrow();
    assertThatThrownBy(
            () ->
                CriterionResult.builder()
                    .criterionId(met.criterionId())
                    .indicatorId(met.indicatorId())
                    .outcome(Outcome.NOT_ASSESSED)
                    .observation(met.observation())
                    .threshold(met.threshold())
                    .clause(met.clause())
                    .addMissing(new MissingEvidence.MissingCount(Metrics.URINE_TEST_TESTS_DONE))
                    .build())
        .isInstanceOf(IllegalArgumentException.class)
        .hasMessageContaining("observation must be empty exactly when the outcome is NOT_ASSESSED");
    assertThatThrownBy(
            () ->
                CriterionResult.builder()
                    .criterionId(met.criterionId())
                    .indicatorId(met.indicatorId())
                    .outcome(Outcome.NOT_MET)
                    .observation(new Observation.CountObservation(3))
                    .threshold(met.threshold())
                    .clause(met.clause())
                    .build())
        .isInstanceOf(IllegalArgumentException.class)
        .hasMessageContaining("an observation of kind count does not fit a bar of kind min-share");
    assertThatThrownBy(
            () ->
                CriterionResult.builder()
                    .criterionId(met.criterionId())
                    .indicatorId(met.indicatorId())
                    .outcome(Outcome.NOT_MET)
                    .observation(met.observation())
                    .threshold(met.threshold())
                    .clause(met.clause())
                    .addMissing(new MissingEvidence.MissingCount(Metrics.URINE_TEST_TESTS_DONE))
                    .build())
        .isInstanceOf(IllegalArgumentException.class)
        .hasMessageContaining("missing must be non-empty exactly when the outcome is NOT_ASSESSED");
  }

  @Test
  void observations_checkTheirFigures() {
    assertThatThrownBy(() -> new Observation.ShareObservation(11, 10))
        .isInstanceOf(IllegalArgumentException.class)
        .hasMessage("part (11) must not exceed whole (10)");
    assertThatThrownBy(() -> new Observation.RateObservation(1, 0))
        .isInstanceOf(IllegalArgumentException.class)
        .hasMessage("base (0) must be at least 1");
    assertThatThrownBy(() -> new Observation.CountObservation(-1))
        .isInstanceOf(IllegalArgumentException.class)
        .hasMessage("value (-1) must not be negative");
    assertThatThrownBy(
            () ->
                new Observation.LettersObservation(
                    0,
                    ImmutableList.of(
                        new Observation.Lapse("x", Optional.empty(), Optional.empty()))))
        .isInstanceOf(IllegalArgumentException.class);
    assertThatThrownBy(() -> new Observation.PeerObservation(1, 10, Optional.empty(), 2))
        .isInstanceOf(IllegalArgumentException.class);
    assertThat(new Observation.ShareObservation(0, 0).share()).isEmpty();
    assertThat(new Observation.ShareObservation(18, 20).share()).hasValue(Ratio.of(9, 10));
    assertThat(
            new Observation.SettingsObservation(
                    com.google.common.collect.ImmutableSet.of(Setting.FAMILY),
                    com.google.common.collect.ImmutableSet.of())
                .kind())
        .isEqualTo(ObservationKind.SETTINGS);
    assertThat(CanonicalNames.of(ObservationKind.SHARE_INCREASE)).isEqualTo("share-increase");
  }

  @Test
  void calendarPeriods_printAndParseTheirLabels() {
    assertThat(CalendarPeriod.of(Cadence.MONTH, YearMonth.of(2025, 3))).hasToString("2025-03");
    assertThat(CalendarPeriod.of(Cadence.QUARTER, YearMonth.of(2025, 7))).hasToString("2025-Q3");
    assertThat(CalendarPeriod.of(Cadence.HALF_YEAR, YearMonth.of(2025, 1))).hasToString("2025-H1");
    assertThat(CalendarPeriod.containing(Cadence.QUARTER, YearMonth.of(2025, 8)))
        .isEqualTo(CalendarPeriod.parse("2025-Q3"));
    for (String label : List.of("2025-03", "2025-12", "2025-Q1", "2025-Q4", "2025-H1", "2025-H2")) {
      assertThat(CalendarPeriod.parse(label)).hasToString(label);
    }
    assertThatThrownBy(() -> CalendarPeriod.of(Cadence.QUARTER, YearMonth.of(2025, 2)))
        .isInstanceOf(IllegalArgumentException.class)
        .hasMessage("start (2025-02) is not the first month of a quarter");
    for (String bad : List.of("2025-13", "2025-Q5", "2025-H3", "25-01", "2025-1")) {
      assertThatThrownBy(() -> CalendarPeriod.parse(bad))
          .as(bad)
          .isInstanceOf(IllegalArgumentException.class);
    }
  }

  @Test
  void evidenceDigest_isSha256OfTheCanonicalForm_andChangesWithAnyFigure() {
    Evidence sample = SampleEvidence.sampleTown().build();
    assertThat(SAMPLE.evidenceDigest())
        .isEqualTo(EvidenceDigest.of(sample))
        .matches("sha256:[0-9a-f]{64}");
    assertThat(EvidenceDigest.canonicalForm(sample))
        .startsWith("evidence\t1\nunit\t310199-001\t东沙镇\ttown\t310199\n");
    assertThat(sample.evidenceDigest())
        .as("the streamed digest is the SHA-256 of the whole canonical form's UTF-8 bytes")
        .isEqualTo(
            "sha256:"
                + com.google.common.hash.Hashing.sha256()
                    .hashString(
                        EvidenceDigest.canonicalForm(sample),
                        java.nio.charset.StandardCharsets.UTF_8));
    long reached = SampleEvidence.sampleTown().countOf(Metrics.POPULATION_REACHED);
    assertThat(
            SampleEvidence.sampleTown()
                .count(Metrics.POPULATION_REACHED, reached - 1)
                .assess()
                .evidenceDigest())
        .isNotEqualTo(SAMPLE.evidenceDigest());
    assertThat(SampleEvidence.sampleTown().withoutEvents().assess().evidenceDigest())
        .isNotEqualTo(SampleEvidence.sampleTown().events(List.of()).assess().evidenceDigest());
  }

  @Test
  void reasonKinds_decideTheirOutcome() {
    assertThat(ReasonKind.VETO_ITEM_NOT_ASSESSED.overall()).isEqualTo(OverallOutcome.INCOMPLETE);
    assertThat(ReasonKind.VETO_ITEM_NOT_MET.overall()).isEqualTo(OverallOutcome.VETOED);
    assertThat(ReasonKind.BELOW_PASS_MARK.overall()).isEqualTo(OverallOutcome.NOT_QUALIFIED);
    assertThat(ReasonKind.ALL_MET.overall()).isEqualTo(OverallOutcome.QUALIFIED);
    assertThat(CanonicalNames.of(ReasonKind.VETO_ITEM_NOT_ASSESSED))
        .isEqualTo("veto-item-not-assessed");
  }
}
