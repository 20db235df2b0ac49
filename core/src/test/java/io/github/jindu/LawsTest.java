package io.github.jindu;

import static io.github.jindu.catalogue.Metrics.CASES_DRUG_RELATED;
import static io.github.jindu.catalogue.Metrics.FOREIGNERS_REACHED;
import static io.github.jindu.catalogue.Metrics.FOREIGNERS_TOTAL;
import static io.github.jindu.catalogue.Metrics.MIGRANTS_REACHED;
import static io.github.jindu.catalogue.Metrics.MIGRANTS_TOTAL;
import static io.github.jindu.catalogue.Metrics.POPULATION_ACTUAL;
import static io.github.jindu.catalogue.Metrics.USERS_NEW;
import static io.github.jindu.testing.SampleEvidence.CRITERIA;
import static io.github.jindu.testing.SampleEvidence.empty;
import static io.github.jindu.testing.SampleEvidence.subunitId;
import static io.github.jindu.testing.Towns.draw;
import static io.github.jindu.testing.Towns.towns;
import static org.assertj.core.api.Assertions.assertThat;
import static org.quicktheories.QuickTheory.qt;
import static org.quicktheories.generators.SourceDSL.longs;

import com.google.common.collect.ImmutableList;
import com.google.common.collect.Lists;
import io.github.jindu.bar.MaxRate;
import io.github.jindu.bar.MinShare;
import io.github.jindu.catalogue.MunicipalModelCommunity;
import io.github.jindu.testing.SampleEvidence;
import java.math.BigInteger;
import java.time.LocalDate;
import java.util.ArrayList;
import java.util.List;
import java.util.Optional;
import java.util.OptionalLong;
import java.util.Random;
import java.util.concurrent.Callable;
import java.util.concurrent.ExecutorService;
import java.util.concurrent.Executors;
import java.util.concurrent.Future;
import org.junit.jupiter.api.Test;
import org.quicktheories.core.Gen;

/**
 * The laws of {@code docs/spec/boundaries.md} ("Laws to state as properties") as QuickTheories properties. Inputs are
 * built valid by construction: numerators are drawn below their denominators, dates inside the period.
 */
class LawsTest {
  private static final ImmutableList<MinShareCriterion> SHARE_BARS =
      CRITERIA.criteria().stream()
          .filter(c -> c.threshold() instanceof MinShare)
          .map(c -> new MinShareCriterion(c.id(), (MinShare) c.threshold()))
          .collect(ImmutableList.toImmutableList());

  private static final MaxRate NEW_USER_BAR =
      (MaxRate) CRITERIA.criterion("results.new-user-rate").orElseThrow().threshold();

  record MinShareCriterion(String id, MinShare bar) {}

  /** A share {@code n/d} with {@code 0 <= n <= d}. */
  record Share(long n, long d) {}

  // ---- monotonicity ----

  @Test
  void monotonicity_raisingAShareNumerator_neverTurnsMetIntoNotMet() {
    qt().withExamples(60)
        .forAll(towns(), longs().all())
        .checkAssert(
            (town, seed) -> {
              for (MinShareCriterion share : SHARE_BARS) {
                long n = town.countOf(share.bar().numerator());
                long d = town.countOf(share.bar().denominator());
                long most =
                    d; // and at most every other whole it is a part of (persons tested: tests done)
                for (MetricKey whole :
                    CRITERIA.metricDefinition(share.bar().numerator()).orElseThrow().partOf()) {
                  most = Math.min(most, town.countOf(whole));
                }
                long raised = n + Math.floorMod(seed, most - n + 1);
                Outcome before = town.outcomeOf(share.id());
                Outcome after =
                    town.copy().count(share.bar().numerator(), raised).outcomeOf(share.id());
                if (before == Outcome.MET) {
                  assertThat(after)
                      .as("%s: %s/%s MET, %s/%s", share.id(), n, d, raised, d)
                      .isEqualTo(Outcome.MET);
                }
              }
            });
  }

  @Test
  void monotonicity_raisingAShareNumerator_onItsOwn_neverTurnsMetIntoNotMet() {
    qt().withExamples(500)
        .forAll(shares(1_000_000_000_000L), longs().all())
        .checkAssert(
            (share, seed) -> {
              long raised = share.n() + Math.floorMod(seed, share.d() - share.n() + 1);
              for (MinShareCriterion bar : SHARE_BARS) {
                Outcome before = shareOutcome(bar, share.n(), share.d());
                Outcome after = shareOutcome(bar, raised, share.d());
                assertThat(before == Outcome.MET && after != Outcome.MET)
                    .as("%s: %s MET but %s/%s %s", bar.id(), share, raised, share.d(), after)
                    .isFalse();
              }
            });
  }

  @Test
  void monotonicity_loweringNewUsers_neverTurnsTheRateFromMetIntoNotMet() {
    qt().withExamples(500)
        .forAll(longs().between(1, 10_000_000_000L), longs().between(0, 1_000_000), longs().all())
        .assuming(
            (population, users, seed) ->
                users <= population) // new users are a part of the population
        .checkAssert(
            (population, users, seed) -> {
              long lowered = users - Math.floorMod(seed, users + 1);
              Outcome before = newUserOutcome(users, population);
              Outcome after = newUserOutcome(lowered, population);
              if (before == Outcome.MET) {
                assertThat(after)
                    .as("%s then %s in %s", users, lowered, population)
                    .isEqualTo(Outcome.MET);
              }
            });
  }

  @Test
  void monotonicity_loweringNewUsersInATown_neverWorsensTheOverallOutcome() {
    qt().withExamples(150)
        .forAll(towns(), longs().all())
        .checkAssert(
            (town, seed) -> {
              long users = town.countOf(USERS_NEW);
              long lowered = users - Math.floorMod(seed, users + 1);
              AssessmentResult before = town.assess();
              AssessmentResult after = town.copy().count(USERS_NEW, lowered).assess();
              if (before.criterion("results.new-user-rate").orElseThrow().outcome()
                  == Outcome.MET) {
                assertThat(after.criterion("results.new-user-rate").orElseThrow().outcome())
                    .isEqualTo(Outcome.MET);
              }
              assertThat(rank(after.overall())).isGreaterThanOrEqualTo(rank(before.overall()));
            });
  }

  // ---- exactness ----

  @Test
  void exactness_shareIsMetIffNTimesBIsAtLeastATimesD() {
    for (MinShareCriterion share : SHARE_BARS) {
      Gen<Share> inputs =
          nearBar(share.bar().bound()).mix(shares(Long.MAX_VALUE), 30).mix(shares(100), 30);
      qt().withExamples(150)
          .forAll(inputs)
          .checkAssert(
              s -> {
                BigInteger a = big(share.bar().bound().numerator());
                BigInteger b = big(share.bar().bound().denominator());
                boolean met = big(s.n()).multiply(b).compareTo(a.multiply(big(s.d()))) >= 0;
                assertThat(shareOutcome(share, s.n(), s.d()))
                    .as("%s on %s", share.id(), s)
                    .isEqualTo(met ? Outcome.MET : Outcome.NOT_MET);
              });
    }
  }

  @Test
  void exactness_newUserRateIsMetIffUsersTimesTwentyThousandIsAtMostPopulation() {
    Ratio bound = NEW_USER_BAR.bound();
    assertThat(bound).isEqualTo(Ratio.of(1, 20_000));
    Gen<long[]> nearBar =
        in -> {
          long population = draw(in, 1, Long.MAX_VALUE);
          long users = Math.min(population, Math.max(0, population / 20_000 + draw(in, -2, 2)));
          return new long[] {users, population};
        };
    // New users are a part of the actual population (the table of parts), so never more than it.
    Gen<long[]> anywhere =
        in -> {
          long population = draw(in, 1, Long.MAX_VALUE);
          return new long[] {draw(in, 0, population), population};
        };
    Gen<long[]> small =
        in -> {
          long population = draw(in, 1, 100_000);
          return new long[] {draw(in, 0, Math.min(5, population)), population};
        };
    qt().withExamples(400)
        .forAll(nearBar.mix(anywhere, 30).mix(small, 30))
        .checkAssert(
            v -> {
              boolean met =
                  big(v[0])
                          .multiply(big(bound.denominator()))
                          .compareTo(big(bound.numerator()).multiply(big(v[1])))
                      <= 0;
              assertThat(newUserOutcome(v[0], v[1]))
                  .as("%s new users in %s", v[0], v[1])
                  .isEqualTo(met ? Outcome.MET : Outcome.NOT_MET);
            });
  }

  @Test
  void exactness_risingShareIsMetIffNowCrossProductExceedsBefore() {
    qt().withExamples(1000)
        .forAll(
            shares(Long.MAX_VALUE).mix(shares(50), 50), shares(Long.MAX_VALUE).mix(shares(50), 50))
        .checkAssert(
            (now, before) -> {
              Outcome outcome =
                  empty()
                      .count(FOREIGNERS_REACHED, now.n())
                      .count(FOREIGNERS_TOTAL, now.d())
                      .previous(FOREIGNERS_REACHED, before.n())
                      .previous(FOREIGNERS_TOTAL, before.d())
                      .outcomeOf("prevention.foreigner-coverage-rising");
              boolean met =
                  big(now.n())
                          .multiply(big(before.d()))
                          .compareTo(big(before.n()).multiply(big(now.d())))
                      > 0;
              assertThat(outcome)
                  .as("%s after %s", now, before)
                  .isEqualTo(met ? Outcome.MET : Outcome.NOT_MET);
            });
  }

  @Test
  void exactness_caseRateIsLowestIffAtMostEveryPeersRate() {
    Gen<List<Peer>> peers =
        in -> {
          List<Peer> list = new ArrayList<>();
          long count = draw(in, 0, 4);
          for (int i = 0; i < count; i++) {
            list.add(Peer.of("310199-00" + (2 + i), draw(in, 1, 200_000), draw(in, 0, 20)));
          }
          return list;
        };
    qt().withExamples(500)
        .forAll(longs().between(0, 20), longs().between(1, 200_000), peers)
        .checkAssert(
            (cases, population, list) -> {
              boolean met =
                  list.stream()
                      .allMatch(
                          p ->
                              big(cases)
                                      .multiply(big(p.population().getAsLong()))
                                      .compareTo(
                                          big(p.cases().getAsLong()).multiply(big(population)))
                                  <= 0);
              Outcome outcome =
                  empty()
                      .count(CASES_DRUG_RELATED, cases)
                      .count(POPULATION_ACTUAL, population)
                      .peers(list)
                      .outcomeOf("results.case-rate-lowest");
              assertThat(outcome)
                  .as("%s/%s among %s", cases, population, list)
                  .isEqualTo(met ? Outcome.MET : Outcome.NOT_MET);
            });
  }

  @Test
  void missingNeverPasses_aPeerOfUnknownPopulationOrCases_leavesTheCaseRateNotAssessed_namingIt() {
    Gen<List<Peer>> peers =
        in -> {
          List<Peer> list = new ArrayList<>();
          long count = draw(in, 1, 4);
          long unknown = draw(in, 0, count - 1);
          for (int i = 0; i < count; i++) {
            long shape = i == unknown ? draw(in, 0, 2) : 3;
            list.add(
                Peer.of(
                    "310199-00" + (2 + i),
                    shape == 0 || shape == 2
                        ? OptionalLong.empty()
                        : OptionalLong.of(draw(in, 1, 200_000)),
                    shape == 1 || shape == 2
                        ? OptionalLong.empty()
                        : OptionalLong.of(draw(in, 0, 20))));
          }
          return list;
        };
    qt().withExamples(300)
        .forAll(longs().between(0, 20), longs().between(1, 200_000), peers)
        .checkAssert(
            (cases, population, list) -> {
              CriterionResult r =
                  empty()
                      .count(CASES_DRUG_RELATED, cases)
                      .count(POPULATION_ACTUAL, population)
                      .peers(list)
                      .assess()
                      .criterion("results.case-rate-lowest")
                      .orElseThrow();
              List<MissingEvidence> expected = new ArrayList<>();
              for (Peer p : list) {
                if (p.population().isEmpty()) {
                  expected.add(
                      new MissingEvidence.MissingPeerFigure(
                          p.unitId(), MissingEvidence.PeerField.POPULATION));
                }
                if (p.cases().isEmpty()) {
                  expected.add(
                      new MissingEvidence.MissingPeerFigure(
                          p.unitId(), MissingEvidence.PeerField.CASES));
                }
              }
              assertThat(r.outcome())
                  .as("%s/%s among %s", cases, population, list)
                  .isEqualTo(Outcome.NOT_ASSESSED);
              assertThat(r.missing()).isEqualTo(expected);
              assertThat(r.observation()).isEmpty();
            });
  }

  // ---- scale invariance ----

  @Test
  void scaleInvariance_multiplyingNumeratorAndDenominatorByK_changesNoShareOutcome() {
    qt().withExamples(150)
        .forAll(shares(1_000_000_000L), longs().between(1, 1_000_000_000L))
        .checkAssert(
            (share, k) -> {
              for (MinShareCriterion bar : SHARE_BARS) {
                assertThat(shareOutcome(bar, share.n() * k, share.d() * k))
                    .as("%s on %s times %s", bar.id(), share, k)
                    .isEqualTo(shareOutcome(bar, share.n(), share.d()));
              }
            });
  }

  @Test
  void scaleInvariance_multiplyingNewUsersAndPopulationByK_changesNothing() {
    qt().withExamples(500)
        .forAll(
            longs().between(0, 1_000_000),
            longs().between(1, 1_000_000_000L),
            longs().between(1, 1_000_000_000L))
        .assuming(
            (users, population, k) -> users <= population) // new users are a part of the population
        .checkAssert(
            (users, population, k) ->
                assertThat(newUserOutcome(users * k, population * k))
                    .isEqualTo(newUserOutcome(users, population)));
  }

  @Test
  void scaleInvariance_scalingARisingShare_changesNothing() {
    qt().withExamples(300)
        .forAll(
            shares(1_000_000_000L),
            shares(1_000_000_000L),
            longs().between(1, 1_000_000_000L),
            longs().between(1, 1_000_000_000L))
        .checkAssert(
            (now, before, k, j) -> {
              assertThat(risingOutcome(now.n() * k, now.d() * k, before.n() * j, before.d() * j))
                  .isEqualTo(risingOutcome(now.n(), now.d(), before.n(), before.d()));
            });
  }

  // ---- veto dominance ----

  @Test
  void vetoDominance_aVetoFinding_makesTheOverallVetoedWhateverElseHolds() {
    qt().withExamples(100)
        .forAll(towns())
        .checkAssert(
            town -> {
              AssessmentResult clean = town.assess();
              AssessmentResult vetoed =
                  town.copy()
                      .veto(SampleEvidence.VETO, "区综治委通报 2025-7号")
                      .assessOn(SampleEvidence.WITH_VETO);
              assertThat(vetoed.overall()).isEqualTo(OverallOutcome.VETOED);
              assertThat(vetoed.criteria()).isEqualTo(clean.criteria());
              assertThat(vetoed.vetoes())
                  .extracting(VetoFinding::id)
                  .containsExactly("veto.leadership-failure");
              assertThat(clean.overall()).isNotEqualTo(OverallOutcome.VETOED);
            });
  }

  // ---- missing never passes ----

  @Test
  void missingNeverPasses_removingAnyEvidence_neverTurnsANonMetCriterionIntoMet() {
    qt().withExamples(40)
        .forAll(towns())
        .checkAssert(
            town -> {
              AssessmentResult full = town.assess();
              List<SampleEvidence> reduced = new ArrayList<>();
              town.countKeys().forEach(key -> reduced.add(town.copy().withoutCount(key)));
              town.previousKeys().forEach(key -> reduced.add(town.copy().withoutPrevious(key)));
              town.attestedCriteria()
                  .forEach(id -> reduced.add(town.copy().withoutAttestation(id)));
              reduced.add(town.copy().withoutEvents());
              reduced.add(town.copy().withoutPeers());
              for (SampleEvidence less : reduced) {
                AssessmentResult result = less.assess();
                for (int i = 0; i < full.criteria().size(); i++) {
                  CriterionResult before = full.criteria().get(i);
                  CriterionResult after = result.criteria().get(i);
                  assertThat(after.criterionId()).isEqualTo(before.criterionId());
                  if (before.outcome() != Outcome.MET) {
                    assertThat(after.outcome())
                        .as("%s with %s", before.criterionId(), less)
                        .isNotEqualTo(Outcome.MET);
                  }
                }
                if (full.overall() != OverallOutcome.QUALIFIED) {
                  assertThat(result.overall()).isNotEqualTo(OverallOutcome.QUALIFIED);
                }
              }
            });
  }

  @Test
  void missingNeverPasses_removingACountOfAFullyMetTown_makesItsReadersNotAssessed() {
    SampleEvidence town = SampleEvidence.allMet();
    for (MetricKey key : town.countKeys()) {
      AssessmentResult result = town.copy().withoutCount(key).assess();
      List<String> readers =
          CRITERIA.criteria().stream()
              .filter(c -> c.threshold().metrics().contains(key))
              .map(Criterion::id)
              .toList();
      assertThat(readers).as("readers of %s", key).isNotEmpty();
      for (String reader : readers) {
        CriterionResult r = result.criterion(reader).orElseThrow();
        assertThat(r.outcome()).as("%s without %s", reader, key).isEqualTo(Outcome.NOT_ASSESSED);
        assertThat(r.missing()).contains(new MissingEvidence.MissingCount(key));
      }
      assertThat(result.overall()).as("without %s", key).isEqualTo(OverallOutcome.INCOMPLETE);
    }
  }

  // ---- order invariance ----

  @Test
  void orderInvariance_shufflingEventsPeersSubunitsAndAttestations_givesAnEqualResult() {
    qt().withExamples(200)
        .forAll(towns(), longs().all())
        .checkAssert(
            (town, seed) -> {
              AssessmentResult original = town.assess();
              AssessmentResult shuffled = town.shuffled(new Random(seed)).assess();
              assertThat(shuffled).isEqualTo(original);
              assertThat(shuffled.hashCode()).isEqualTo(original.hashCode());
            });
  }

  @Test
  void orderInvariance_subunitsWithoutALetter_areNamedInIdOrder() {
    List<Unit> subunits =
        List.of(
            Unit.of(subunitId(3), "东沙中学", UnitKind.SCHOOL),
            Unit.of(subunitId(1), "东沙第一居委会", UnitKind.RESIDENTS_COMMITTEE),
            Unit.of(subunitId(2), "东沙村", UnitKind.VILLAGE));
    SampleEvidence town =
        empty()
            .subunits(subunits)
            .addEvents(Event.letter(LocalDate.of(2023, 12, 30), subunitId(2)));
    Observation expected =
        new Observation.LettersObservation(
            3,
            ImmutableList.of(
                new Observation.Lapse(subunitId(1), Optional.empty(), Optional.empty()),
                new Observation.Lapse(
                    subunitId(2),
                    Optional.of(LocalDate.of(2023, 12, 30)),
                    Optional.of(LocalDate.of(2025, 12, 30))),
                new Observation.Lapse(subunitId(3), Optional.empty(), Optional.empty())));
    assertThat(
            town.assess().criterion("responsibility.letters-biennial").orElseThrow().observation())
        .hasValue(expected);
    assertThat(town.copy().subunits(Lists.reverse(subunits)).assess()).isEqualTo(town.assess());
  }

  // ---- determinism ----

  @Test
  void determinism_theSameEvidence_givesAnEqualResult() {
    qt().withExamples(100)
        .forAll(towns())
        .checkAssert(
            town -> {
              Evidence evidence = town.build();
              AssessmentResult first = CRITERIA.assess(evidence);
              assertThat(CRITERIA.assess(evidence)).isEqualTo(first);
              assertThat(CRITERIA.assess(town.build())).isEqualTo(first);
              assertThat(MunicipalModelCommunity.criteriaSet().assess(evidence)).isEqualTo(first);
            });
  }

  @Test
  void determinism_acrossEightThreads_givesEqualResults() throws Exception {
    ExecutorService pool = Executors.newFixedThreadPool(8);
    try {
      qt().withExamples(20)
          .forAll(towns())
          .checkAssert(
              town -> {
                Evidence evidence = town.build();
                AssessmentResult expected = CRITERIA.assess(evidence);
                List<Callable<AssessmentResult>> tasks = new ArrayList<>();
                for (int i = 0; i < 32; i++) {
                  tasks.add(() -> CRITERIA.assess(evidence));
                }
                try {
                  for (Future<AssessmentResult> f : pool.invokeAll(tasks)) {
                    assertThat(f.get()).isEqualTo(expected);
                  }
                } catch (Exception e) {
                  throw new AssertionError(e);
                }
              });
    } finally {
      pool.shutdownNow();
    }
  }

  // ---- evaluation helpers ----

  private static Outcome shareOutcome(MinShareCriterion share, long n, long d) {
    return empty()
        .count(share.bar().numerator(), n)
        .count(share.bar().denominator(), d)
        .outcomeOf(share.id());
  }

  private static Outcome newUserOutcome(long users, long population) {
    return empty()
        .count(USERS_NEW, users)
        .count(POPULATION_ACTUAL, population)
        .outcomeOf("results.new-user-rate");
  }

  private static Outcome risingOutcome(long n, long d, long previousN, long previousD) {
    return empty()
        .count(MIGRANTS_REACHED, n)
        .count(MIGRANTS_TOTAL, d)
        .previous(MIGRANTS_REACHED, previousN)
        .previous(MIGRANTS_TOTAL, previousD)
        .outcomeOf("prevention.migrant-coverage-rising");
  }

  /** Orders overall outcomes from worst to best, for "never worsens". */
  private static int rank(OverallOutcome overall) {
    switch (overall) {
      case VETOED:
        return 0;
      case NOT_QUALIFIED:
        return 1;
      case INCOMPLETE:
        return 2;
      case QUALIFIED:
        return 3;
      default:
        throw new AssertionError(overall);
    }
  }

  private static BigInteger big(long value) {
    return BigInteger.valueOf(value);
  }

  // ---- generators ----

  /** Shares {@code n/d} with {@code 1 <= d <= maxDenominator}, {@code 0 <= n <= d}. */
  private static Gen<Share> shares(long maxDenominator) {
    return in -> {
      long d = draw(in, 1, maxDenominator);
      return new Share(draw(in, 0, d), d);
    };
  }

  /** Shares whose numerator is within 2 of the smallest one that reaches the bar {@code a/b}. */
  private static Gen<Share> nearBar(Ratio bar) {
    return in -> {
      long d = draw(in, 1, draw(in, 0, 1) == 0 ? 100_000 : Long.MAX_VALUE);
      BigInteger[] qr =
          big(bar.numerator()).multiply(big(d)).divideAndRemainder(big(bar.denominator()));
      long smallest = qr[0].longValueExact() + (qr[1].signum() > 0 ? 1 : 0);
      long n = Math.min(d, Math.max(0, smallest + draw(in, -2, 2)));
      return new Share(n, d);
    };
  }
}
