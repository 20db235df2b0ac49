package io.github.jindu.benchmarks;

import static org.assertj.core.api.Assertions.assertThat;

import io.github.jindu.AssessmentResult;
import io.github.jindu.CriteriaSet;
import io.github.jindu.Evidence;
import io.github.jindu.InvalidEvidenceException;
import io.github.jindu.Outcome;
import io.github.jindu.OverallOutcome;
import java.util.ArrayList;
import java.util.EnumSet;
import java.util.List;
import java.util.Random;
import java.util.Set;
import org.junit.jupiter.api.Test;

/**
 * {@link DroolsCatalogue} agrees with Jindu, and so with {@link Baseline}, on every criterion's outcome and on
 * the overall outcome: for the sample town and for the same 1,000 seeded variants as {@code
 * BaselineAgreementTest} (its generator, its seed).
 */
class DroolsAgreementTest {
  private static final CriteriaSet SET = SampleTown.set();
  private static final Evidence SAMPLE = SampleTown.evidence();
  private static final DroolsCatalogue DROOLS = DroolsCatalogue.load();
  private static final int VARIANTS = 1_000;

  @Test
  void agreesOnTheSample() {
    agree(SAMPLE, SET.assess(SAMPLE));
  }

  @Test
  void agreesOnVariantsAroundEveryBar() {
    Random random = new Random(20251203L);
    List<Set<Outcome>> seen = new ArrayList<>();
    for (int i = 0; i < Baseline.CRITERIA; i++) {
      seen.add(EnumSet.noneOf(Outcome.class));
    }
    Set<OverallOutcome> overall = EnumSet.noneOf(OverallOutcome.class);
    int agreed = 0;
    int rejected = 0;
    while (agreed < VARIANTS) {
      Evidence variant;
      AssessmentResult result;
      try {
        variant = BaselineAgreementTest.variant(random, agreed % 5 == 0, agreed % 10 == 0);
        result = SET.assess(variant);
      } catch (InvalidEvidenceException e) {
        rejected++;
        assertThat(rejected).as("invalid variants").isLessThan(VARIANTS);
        continue;
      }
      agree(variant, result);
      for (int i = 0; i < Baseline.CRITERIA; i++) {
        seen.get(i).add(result.criteria().get(i).outcome());
      }
      overall.add(result.overall());
      agreed++;
    }
    System.out.printf(
        "Drools: %d variants agreed, %d invalid ones regenerated%n", agreed, rejected);
    for (int i = 0; i < Baseline.CRITERIA; i++) {
      assertThat(seen.get(i))
          .as(Baseline.IDS.get(i))
          .contains(Outcome.MET, Outcome.NOT_MET, Outcome.NOT_ASSESSED);
    }
    assertThat(overall).hasSize(3);
  }

  private static void agree(Evidence evidence, AssessmentResult result) {
    byte[] drools = new byte[Baseline.CRITERIA];
    int droolsOverall = DROOLS.assess(evidence, drools);
    byte[] baseline = new byte[Baseline.CRITERIA];
    int baselineOverall = Baseline.of(evidence).assess(baseline);
    for (int i = 0; i < Baseline.CRITERIA; i++) {
      assertThat(Outcome.values()[drools[i]])
          .as("%s of %s", Baseline.IDS.get(i), evidence)
          .isEqualTo(result.criteria().get(i).outcome());
    }
    assertThat(drools).isEqualTo(baseline);
    assertThat(OverallOutcome.values()[droolsOverall])
        .as("overall of %s", evidence)
        .isEqualTo(result.overall());
    assertThat(droolsOverall).isEqualTo(baselineOverall);
  }
}
