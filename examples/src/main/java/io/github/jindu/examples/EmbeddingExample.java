package io.github.jindu.examples;

import com.google.common.collect.ImmutableList;
import io.github.jindu.AssessmentPeriod;
import io.github.jindu.AssessmentResult;
import io.github.jindu.Attestation;
import io.github.jindu.CriterionResult;
import io.github.jindu.Event;
import io.github.jindu.EventType;
import io.github.jindu.Evidence;
import io.github.jindu.Outcome;
import io.github.jindu.Setting;
import io.github.jindu.Unit;
import io.github.jindu.UnitKind;
import io.github.jindu.catalogue.Metrics;
import io.github.jindu.catalogue.MunicipalModelCommunity;
import java.time.LocalDate;
import java.time.Year;
import java.util.List;

/**
 * Embedding Jindu in a Java application: build a town's evidence with the builders, assess it against the
 * default criteria set, read the outcomes. The evidence is deliberately thin, so most criteria come out
 * {@code NOT_ASSESSED} (no evidence never passes) and the overall outcome is {@code NOT_QUALIFIED}: three new
 * users among 40,000 people is 0.75 per 10,000, above the bar of 0.5.
 */
public final class EmbeddingExample {
  private EmbeddingExample() {}

  /**
   * Runs the example and prints the overall outcome and a few criteria to standard output.
   *
   * @param args ignored
   */
  public static void main(String[] args) {
    Evidence evidence = Evidence.builder()
        .unit(Unit.of("310199-007", "西湖镇", UnitKind.TOWN, "310199"))
        .period(AssessmentPeriod.ofYear(Year.of(2025)))
        .putCounts(Metrics.POPULATION_ACTUAL, 40_000)
        .putCounts(Metrics.POPULATION_REACHED, 36_500) // 91.25 % >= 90 %
        .putCounts(Metrics.USERS_NEW, 3) // 0.75 per 10,000 > 0.5
        .putCounts(Metrics.HOTSPOTS, 0)
        .events(ImmutableList.of(
            Event.of(EventType.PREVENTION_PLAN, LocalDate.of(2025, 2, 10)),
            Event.activity(LocalDate.of(2025, 1, 14), Setting.COMMUNITY, Setting.SCHOOL),
            Event.of(EventType.INSPECTION, LocalDate.of(2025, 3, 20))))
        .putAttestations("leadership.in-development-plan", Attestation.of(true, "镇发展规划 第五章"))
        .build(); // throws InvalidEvidenceException, with every violation, for evidence that breaks a rule

    AssessmentResult result = MunicipalModelCommunity.criteriaSet().assess(evidence);

    System.out.println("overall: " + result.overall());
    System.out.println("met: " + result.count(Outcome.MET) + ", not met: " + result.count(Outcome.NOT_MET)
        + ", not assessed: " + result.count(Outcome.NOT_ASSESSED));
    for (String id : List.of(
        "prevention.population-coverage",
        "results.new-user-rate",
        "prevention.annual-plan",
        "prevention.monthly-activities",
        "leadership.regular-study")) {
      CriterionResult r = result.criterion(id).orElseThrow();
      System.out.println(id + ": " + r.outcome() + " (" + r.explanation() + ")");
    }
  }
}
