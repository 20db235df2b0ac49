package io.github.jindu.points;

import static io.github.jindu.testing.ScoredSet.COVERAGE;
import static io.github.jindu.testing.ScoredSet.HOTSPOTS;
import static io.github.jindu.testing.ScoredSet.PLAN;
import static io.github.jindu.testing.ScoredSet.PRODUCTION;
import static io.github.jindu.testing.ScoredSet.RECOGNITION;
import static io.github.jindu.testing.ScoredSet.band;
import static io.github.jindu.testing.ScoredSet.d;
import static io.github.jindu.testing.ScoredSet.points;
import static io.github.jindu.testing.ScoredSet.town;
import static org.assertj.core.api.Assertions.assertThat;
import static org.quicktheories.QuickTheory.qt;
import static org.quicktheories.generators.SourceDSL.longs;

import io.github.jindu.AssessmentResult;
import io.github.jindu.CriteriaSet;
import io.github.jindu.Outcome;
import io.github.jindu.OverallOutcome;
import io.github.jindu.catalogue.Metrics;
import io.github.jindu.testing.ScoredSet;
import java.math.BigDecimal;
import org.junit.jupiter.api.Test;

/**
 * Scores under a points scheme, through {@link CriteriaSet#assess}: the fixture {@link ScoredSet} gives 25 + 25 + 20
 * points, 10 to 20 for the coverage tiers, 10 for the indicator {@code results}, and a bonus of 5 capped at 3.
 */
class ScoringTest {
  private static final CriteriaSet STANDARD = ScoredSet.standardSet();

  private static Score score(ScoredSet.Town town) {
    return town.assessOn(STANDARD).score().orElseThrow();
  }

  private static BigDecimal coveragePoints(long reached, long actual) {
    return score(town().coverage(reached, actual)).criterionPoints().get(COVERAGE);
  }

  // ---- everything met ----

  @Test
  void everyGatingCriterionMet_earnsAllPoints_andTheBandHoldingTheTotal() {
    AssessmentResult result = town().assessOn(STANDARD);
    Score score = result.score().orElseThrow();
    assertThat(score.criterionPoints()).containsOnlyKeys(HOTSPOTS, PRODUCTION, COVERAGE, PLAN);
    assertThat(score.criterionPoints().get(HOTSPOTS)).isEqualByComparingTo("25");
    assertThat(score.criterionPoints().get(PRODUCTION)).isEqualByComparingTo("25");
    assertThat(score.criterionPoints().get(COVERAGE)).isEqualByComparingTo("20");
    assertThat(score.criterionPoints().get(PLAN)).isEqualByComparingTo("20");
    assertThat(score.indicatorPoints()).containsOnlyKeys("results");
    assertThat(score.indicatorPoints().get("results")).isEqualByComparingTo("10");
    assertThat(score.bonus()).isEqualByComparingTo("0");
    assertThat(score.deductions()).isEqualByComparingTo("0");
    assertThat(score.total()).isEqualByComparingTo("100");
    assertThat(score.maxTotal()).isEqualByComparingTo("103");
    assertThat(score.passMark()).isEqualByComparingTo("80");
    assertThat(score.band().chineseName()).isEqualTo("优秀");
    assertThat(result.overall()).isEqualTo(OverallOutcome.QUALIFIED);
  }

  @Test
  void scores_areWrittenInTheirShortestForm() {
    CriteriaSet set =
        ScoredSet.with(
            PointsScheme.builder()
                .putCriterionPoints(HOTSPOTS, d("2.50"))
                .putCriterionPoints(PRODUCTION, d("7.50"))
                .passMark(d("5.00"))
                .addBands(
                    band("不合格", "failed", "0", true, "5", false),
                    band("合格", "passed", "5", true, "10", true))
                .build());
    Score score = town().assessOn(set).score().orElseThrow();
    assertThat(score.criterionPoints().get(HOTSPOTS)).isEqualTo(d("2.5"));
    assertThat(score.total()).isEqualTo(d("10"));
    assertThat(score.maxTotal()).isEqualTo(d("10"));
    assertThat(score.deductions()).isEqualTo(d("0"));
  }

  // ---- the pass mark ----

  @Test
  void passMark_exactlyReached_qualifies() {
    // the plan attested not met: 25 + 25 + 20 + 10 = 80
    AssessmentResult result = town().attest(PLAN, false).assessOn(STANDARD);
    assertThat(result.score().orElseThrow().total()).isEqualByComparingTo("80");
    assertThat(result.score().orElseThrow().band().chineseName()).isEqualTo("合格");
    assertThat(result.overall()).isEqualTo(OverallOutcome.QUALIFIED);
  }

  @Test
  void passMark_onePointShort_doesNotQualify() {
    // the plan not attested: 0 points for it and 1 deducted, 79
    AssessmentResult result = town().withoutAttestation(PLAN).assessOn(STANDARD);
    assertThat(result.criterion(PLAN).orElseThrow().outcome()).isEqualTo(Outcome.NOT_ASSESSED);
    assertThat(result.score().orElseThrow().deductions()).isEqualByComparingTo("1");
    assertThat(result.score().orElseThrow().total()).isEqualByComparingTo("79");
    assertThat(result.score().orElseThrow().band().chineseName()).isEqualTo("不合格");
    assertThat(result.overall()).isEqualTo(OverallOutcome.NOT_QUALIFIED);
  }

  @Test
  void passMark_aHundredthAboveTheTotal_doesNotQualify_atTheTotal_does() {
    assertThat(town().assessOn(ScoredSet.with(ScoredSet.passingFrom("100"))).overall())
        .isEqualTo(OverallOutcome.QUALIFIED);
    assertThat(town().assessOn(ScoredSet.with(ScoredSet.passingFrom("100.01"))).overall())
        .isEqualTo(OverallOutcome.NOT_QUALIFIED);
  }

  @Test
  void aGatingCriterionNotMet_underAScheme_costsItsPointsButNeedNotDisqualify() {
    AssessmentResult result = town().count(Metrics.HOTSPOTS, 1).assessOn(STANDARD);
    Score score = result.score().orElseThrow();
    assertThat(score.criterionPoints().get(HOTSPOTS)).isEqualByComparingTo("0");
    assertThat(score.indicatorPoints().get("results")).isEqualByComparingTo("0");
    assertThat(score.total()).isEqualByComparingTo("65");
    assertThat(result.overall()).isEqualTo(OverallOutcome.NOT_QUALIFIED);
    AssessmentResult lenient =
        town().count(Metrics.HOTSPOTS, 1).assessOn(ScoredSet.with(ScoredSet.passingFrom("65")));
    assertThat(lenient.criterion(HOTSPOTS).orElseThrow().outcome()).isEqualTo(Outcome.NOT_MET);
    assertThat(lenient.overall()).isEqualTo(OverallOutcome.QUALIFIED);
  }

  // ---- tiered credit ----

  @Test
  void tier_exactlyReached_earnsIt_oneShort_earnsTheTierBelow() {
    assertThat(coveragePoints(1000, 1000)).isEqualByComparingTo("20");
    assertThat(coveragePoints(980, 1000)).isEqualByComparingTo("20");
    assertThat(coveragePoints(979, 1000)).isEqualByComparingTo("15");
    assertThat(coveragePoints(950, 1000)).isEqualByComparingTo("15");
    assertThat(coveragePoints(949, 1000)).isEqualByComparingTo("10");
    assertThat(coveragePoints(900, 1000)).isEqualByComparingTo("10");
  }

  @Test
  void tier_isDecidedOnTheExactShare_notOnARoundedPercent() {
    // 899999/1000000 prints as 90.0 % but is below 9/10: the bar is not met, no tier is reached
    assertThat(coveragePoints(899_999, 1_000_000)).isEqualByComparingTo("0");
    // 949999/1000000 is below 19/20
    assertThat(coveragePoints(949_999, 1_000_000)).isEqualByComparingTo("10");
  }

  @Test
  void tieredCriterion_notMet_earnsNothing_andCostsItsIndicatorsPoints() {
    Score score = score(town().coverage(899, 1000));
    assertThat(score.criterionPoints().get(COVERAGE)).isEqualByComparingTo("0");
    assertThat(score.indicatorPoints().get("results")).isEqualByComparingTo("0");
    assertThat(score.total()).isEqualByComparingTo("70");
  }

  @Test
  void tieredCriterion_withNothingToMeasure_isNotApplicable_andEarnsTheTopTier() {
    AssessmentResult result = town().coverage(0, 0).assessOn(STANDARD);
    assertThat(result.criterion(COVERAGE).orElseThrow().outcome())
        .isEqualTo(Outcome.NOT_APPLICABLE);
    assertThat(result.score().orElseThrow().criterionPoints().get(COVERAGE))
        .isEqualByComparingTo("20");
    assertThat(result.score().orElseThrow().indicatorPoints().get("results"))
        .isEqualByComparingTo("10");
    assertThat(result.score().orElseThrow().total()).isEqualByComparingTo("100");
  }

  @Test
  void tieredCriterion_withoutEvidence_earnsNothing_andIsDeducted() {
    Score score = score(town().without(Metrics.POPULATION_REACHED));
    assertThat(score.criterionPoints().get(COVERAGE)).isEqualByComparingTo("0");
    assertThat(score.deductions()).isEqualByComparingTo("1");
    assertThat(score.total()).isEqualByComparingTo("69");
  }

  @Test
  void tiers_belowTheBar_earnNothingEvenWhenMet() {
    // the bar is 9/10; a lowest tier above it leaves a met share of 9/10 to 19/20 with nothing
    CriteriaSet set =
        ScoredSet.with(
            PointsScheme.builder()
                .putTiers(
                    COVERAGE,
                    com.google.common.collect.ImmutableList.of(
                        PointsScheme.Tier.of(io.github.jindu.Ratio.of(19, 20), d("5"))))
                .passMark(d("5"))
                .addBands(
                    band("不合格", "failed", "0", true, "5", false),
                    band("合格", "passed", "5", true, "5", true))
                .build());
    AssessmentResult met = town().coverage(949, 1000).assessOn(set);
    assertThat(met.criterion(COVERAGE).orElseThrow().outcome()).isEqualTo(Outcome.MET);
    assertThat(met.score().orElseThrow().criterionPoints().get(COVERAGE)).isEqualByComparingTo("0");
    assertThat(met.overall()).isEqualTo(OverallOutcome.NOT_QUALIFIED);
    assertThat(town().coverage(950, 1000).assessOn(set).overall())
        .isEqualTo(OverallOutcome.QUALIFIED);
  }

  @Test
  void tieredPoints_neverFallAsTheShareRises() {
    qt().forAll(
            longs().between(1, 100_000), longs().between(0, 100_000), longs().between(0, 100_000))
        .check(
            (actual, a, b) -> {
              long lower = Math.min(a, b) % (actual + 1);
              long higher = Math.max(lower, Math.max(a, b) % (actual + 1));
              return coveragePoints(lower, actual).compareTo(coveragePoints(higher, actual)) <= 0;
            });
  }

  // ---- indicator points ----

  @Test
  void indicatorPoints_needEveryGatingCriterionOfTheIndicatorToPass() {
    assertThat(score(town()).indicatorPoints().get("results")).isEqualByComparingTo("10");
    assertThat(score(town().count(Metrics.PRODUCTION_SITES, 1)).indicatorPoints().get("results"))
        .isEqualByComparingTo("0");
    assertThat(score(town().without(Metrics.HOTSPOTS)).indicatorPoints().get("results"))
        .isEqualByComparingTo("0");
  }

  @Test
  void indicatorPoints_ignoreTheIndicatorsAdvisoryCriteria() {
    CriteriaSet set =
        ScoredSet.with(
            PointsScheme.builder()
                .putIndicatorPoints("work", d("10"))
                .passMark(d("10"))
                .addBands(
                    band("不合格", "failed", "0", true, "10", false),
                    band("合格", "passed", "10", true, "10", true))
                .build());
    Score noRecognition =
        town().withoutAttestation(RECOGNITION).assessOn(set).score().orElseThrow();
    assertThat(noRecognition.indicatorPoints().get("work")).isEqualByComparingTo("10");
    assertThat(noRecognition.indicatorPoints()).containsOnlyKeys("work");
    assertThat(
            town()
                .attest(PLAN, false)
                .assessOn(set)
                .score()
                .orElseThrow()
                .indicatorPoints()
                .get("work"))
        .isEqualByComparingTo("0");
  }

  // ---- deductions ----

  @Test
  void deductions_onePerGatingItemNotAssessed_belowTheCap() {
    assertThat(score(town()).deductions()).isEqualByComparingTo("0");
    assertThat(score(town().without(Metrics.HOTSPOTS)).deductions()).isEqualByComparingTo("1");
  }

  @Test
  void deductions_exactlyAtTheCap_areTheCap() {
    Score score = score(town().without(Metrics.HOTSPOTS).withoutAttestation(PLAN));
    assertThat(score.deductions()).isEqualByComparingTo("2");
    // 25 (production) + 20 (coverage) - 2
    assertThat(score.total()).isEqualByComparingTo("43");
  }

  @Test
  void deductions_aboveTheCap_stopAtIt() {
    Score score =
        score(
            town()
                .without(Metrics.HOTSPOTS)
                .withoutAttestation(PLAN)
                .without(Metrics.POPULATION_ACTUAL));
    assertThat(score.deductions()).isEqualByComparingTo("2");
    assertThat(score.total()).isEqualByComparingTo("23");
  }

  @Test
  void deductions_neverCountAnAdvisoryCriterionNotAssessed() {
    Score score = score(town().withoutAttestation(RECOGNITION));
    assertThat(score.deductions()).isEqualByComparingTo("0");
    assertThat(score.total()).isEqualByComparingTo("100");
  }

  @Test
  void deductions_withoutACap_countEveryMissingItem_andTheTotalNeverFallsBelowZero() {
    CriteriaSet set =
        ScoredSet.with(
            points()
                .perMissingItem(d("50"))
                .passMark(d("80"))
                .addBands(
                    band("不合格", "failed", "0", true, "80", false),
                    band("合格", "passed", "80", true, "105", true))
                .build());
    ScoredSet.Town nothing =
        town()
            .without(Metrics.HOTSPOTS)
            .without(Metrics.PRODUCTION_SITES)
            .without(Metrics.POPULATION_REACHED)
            .without(Metrics.POPULATION_ACTUAL)
            .withoutAttestation(PLAN)
            .withoutAttestation(RECOGNITION);
    AssessmentResult result = nothing.assessOn(set);
    Score score = result.score().orElseThrow();
    assertThat(score.deductions()).isEqualByComparingTo("200");
    assertThat(score.total()).isEqualByComparingTo("0");
    assertThat(score.band().chineseName()).isEqualTo("不合格");
    // the veto item production has no evidence: the unit cannot be cleared of it
    assertThat(result.overall()).isEqualTo(OverallOutcome.INCOMPLETE);
  }

  @Test
  void deductions_ofACapOfZero_areNone() {
    CriteriaSet set =
        ScoredSet.with(
            points()
                .perMissingItem(d("1"))
                .missingCap(d("0"))
                .passMark(d("80"))
                .addBands(
                    band("不合格", "failed", "0", true, "80", false),
                    band("合格", "passed", "80", true, "105", true))
                .build());
    Score score = town().without(Metrics.HOTSPOTS).assessOn(set).score().orElseThrow();
    assertThat(score.deductions()).isEqualByComparingTo("0");
    assertThat(score.total()).isEqualByComparingTo("65");
  }

  // ---- bonus ----

  @Test
  void bonus_aboveTheCap_isTheCap() {
    Score score = score(town().attest(RECOGNITION, true));
    assertThat(score.bonus()).isEqualByComparingTo("3");
    assertThat(score.total()).isEqualByComparingTo("103");
    assertThat(score.total()).isEqualByComparingTo(score.maxTotal());
    assertThat(score.band().chineseName()).isEqualTo("优秀");
  }

  @Test
  void bonus_belowOrAtTheCap_isEarnedWhole() {
    for (String cap : new String[] {"5", "6"}) {
      CriteriaSet set =
          ScoredSet.with(
              points()
                  .bonusCap(d(cap))
                  .passMark(d("80"))
                  .addBands(
                      band("不合格", "failed", "0", true, "80", false),
                      band("合格", "passed", "80", true, "105", true))
                  .build());
      Score score = town().attest(RECOGNITION, true).assessOn(set).score().orElseThrow();
      assertThat(score.bonus()).as("cap %s", cap).isEqualByComparingTo("5");
      assertThat(score.total()).as("cap %s", cap).isEqualByComparingTo("105");
    }
  }

  @Test
  void bonus_ofACriterionNotMet_orNotAssessed_isNothing() {
    assertThat(score(town().attest(RECOGNITION, false)).bonus()).isEqualByComparingTo("0");
    assertThat(score(town().withoutAttestation(RECOGNITION)).bonus()).isEqualByComparingTo("0");
  }

  @Test
  void bonus_ofAGatingCriterion_isAddedToItsPoints() {
    CriteriaSet set =
        ScoredSet.with(
            PointsScheme.builder()
                .putCriterionPoints(HOTSPOTS, d("10"))
                .putBonusPoints(HOTSPOTS, d("2"))
                .passMark(d("10"))
                .addBands(
                    band("不合格", "failed", "0", true, "10", false),
                    band("合格", "passed", "10", true, "12", true))
                .build());
    assertThat(town().assessOn(set).score().orElseThrow().total()).isEqualByComparingTo("12");
    assertThat(town().count(Metrics.HOTSPOTS, 2).assessOn(set).score().orElseThrow().total())
        .isEqualByComparingTo("0");
  }

  // ---- veto items ----

  @Test
  void vetoItem_met_leavesTheOutcomeToThePassMark() {
    assertThat(town().assessOn(STANDARD).overall()).isEqualTo(OverallOutcome.QUALIFIED);
  }

  @Test
  void vetoItem_notMet_vetoes_whateverTheScore() {
    AssessmentResult result =
        town()
            .count(Metrics.PRODUCTION_SITES, 1)
            .attest(RECOGNITION, true)
            .assessOn(ScoredSet.with(ScoredSet.passingFrom("4")));
    assertThat(result.score().orElseThrow().total()).isEqualByComparingTo("68");
    assertThat(result.overall()).isEqualTo(OverallOutcome.VETOED);
  }

  @Test
  void vetoItem_notAssessed_leavesTheUnitIncomplete_whateverTheScore() {
    AssessmentResult result =
        town()
            .without(Metrics.PRODUCTION_SITES)
            .assessOn(ScoredSet.with(ScoredSet.passingFrom("4")));
    assertThat(result.score().orElseThrow().total()).isEqualByComparingTo("64");
    assertThat(result.overall()).isEqualTo(OverallOutcome.INCOMPLETE);
  }

  @Test
  void vetoItem_notMet_outranksAnotherNotAssessed() {
    CriteriaSet set =
        ScoredSet.with(
            points()
                .perMissingItem(d("1"))
                .missingCap(d("2"))
                .bonusCap(d("3"))
                .addVetoItems(HOTSPOTS)
                .passMark(d("80"))
                .addAllBands(ScoredSet.standardBands())
                .build());
    assertThat(
            town()
                .count(Metrics.PRODUCTION_SITES, 1)
                .without(Metrics.HOTSPOTS)
                .assessOn(set)
                .overall())
        .isEqualTo(OverallOutcome.VETOED);
    assertThat(
            town()
                .without(Metrics.PRODUCTION_SITES)
                .count(Metrics.HOTSPOTS, 1)
                .assessOn(set)
                .overall())
        .isEqualTo(OverallOutcome.VETOED);
  }

  @Test
  void aVetoFinding_vetoesAScoredUnit_whateverTheScore() {
    AssessmentResult result =
        town().attest(RECOGNITION, true).veto("区综治委通报 2025-7号").assessOn(STANDARD);
    assertThat(result.score().orElseThrow().total()).isEqualByComparingTo("103");
    assertThat(result.overall()).isEqualTo(OverallOutcome.VETOED);
  }

  @Test
  void withoutAScheme_thereIsNoScore_andTheOutcomeIsEveryGatingCriterionMet() {
    CriteriaSet unscored = ScoredSet.unscored();
    assertThat(town().assessOn(unscored).score()).isEmpty();
    assertThat(town().assessOn(unscored).overall()).isEqualTo(OverallOutcome.QUALIFIED);
    assertThat(town().attest(PLAN, false).assessOn(unscored).overall())
        .isEqualTo(OverallOutcome.NOT_QUALIFIED);
    assertThat(town().withoutAttestation(PLAN).assessOn(unscored).overall())
        .isEqualTo(OverallOutcome.INCOMPLETE);
  }

  @Test
  void criteriaTheSchemeDoesNotName_earnNothing_andAreNotListed() {
    CriteriaSet set =
        ScoredSet.with(
            PointsScheme.builder()
                .putCriterionPoints(PLAN, d("1"))
                .passMark(d("1"))
                .addBands(
                    band("不合格", "failed", "0", true, "1", false),
                    band("合格", "passed", "1", true, "1", true))
                .build());
    Score score = town().count(Metrics.HOTSPOTS, 3).assessOn(set).score().orElseThrow();
    assertThat(score.criterionPoints()).containsOnlyKeys(PLAN);
    assertThat(score.indicatorPoints()).isEmpty();
    assertThat(score.total()).isEqualByComparingTo("1");
  }

  @Test
  void assessingTwice_givesEqualScores() {
    assertThat(score(town().coverage(951, 1000))).isEqualTo(score(town().coverage(951, 1000)));
  }
}
