package io.github.jindu.district;

import static io.github.jindu.testing.ScoredSet.PLAN;
import static io.github.jindu.testing.ScoredSet.RECOGNITION;
import static io.github.jindu.testing.ScoredSet.town;
import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.groups.Tuple.tuple;

import io.github.jindu.AssessmentResult;
import io.github.jindu.CriteriaSet;
import io.github.jindu.Evidence;
import io.github.jindu.OverallOutcome;
import io.github.jindu.catalogue.Metrics;
import io.github.jindu.testing.ScoredSet;
import java.util.ArrayList;
import java.util.Collections;
import java.util.List;
import java.util.Random;
import org.junit.jupiter.api.Test;

/** A selection under a points scheme: within an outcome, the higher total first, equal totals tied. */
class SelectionByPointsTest {
  private static final CriteriaSet SCORED = ScoredSet.standardSet();

  /**
   * Six candidates: P-1 103 (the bonus), P-2 and P-3 100, P-4 80 (exactly the pass mark), P-5 79 (one short), P-6
   * vetoed by its veto item at 68.
   */
  private static List<Evidence> candidates() {
    return List.of(
        town().unit("P-3").build(),
        town().unit("P-5").withoutAttestation(PLAN).build(),
        town().unit("P-1").attest(RECOGNITION, true).build(),
        town().unit("P-6").count(Metrics.PRODUCTION_SITES, 1).attest(RECOGNITION, true).build(),
        town().unit("P-4").attest(PLAN, false).build(),
        town().unit("P-2").build());
  }

  @Test
  void byPoints_ranksTheHigherTotalFirst_andEqualTotalsShareARank() {
    Selection selection = Selection.of(candidates(), SCORED);
    assertThat(selection.orderId()).isEqualTo("points");
    assertThat(selection.candidates())
        .extracting(
            c -> c.unit().id(),
            Candidate::overall,
            Candidate::rank,
            Candidate::tied,
            c -> c.result().score().orElseThrow().total().stripTrailingZeros().toPlainString())
        .containsExactly(
            tuple("P-1", OverallOutcome.QUALIFIED, 1, false, "103"),
            tuple("P-2", OverallOutcome.QUALIFIED, 2, true, "100"),
            tuple("P-3", OverallOutcome.QUALIFIED, 2, true, "100"),
            tuple("P-4", OverallOutcome.QUALIFIED, 4, false, "80"),
            tuple("P-5", OverallOutcome.NOT_QUALIFIED, 5, false, "79"),
            tuple("P-6", OverallOutcome.VETOED, 6, false, "68"));
    assertThat(selection.qualified())
        .extracting(c -> c.unit().id())
        .containsExactly("P-1", "P-2", "P-3", "P-4");
  }

  @Test
  void byPoints_neverLiftsAHigherTotalAboveABetterOutcome() {
    // P-6 scores 68 but is vetoed; P-5 scores 79 and is not qualified: both after every qualified
    // candidate
    Selection selection = Selection.of(candidates(), SCORED);
    assertThat(selection.candidate("P-6").orElseThrow().rank())
        .isGreaterThan(selection.candidate("P-5").orElseThrow().rank());
  }

  @Test
  void outcomeOnly_onTheSameSet_tiesEveryQualifiedCandidate() {
    Selection selection = Selection.of(candidates(), SCORED, SelectionOrder.outcomeOnly());
    assertThat(selection.orderId()).isEqualTo("outcome");
    assertThat(selection.qualified())
        .extracting(c -> c.unit().id(), Candidate::rank)
        .containsExactly(tuple("P-1", 1), tuple("P-2", 1), tuple("P-3", 1), tuple("P-4", 1));
  }

  @Test
  void theRanking_doesNotDependOnTheOrderOfTheCandidates() {
    Selection expected = Selection.of(candidates(), SCORED);
    Random random = new Random(2025);
    for (int i = 0; i < 10; i++) {
      List<Evidence> shuffled = new ArrayList<>(candidates());
      Collections.shuffle(shuffled, random);
      assertThat(Selection.of(shuffled, SCORED)).isEqualTo(expected);
    }
  }

  @Test
  void of_choosesByPointsForAScoredSet_andOutcomeOnlyOtherwise() {
    assertThat(SelectionOrder.of(SCORED)).isSameAs(SelectionOrder.byPoints());
    assertThat(SelectionOrder.of(ScoredSet.unscored())).isSameAs(SelectionOrder.outcomeOnly());
    assertThat(SelectionOrder.byPoints().id()).isEqualTo("points");
    assertThat(SelectionOrder.outcomeOnly().id()).isEqualTo("outcome");
    assertThat(Selection.of(candidates(), ScoredSet.unscored()).orderId()).isEqualTo("outcome");
  }

  @Test
  void byPoints_comparesTotalsExactly_andPutsResultsWithoutAScoreLast() {
    AssessmentResult hundred = town().assessOn(SCORED);
    AssessmentResult eighty = town().attest(PLAN, false).assessOn(SCORED);
    AssessmentResult unscoredA = town().assessOn(ScoredSet.unscored());
    AssessmentResult unscoredB = town().unit("P-9").assessOn(ScoredSet.unscored());
    SelectionOrder order = SelectionOrder.byPoints();
    assertThat(order.compare(hundred, eighty)).isNegative();
    assertThat(order.compare(eighty, hundred)).isPositive();
    assertThat(order.compare(hundred, town().unit("P-8").assessOn(SCORED))).isZero();
    assertThat(order.compare(hundred, unscoredA)).isNegative();
    assertThat(order.compare(unscoredA, hundred)).isPositive();
    assertThat(order.compare(unscoredA, unscoredB)).isZero();
    assertThat(SelectionOrder.outcomeOnly().compare(hundred, eighty)).isZero();
  }

  @Test
  void byPoints_onAnUnscoredSet_tiesEveryCandidateOfAnOutcome() {
    Selection selection =
        Selection.of(candidates(), ScoredSet.unscored(), SelectionOrder.byPoints());
    assertThat(selection.orderId()).isEqualTo("points");
    assertThat(selection.candidates())
        .filteredOn(c -> c.overall() == OverallOutcome.QUALIFIED)
        .extracting(c -> c.unit().id(), Candidate::rank)
        .containsExactly(tuple("P-1", 1), tuple("P-2", 1), tuple("P-3", 1));
  }
}
