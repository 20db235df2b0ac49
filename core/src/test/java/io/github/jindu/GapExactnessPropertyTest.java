package io.github.jindu;

import static org.assertj.core.api.Assertions.assertThat;
import static org.quicktheories.QuickTheory.qt;
import static org.quicktheories.generators.SourceDSL.longs;

import io.github.jindu.Observation.IncreaseObservation;
import io.github.jindu.Observation.PeerFigure;
import io.github.jindu.Observation.PeerObservation;
import io.github.jindu.Observation.RateObservation;
import io.github.jindu.Observation.ShareIncreaseObservation;
import io.github.jindu.Observation.ShareObservation;
import io.github.jindu.bar.Comparison;
import io.github.jindu.bar.Increase;
import io.github.jindu.bar.LowestAmongPeers;
import io.github.jindu.bar.MaxRate;
import io.github.jindu.bar.MinShare;
import io.github.jindu.bar.Threshold;
import io.github.jindu.internal.Gaps;
import io.github.jindu.internal.Verdicts;
import java.util.Optional;
import java.util.Random;
import org.junit.jupiter.api.Test;

/**
 * The law "Gap exactness" of docs/spec/boundaries.md over random bars and figures near them: for every NOT_MET
 * numeric bar, the figure changed by the gap meets the bar, and one less of a change does not.
 */
class GapExactnessPropertyTest {
  private static final MetricKey PART = MetricKey.of("part");
  private static final MetricKey WHOLE = MetricKey.of("whole");

  /** {@return a value near {@code centre}, within a few units, at least {@code min}} */
  private static long near(Random random, long centre, long min, long max) {
    long v = centre + random.nextInt(7) - 3;
    return Math.max(min, Math.min(max, v));
  }

  private static Ratio bound(Random random) {
    long den = 1 + random.nextInt(random.nextBoolean() ? 100 : 100_000);
    return Ratio.of(random.nextInt((int) den + 1), den);
  }

  private static Outcome outcome(Threshold t, Observation o) {
    return Verdicts.outcome(t, o);
  }

  /** Checks the law for one bar and observation; returns whether a gap was checked. */
  private static boolean check(
      Threshold t, Observation o, java.util.function.LongFunction<Observation> with, long current) {
    Optional<Gap> gap = Gaps.of(t, o);
    if (outcome(t, o) != Outcome.NOT_MET) {
      assertThat(gap).as("no gap unless NOT_MET: %s %s", t, o).isEmpty();
      return false;
    }
    if (gap.isEmpty()) {
      return false;
    }
    if (gap.get() instanceof Gap.More more) {
      assertThat(outcome(t, with.apply(current + more.amount())))
          .as("%s %s %s", t, o, more)
          .isEqualTo(Outcome.MET);
      assertThat(outcome(t, with.apply(current + more.amount() - 1)))
          .as("%s %s %s", t, o, more)
          .isEqualTo(Outcome.NOT_MET);
    } else if (gap.get() instanceof Gap.Fewer fewer) {
      assertThat(outcome(t, with.apply(fewer.atMost())))
          .as("%s %s %s", t, o, fewer)
          .isEqualTo(Outcome.MET);
      assertThat(outcome(t, with.apply(fewer.atMost() + 1)))
          .as("%s %s %s", t, o, fewer)
          .isEqualTo(Outcome.NOT_MET);
    } else {
      throw new AssertionError("a numeric bar gave " + gap.get());
    }
    return true;
  }

  /** The sample town's unmet items, as the issue gives them: 15 tests, 3 persons, the third quarter. */
  @Test
  void theSampleTownsGaps_areTheChangesThatWouldMeetItsBars() {
    AssessmentResult result =
        io.github.jindu.testing.Doc.SET.assess(io.github.jindu.testing.Doc.sampleTown().build());
    java.util.Map<String, Optional<Gap>> gaps = new java.util.LinkedHashMap<>();
    result.criteria().stream()
        .filter(r -> r.outcome() == Outcome.NOT_MET)
        .forEach(r -> gaps.put(r.criterionId(), r.gap()));
    assertThat(gaps)
        .containsEntry(
            "rehabilitation.urine-test-count",
            Optional.of(new Gap.More(MetricKey.of("urine-test.tests-done"), 15)));
    assertThat(gaps)
        .containsEntry(
            "results.abstinence-3y",
            Optional.of(new Gap.More(MetricKey.of("users.abstinent-3y"), 3)));
    assertThat(result.criteria())
        .filteredOn(r -> r.outcome() != Outcome.NOT_MET)
        .allSatisfy(r -> assertThat(r.gap()).as(r.criterionId()).isEmpty());
  }

  @Test
  void applyingTheGapMeetsTheBar_andOneLessDoesNot_overRandomBarsAndFiguresNearThem() {
    int[] checked = new int[1];
    qt().withExamples(5000)
        .forAll(longs().all())
        .checkAssert(
            seed -> {
              Random random = new Random(seed);
              switch (random.nextInt(5)) {
                case 0 -> {
                  Comparison c =
                      random.nextBoolean() ? Comparison.AT_LEAST : Comparison.GREATER_THAN;
                  MinShare t = MinShare.of(PART, WHOLE, bound(random), c);
                  long whole = 1 + random.nextInt(random.nextBoolean() ? 50 : 2_000_000);
                  long centre = whole * t.bound().numerator() / t.bound().denominator();
                  long part = near(random, centre, 0, whole);
                  if (check(
                      t,
                      new ShareObservation(part, whole),
                      p -> new ShareObservation(p, whole),
                      part)) {
                    checked[0]++;
                  }
                }
                case 1 -> {
                  Comparison c = random.nextBoolean() ? Comparison.AT_MOST : Comparison.LESS_THAN;
                  MaxRate t = MaxRate.of(PART, WHOLE, bound(random), 1 + random.nextInt(10_000), c);
                  long base = 1 + random.nextInt(random.nextBoolean() ? 100 : 5_000_000);
                  long centre = base * t.bound().numerator() / t.bound().denominator();
                  long count = near(random, centre, 0, Long.MAX_VALUE) + random.nextInt(3);
                  check(
                      t,
                      new RateObservation(count, base),
                      n -> new RateObservation(n, base),
                      count);
                  checked[0]++;
                }
                case 2 -> {
                  long before = random.nextInt(1000);
                  long now = near(random, before, 0, Long.MAX_VALUE);
                  check(
                      Increase.ofCount(PART),
                      new IncreaseObservation(now, before),
                      n -> new IncreaseObservation(n, before),
                      now);
                }
                case 3 -> {
                  long wholeBefore = 1 + random.nextInt(5000);
                  long partBefore = random.nextInt((int) wholeBefore + 1);
                  long wholeNow = 1 + random.nextInt(5000);
                  long partNow = near(random, wholeNow * partBefore / wholeBefore, 0, wholeNow);
                  check(
                      Increase.ofShare(PART, WHOLE),
                      new ShareIncreaseObservation(partNow, wholeNow, partBefore, wholeBefore),
                      p -> new ShareIncreaseObservation(p, wholeNow, partBefore, wholeBefore),
                      partNow);
                }
                default -> {
                  PeerFigure lowest =
                      new PeerFigure("310199-009", 1 + random.nextInt(90_000), random.nextInt(20));
                  long population = 1 + random.nextInt(90_000);
                  long cases =
                      near(
                              random,
                              population * lowest.cases() / lowest.population(),
                              0,
                              Long.MAX_VALUE)
                          + 1;
                  check(
                      LowestAmongPeers.of(PART, WHOLE),
                      new PeerObservation(cases, population, Optional.of(lowest), 3),
                      n -> new PeerObservation(n, population, Optional.of(lowest), 3),
                      cases);
                }
              }
            });
    assertThat(checked[0]).as("gaps checked").isGreaterThan(500);
  }
}
