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
 * default criteria set, read the outcomes. It extends the example of the README with a few dated events.
 *
 * <p>The evidence is deliberately thin: the criteria whose evidence is absent come out {@code NOT_ASSESSED}
 * (missing evidence never passes), and since a present event list is the complete record, the town held no
 * prevention activity from February on, so 月月有活动 ({@code prevention.monthly-activities}) is {@code NOT_MET}
 * and the overall outcome is {@code NOT_QUALIFIED}.
 */
public final class EmbeddingExample {
  private EmbeddingExample() {}

  /**
   * Runs the example and prints the overall outcome and a few criteria to standard output.
   *
   * @param args ignored
   */
  public static void main(String[] args) {
    Evidence evidence =
        Evidence.builder()
            .unit(Unit.of("310199-001", "东沙镇", UnitKind.TOWN, "310199"))
            .period(AssessmentPeriod.ofYear(Year.of(2025)))
            .putCounts(Metrics.POPULATION_ACTUAL, 84_210L)
            .putCounts(Metrics.POPULATION_REACHED, 78_950L) // 93.75 % >= 90 %
            .putCounts(Metrics.USERS_NEW, 4L) // 0.475 per 10,000 <= 0.5
            .events(
                ImmutableList.of(
                    Event.of(EventType.PREVENTION_PLAN, LocalDate.of(2025, 1, 22)),
                    Event.activity(LocalDate.of(2025, 1, 14), Setting.COMMUNITY, Setting.FAMILY),
                    Event.of(EventType.INSPECTION, LocalDate.of(2025, 3, 20))))
            .putAttestations("leadership.regular-study", Attestation.of(true, "镇党委会议纪要 2025年第3期"))
            .build(); // throws InvalidEvidenceException for the rules of evidence itself (a
    // negative count…)

    // throws InvalidEvidenceException for the rules of the set (a numerator above its denominator…)
    AssessmentResult result = MunicipalModelCommunity.criteriaSet().assess(evidence);

    System.out.println("overall: " + result.overall());
    System.out.println(
        "met: "
            + result.count(Outcome.MET)
            + ", not met: "
            + result.count(Outcome.NOT_MET)
            + ", not assessed: "
            + result.count(Outcome.NOT_ASSESSED));
    for (String id :
        List.of(
            "prevention.population-coverage",
            "results.new-user-rate",
            "prevention.annual-plan",
            "prevention.monthly-activities",
            "leadership.in-development-plan")) {
      CriterionResult r = result.criterion(id).orElseThrow();
      // A result is data: what was observed (exact integers, dates) or what evidence was missing.
      System.out.println(
          id
              + ": "
              + r.outcome()
              + " ("
              + r.observation().map(Object::toString).orElse("missing " + r.missing())
              + ")");
    }
  }
}
