package io.github.jindu;

import static org.assertj.core.api.Assertions.assertThat;

import io.github.jindu.catalogue.Metrics;
import io.github.jindu.catalogue.MunicipalModelCommunity;
import io.github.jindu.testing.Notation;
import java.time.Year;
import org.junit.jupiter.api.Test;

/** The embedding example of README.md, verbatim, with its claims as assertions. */
class ReadmeExampleTest {
  @Test
  void readmeExample_givesTheOutcomesItClaims() {
    Evidence evidence =
        Evidence.builder()
            .unit(Unit.of("310199-001", "东沙镇", UnitKind.TOWN, "310199"))
            .period(AssessmentPeriod.ofYear(Year.of(2025)))
            .putCounts(Metrics.POPULATION_ACTUAL, 84_210L)
            .putCounts(Metrics.POPULATION_REACHED, 78_950L)
            .putCounts(Metrics.USERS_NEW, 4L)
            .putAttestations("leadership.regular-study", Attestation.of(true, "镇党委会议纪要 2025年第3期"))
            .build();

    AssessmentResult result = MunicipalModelCommunity.criteriaSet().assess(evidence);

    assertThat(result.overall()).isEqualTo(OverallOutcome.INCOMPLETE);
    assertThat(result.reason().kind()).isEqualTo(ReasonKind.GATING_NOT_ASSESSED);
    CriterionResult rate = result.criterion("results.new-user-rate").orElseThrow();
    assertThat(rate.outcome()).isEqualTo(Outcome.MET);
    assertThat(rate.observation()).hasValue(new Observation.RateObservation(4, 84210));
    assertThat(Notation.of(rate.threshold())).isEqualTo("<= 0.5 per 10000");
    assertThat(rate.threshold().toString())
        .startsWith("MaxRate{")
        .contains("rate=1/2, per=10000, comparison=AT_MOST");
    assertThat(rate.clause()).isEqualTo("二(十)");
    assertThat(rate.gap()).isEmpty();
  }
}
