package io.github.jindu.district;

import static io.github.jindu.catalogue.Metrics.CASES_DRUG_RELATED;
import static io.github.jindu.catalogue.Metrics.POPULATION_ACTUAL;
import static io.github.jindu.catalogue.Metrics.POPULATION_REACHED;
import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;
import static org.assertj.core.api.Assertions.catchThrowableOfType;
import static org.quicktheories.QuickTheory.qt;
import static org.quicktheories.generators.SourceDSL.longs;

import com.google.common.collect.ImmutableList;
import io.github.jindu.AssessmentPeriod;
import io.github.jindu.AssessmentResult;
import io.github.jindu.CriteriaSet;
import io.github.jindu.Evidence;
import io.github.jindu.InvalidEvidenceException;
import io.github.jindu.Location;
import io.github.jindu.MissingEvidence;
import io.github.jindu.Outcome;
import io.github.jindu.OverallOutcome;
import io.github.jindu.Peer;
import io.github.jindu.RuleCode;
import io.github.jindu.Unit;
import io.github.jindu.UnitKind;
import io.github.jindu.Violation;
import io.github.jindu.testing.Doc;
import io.github.jindu.testing.SampleDistrict;
import java.time.LocalDate;
import java.util.ArrayList;
import java.util.Collections;
import java.util.List;
import java.util.Optional;
import java.util.OptionalLong;
import java.util.Random;
import org.junit.jupiter.api.Test;
import org.quicktheories.core.Gen;

class SelectionTest {
  private static final String CASE_RATE = "results.case-rate-lowest";

  private static Doc qualifiable(String id, long population, long cases) {
    return SampleDistrict.qualifiable(id, population, cases);
  }

  private static List<Evidence> district() {
    return SampleDistrict.candidates();
  }

  @Test
  void order_qualifiedFirst_thenIncompleteNotQualifiedVetoed_byUnitIdWithin_ranksSharedByOutcome() {
    Selection selection = Selection.of(district(), Doc.SET);

    assertThat(selection.candidates())
        .extracting(c -> c.unit().id(), Candidate::overall, Candidate::rank, Candidate::tied)
        .containsExactly(
            org.assertj.core.groups.Tuple.tuple("D-2", OverallOutcome.QUALIFIED, 1, true),
            org.assertj.core.groups.Tuple.tuple("D-3", OverallOutcome.QUALIFIED, 1, true),
            org.assertj.core.groups.Tuple.tuple("D-4", OverallOutcome.INCOMPLETE, 3, false),
            org.assertj.core.groups.Tuple.tuple("D-1", OverallOutcome.NOT_QUALIFIED, 4, true),
            org.assertj.core.groups.Tuple.tuple("D-5", OverallOutcome.NOT_QUALIFIED, 4, true),
            org.assertj.core.groups.Tuple.tuple("D-6", OverallOutcome.NOT_QUALIFIED, 4, true));
    assertThat(selection.qualified()).extracting(c -> c.unit().id()).containsExactly("D-2", "D-3");
    assertThat(selection.criteriaSetId()).isEqualTo(Doc.SET.id());
    assertThat(selection.period()).isEqualTo(Doc.YEAR_2025);
    assertThat(selection.districtId()).contains("310199");
    assertThat(selection.orderId()).isEqualTo("outcome");
  }

  @Test
  void everyCandidateIsComparedWithEveryOtherUnit_theOtherCandidatesAndTheNonCandidates() {
    Selection selection = Selection.of(district(), List.of(Peer.of("D-9", 100_000, 6)), Doc.SET);

    // D-2's peers are the five other candidates and D-9, which is not a candidate.
    assertThat(
            selection
                .candidate("D-2")
                .orElseThrow()
                .result()
                .criterion(CASE_RATE)
                .orElseThrow()
                .observation())
        .get()
        .isEqualTo(
            new io.github.jindu.Observation.PeerObservation(
                3,
                60_000,
                Optional.of(new io.github.jindu.Observation.PeerFigure("D-3", 80_000, 4)),
                6));
    assertThat(selection.others()).containsExactly(Peer.of("D-9", 100_000, 6));
  }

  @Test
  void aNonCandidateOfLowerRate_makesTheCandidatesNotMet() {
    // 0.4 per 10,000 is below D-2's and D-3's 0.5: nobody's rate is the district's lowest.
    Selection selection = Selection.of(district(), List.of(Peer.of("D-9", 100_000, 4)), Doc.SET);

    assertThat(selection.qualified()).isEmpty();
    assertThat(
            selection
                .candidate("D-2")
                .orElseThrow()
                .result()
                .criterion(CASE_RATE)
                .orElseThrow()
                .outcome())
        .isEqualTo(Outcome.NOT_MET);
  }

  @Test
  void aNonCandidateOfUnknownCases_makesEveryCandidatesCaseRateNotAssessed_namingIt() {
    Selection selection =
        Selection.of(
            district(),
            List.of(Peer.of("D-9", OptionalLong.of(40_100), OptionalLong.empty())),
            Doc.SET);

    for (Candidate c : selection.candidates()) {
      io.github.jindu.CriterionResult r = c.result().criterion(CASE_RATE).orElseThrow();
      assertThat(r.outcome()).as(c.unit().id()).isEqualTo(Outcome.NOT_ASSESSED);
      assertThat(r.missing())
          .as(c.unit().id())
          .containsExactly(
              new MissingEvidence.MissingPeerFigure("D-9", MissingEvidence.PeerField.CASES));
    }
    assertThat(selection.candidate("D-2").orElseThrow().overall())
        .isEqualTo(OverallOutcome.INCOMPLETE);
    assertThat(selection.candidate("D-5").orElseThrow().overall())
        .isEqualTo(OverallOutcome.NOT_QUALIFIED);
  }

  @Test
  void aCandidateWithoutItsCases_isStillAPeer_ofUnknownRate_soNobodysCaseRateIsAssessed() {
    List<Evidence> candidates =
        List.of(
            qualifiable("D-2", 60_000, 3).build(),
            qualifiable("D-3", 80_000, 4).build(),
            qualifiable("D-4", 66_800, 0).withoutCount(CASES_DRUG_RELATED).build());

    Selection selection = Selection.of(candidates, Doc.SET);

    assertThat(
            selection
                .candidate("D-4")
                .orElseThrow()
                .result()
                .criterion(CASE_RATE)
                .orElseThrow()
                .missing())
        .containsExactly(new MissingEvidence.MissingCount(CASES_DRUG_RELATED));
    for (String id : List.of("D-2", "D-3")) {
      assertThat(
              selection
                  .candidate(id)
                  .orElseThrow()
                  .result()
                  .criterion(CASE_RATE)
                  .orElseThrow()
                  .missing())
          .containsExactly(
              new MissingEvidence.MissingPeerFigure("D-4", MissingEvidence.PeerField.CASES));
      assertThat(selection.candidate(id).orElseThrow().overall())
          .isEqualTo(OverallOutcome.INCOMPLETE);
    }
    // Given its two cases, D-4's rate is the lowest: the others fall to not qualified.
    Selection known =
        Selection.of(
            List.of(candidates.get(0), candidates.get(1), qualifiable("D-4", 66_800, 2).build()),
            Doc.SET);
    assertThat(known.candidates())
        .extracting(c -> c.unit().id() + " " + c.overall())
        .containsExactly("D-4 QUALIFIED", "D-2 NOT_QUALIFIED", "D-3 NOT_QUALIFIED");
  }

  @Test
  void aCandidatesOwnPeerList_thatAgreesWithTheDistrict_isAccepted_andReplacedByTheDistricts() {
    List<Evidence> candidates =
        List.of(
            qualifiable("D-2", 60_000, 3)
                .peers(
                    Peer.of("D-3", 80_000, 4),
                    Peer.of("D-9", OptionalLong.of(40_100), OptionalLong.empty()))
                .build(),
            qualifiable("D-3", 80_000, 4).build());

    Selection selection = Selection.of(candidates, List.of(Peer.of("D-9", 40_100, 1)), Doc.SET);

    assertThat(
            selection
                .candidate("D-2")
                .orElseThrow()
                .result()
                .criterion(CASE_RATE)
                .orElseThrow()
                .observation())
        .get()
        .isEqualTo(
            new io.github.jindu.Observation.PeerObservation(
                3,
                60_000,
                Optional.of(new io.github.jindu.Observation.PeerFigure("D-9", 40_100, 1)),
                2));
  }

  @Test
  void aCandidatesOwnPeerList_thatDisagrees_isAViolationNamingBothSources() {
    List<Evidence> candidates =
        List.of(
            qualifiable("D-2", 60_000, 3)
                .peers(
                    Peer.of("D-3", 80_000, 5), Peer.of("D-9", 40_000, 1), Peer.of("D-8", 1_000, 0))
                .build(),
            qualifiable("D-3", 80_000, 4).build());
    List<Peer> others = List.of(Peer.of("D-9", OptionalLong.of(40_100), OptionalLong.empty()));

    InvalidEvidenceException e =
        catchThrowableOfType(
            InvalidEvidenceException.class, () -> Selection.of(candidates, others, Doc.SET));

    Location peers = Location.root().member("peers");
    assertThat(e.violations())
        .containsExactly(
            Violation.of(
                RuleCode.CANDIDATE_PEER_DIFFERS_FROM_CANDIDATE,
                peers.index(0).member("cases").inDocument("D-2"),
                "D-2",
                "D-3",
                "cases",
                5L,
                "cases.drug-related",
                4L),
            Violation.of(
                RuleCode.CANDIDATE_PEER_DIFFERS_FROM_DISTRICT,
                peers.index(1).member("population").inDocument("D-2"),
                "D-2",
                "D-9",
                "population",
                40_000L,
                40_100L),
            Violation.of(
                RuleCode.CANDIDATE_PEER_NOT_IN_DISTRICT,
                peers.index(2).member("unit").inDocument("D-2"),
                "D-2",
                "D-8"));
  }

  @Test
  void theDistrictsFigures_areCheckedLikeAPeerList_andMustNotNameACandidate() {
    List<Peer> others =
        List.of(
            Peer.of("D-9", 40_100, 1),
            Peer.of("D-2", 60_000, 3),
            Peer.of("D-9", 40_100, 1),
            Peer.of("D-8", OptionalLong.of(0), OptionalLong.of(-1)));

    InvalidEvidenceException e =
        catchThrowableOfType(
            InvalidEvidenceException.class, () -> Selection.of(district(), others, Doc.SET));

    Location peers = Location.root().member("peers");
    assertThat(e.violations())
        .containsExactly(
            Violation.of(
                RuleCode.DISTRICT_PEER_IS_CANDIDATE,
                peers.index(1).member("unit").inDocument(Selection.OTHERS_DOCUMENT),
                "D-2"),
            Violation.of(
                RuleCode.DISTRICT_PEER_TWICE,
                peers.index(2).member("unit").inDocument(Selection.OTHERS_DOCUMENT),
                "D-9",
                1,
                3),
            Violation.of(
                RuleCode.PEER_POPULATION,
                peers.index(3).member("population").inDocument(Selection.OTHERS_DOCUMENT),
                "D-8",
                0L),
            Violation.of(
                RuleCode.PEER_CASES_NEGATIVE,
                peers.index(3).member("cases").inDocument(Selection.OTHERS_DOCUMENT),
                "D-8",
                -1L));
  }

  @Test
  void theResult_doesNotDependOnTheOrderOfTheCandidates() {
    Selection selection = Selection.of(district(), Doc.SET);
    List<Evidence> shuffled = new ArrayList<>(district());
    Collections.shuffle(shuffled, new Random(7));

    assertThat(Selection.of(shuffled, Doc.SET)).isEqualTo(selection);
  }

  @Test
  void tallies_countEachIndicatorsCriteriaByOutcome() {
    Candidate d6 = Selection.of(district(), Doc.SET).candidate("D-6").orElseThrow();

    IndicatorTally prevention = d6.indicators().get(4);
    assertThat(prevention.indicatorId()).isEqualTo("prevention");
    assertThat(prevention.total()).isEqualTo(10);
    assertThat(prevention.met()).isEqualTo(9);
    assertThat(prevention.gatingNotMet()).isEqualTo(1);
    IndicatorTally results = d6.indicators().get(9);
    assertThat(results.notMet()).isEqualTo(1);
    assertThat(d6.indicators())
        .extracting(IndicatorTally::indicatorId)
        .containsExactlyElementsOf(Doc.SET.indicators().stream().map(i -> i.id()).toList());
  }

  /**
   * Peers from candidates: each candidate's case-rate-lowest is exactly the result of assessing its evidence with
   * an explicit peer list of every other candidate, its figures known or not.
   */
  @Test
  void peersFromCandidates_equalAnExplicitPeerListOfTheOthers() {
    Gen<List<Evidence>> districts =
        in -> {
          long n = longs().between(1, 8).generate(in);
          List<Evidence> candidates = new ArrayList<>();
          for (int i = 0; i < n; i++) {
            Doc doc = Doc.of("C-" + i, UnitKind.TOWN);
            long population = longs().between(1, 200_000).generate(in);
            long shape = longs().between(0, 4).generate(in);
            if (shape != 0) {
              doc.count(POPULATION_ACTUAL, population);
            }
            if (shape != 1) {
              // Small case counts over a few populations make equal rates (ties) frequent.
              doc.count(CASES_DRUG_RELATED, longs().between(0, 6).generate(in));
            }
            candidates.add(doc.build());
          }
          return candidates;
        };
    qt().withExamples(300)
        .forAll(districts)
        .checkAssert(
            candidates -> {
              Selection selection = Selection.of(candidates, Doc.SET);
              for (Evidence e : candidates) {
                List<Peer> others = new ArrayList<>();
                for (Evidence o : candidates) {
                  if (o != e) {
                    others.add(
                        Peer.of(
                            o.unit().id(),
                            o.count(POPULATION_ACTUAL),
                            o.count(CASES_DRUG_RELATED)));
                  }
                }
                Evidence explicit =
                    Evidence.builder()
                        .unit(e.unit())
                        .period(e.period())
                        .putAllCounts(e.counts())
                        .peers(ImmutableList.copyOf(others))
                        .build();
                AssessmentResult expected = Doc.SET.assess(explicit);

                AssessmentResult actual = selection.candidate(e.unit().id()).orElseThrow().result();
                assertThat(actual.criterion(CASE_RATE)).isEqualTo(expected.criterion(CASE_RATE));
                assertThat(actual).isEqualTo(expected);
              }
            });
  }

  @Test
  void aCustomOrder_ranksWithinAnOutcome_andEqualsShareARank() {
    // Within an outcome, fewer people first; equal populations tie: ranks 1, 1, 3 among the not
    // qualified.
    SelectionOrder smallerFirst =
        new SelectionOrder() {
          @Override
          public String id() {
            return "smaller-population-first";
          }

          @Override
          public int compare(AssessmentResult a, AssessmentResult b) {
            return Long.compare(population(a), population(b));
          }

          private long population(AssessmentResult r) {
            return ((io.github.jindu.Observation.ShareObservation)
                    r.criterion("prevention.population-coverage")
                        .orElseThrow()
                        .observation()
                        .orElseThrow())
                .whole();
          }
        };
    List<Evidence> candidates =
        List.of(
            qualifiable("B", 50_000, 9).build(),
            qualifiable("A", 50_000, 8).build(),
            qualifiable("C", 40_000, 7).build(),
            qualifiable("Z", 60_000, 1).build());

    Selection selection = Selection.of(candidates, Doc.SET, smallerFirst);

    assertThat(selection.orderId()).isEqualTo("smaller-population-first");
    assertThat(selection.candidates())
        .extracting(c -> c.unit().id() + " " + c.rank() + (c.tied() ? "=" : ""))
        .containsExactly("Z 1", "C 2", "A 3=", "B 3=");
  }

  @Test
  void invalidCandidates_areReportedTogether_eachNamingTheCandidate() {
    List<Evidence> candidates =
        List.of(
            qualifiable("D-1", 84_210, 6).build(),
            qualifiable("D-1", 60_000, 3).build(),
            qualifiable("D-2", 60_000, 3).peers(Peer.of("D-9", 1000, 1)).build(),
            Doc.of("D-3", UnitKind.TOWN)
                .period(AssessmentPeriod.of(LocalDate.of(2024, 1, 1), LocalDate.of(2024, 12, 31)))
                .build(),
            qualifiable("D-4", 60_000, 3)
                .unit(Unit.of("D-4", "镇D-4", UnitKind.TOWN, "310200"))
                .build(),
            qualifiable("D-5", 60_000, 3).count(POPULATION_REACHED, 60_001).build(),
            Doc.of("D-6", UnitKind.VILLAGE).build());

    InvalidEvidenceException e =
        catchThrowableOfType(
            InvalidEvidenceException.class, () -> Selection.of(candidates, Doc.SET));

    assertThat(e.violations())
        .containsExactly(
            Violation.of(
                RuleCode.CANDIDATE_TWICE,
                Location.root().member("unit").member("id").inDocument("D-1"),
                "D-1",
                1,
                2),
            Violation.of(
                RuleCode.CANDIDATE_PERIOD,
                Location.root().member("period").inDocument("D-3"),
                "D-3",
                "2024-01-01..2024-12-31",
                "D-1",
                "2025-01-01..2025-12-31"),
            Violation.of(
                RuleCode.CANDIDATE_DISTRICT,
                Location.root().member("unit").member("district").inDocument("D-4"),
                "D-4",
                "310200",
                "310199"),
            Violation.of(
                RuleCode.COUNT_PART_ABOVE_WHOLE,
                Location.root().member("counts").key("population.reached").inDocument("D-5"),
                "population.reached",
                60001,
                "population.actual",
                60000),
            Violation.of(
                RuleCode.UNIT_KIND_NOT_ASSESSED,
                Location.root().member("unit").member("kind").inDocument("D-6"),
                "village",
                "municipal-model-community",
                "town, street"),
            Violation.of(
                RuleCode.CANDIDATE_PEER_NOT_IN_DISTRICT,
                Location.root().member("peers").index(0).member("unit").inDocument("D-2"),
                "D-2",
                "D-9"));
  }

  @Test
  void noCandidate_isAProgrammingError_aSetWithTwoPeerBarsOnDifferentCounts_isAnInvalidSet() {
    assertThatThrownBy(() -> Selection.of(List.of(), Doc.SET))
        .isInstanceOf(IllegalArgumentException.class)
        .hasMessage("a selection needs at least one candidate");
    CriteriaSet twoBars =
        CriteriaSet.builder()
            .id("two-bars")
            .chineseName("两项比较")
            .englishName("two comparisons")
            .addUnitKinds(UnitKind.TOWN)
            .addIndicators(
                io.github.jindu.Indicator.builder()
                    .id("i")
                    .chineseName("指标")
                    .englishName("indicator")
                    .clause("一")
                    .addCriteria(
                        criterion(
                            "a",
                            io.github.jindu.bar.LowestAmongPeers.of(
                                CASES_DRUG_RELATED, POPULATION_ACTUAL)),
                        criterion(
                            "b",
                            io.github.jindu.bar.LowestAmongPeers.of(
                                io.github.jindu.catalogue.Metrics.USERS_NEW, POPULATION_ACTUAL)))
                    .build())
            .build();
    assertThatThrownBy(() -> Selection.of(List.of(Doc.of("T", UnitKind.TOWN).build()), twoBars))
        .isInstanceOfSatisfying(
            io.github.jindu.InvalidCriteriaException.class,
            e ->
                assertThat(e.violations())
                    .containsExactly(
                        io.github.jindu.Violation.of(
                            io.github.jindu.RuleCode.SET_PEERS_ON_DIFFERENT_COUNTS,
                            io.github.jindu.Location.root(),
                            "two-bars",
                            "a, b")));
  }

  private static io.github.jindu.Criterion criterion(
      String id, io.github.jindu.bar.Threshold threshold) {
    return io.github.jindu.Criterion.builder()
        .id(id)
        .chineseName(id)
        .englishName(id)
        .clause("一")
        .threshold(threshold)
        .build();
  }

  @Test
  void ofDocuments_rollsEachTownUpFromItsSubunits_andRecordsWhatWasRolledUp() {
    Unit v1 = Unit.of("D-2-01", "一村", UnitKind.VILLAGE);
    Unit v2 = Unit.of("D-2-02", "二村", UnitKind.VILLAGE);
    Evidence town =
        qualifiable("D-2", 60_000, 3)
            .withoutCount(CASES_DRUG_RELATED)
            .subunits(v1, v2)
            .letters()
            .build();
    Evidence village1 =
        Doc.of(v1.id(), v1.kind())
            .unit(v1)
            .count(POPULATION_ACTUAL, 25_000)
            .count(CASES_DRUG_RELATED, 1)
            .build();
    Evidence village2 =
        Doc.of(v2.id(), v2.kind())
            .unit(v2)
            .count(POPULATION_ACTUAL, 35_000)
            .count(CASES_DRUG_RELATED, 2)
            .build();
    List<Evidence> documents =
        List.of(village1, qualifiable("D-1", 84_210, 6).build(), town, village2);

    Selection selection = Selection.ofDocuments(documents, Doc.SET);

    assertThat(selection.candidates()).extracting(c -> c.unit().id()).containsExactly("D-2", "D-1");
    Candidate d2 = selection.candidate("D-2").orElseThrow();
    assertThat(d2.overall()).isEqualTo(OverallOutcome.QUALIFIED);
    assertThat(d2.rolledUp())
        .containsExactly(Location.root().member("counts").key("cases.drug-related"));
    assertThat(selection.candidate("D-1").orElseThrow().rolledUp()).isEmpty();
  }

  @Test
  void ofDocuments_reportsTheMismatchesOfEveryTreeTogether() {
    Unit v1 = Unit.of("D-1-01", "一村", UnitKind.VILLAGE);
    Unit v2 = Unit.of("D-2-01", "二村", UnitKind.VILLAGE);
    List<Evidence> documents =
        List.of(
            qualifiable("D-1", 100, 0).subunits(v1).build(),
            qualifiable("D-2", 200, 0).subunits(v2).build(),
            Doc.of(v1.id(), v1.kind()).unit(v1).count(POPULATION_ACTUAL, 101).build(),
            Doc.of(v2.id(), v2.kind()).unit(v2).count(POPULATION_ACTUAL, 199).build());

    InvalidEvidenceException e =
        catchThrowableOfType(
            InvalidEvidenceException.class, () -> Selection.ofDocuments(documents, Doc.SET));

    assertThat(e.violations())
        .containsExactly(
            Violation.of(
                RuleCode.ROLLUP_DIFFERS,
                Location.root().member("counts").key("population.actual").inDocument("D-1"),
                "population.actual",
                100,
                "D-1",
                1,
                101,
                "D-1-01 101"),
            Violation.of(
                RuleCode.ROLLUP_DIFFERS,
                Location.root().member("counts").key("population.actual").inDocument("D-2"),
                "population.actual",
                200,
                "D-2",
                1,
                199,
                "D-2-01 199"));
  }

  /**
   * Why: a committee's document with {@code population.reached} above its {@code population.actual} was rolled up
   * unchecked, and flipped its town from NOT_QUALIFIED to QUALIFIED.
   */
  @Test
  void ofDocuments_aSubunitsInvalidDocument_makesItsTownsEvidenceInvalid_namingTheSubunit() {
    Unit c1 = Unit.of("D-2-01", "一居委会", UnitKind.RESIDENTS_COMMITTEE);
    Unit c2 = Unit.of("D-2-02", "二居委会", UnitKind.RESIDENTS_COMMITTEE);
    Evidence town =
        qualifiable("D-2", 60_000, 3)
            .withoutCount(io.github.jindu.catalogue.Metrics.POPULATION_REACHED)
            .subunits(c1, c2)
            .letters()
            .build();
    Evidence forged =
        Doc.of(c1.id(), c1.kind())
            .unit(c1)
            .count(POPULATION_ACTUAL, 30_000)
            .count(io.github.jindu.catalogue.Metrics.POPULATION_REACHED, 35_000)
            .build();
    Evidence honest =
        Doc.of(c2.id(), c2.kind())
            .unit(c2)
            .count(POPULATION_ACTUAL, 30_000)
            .count(io.github.jindu.catalogue.Metrics.POPULATION_REACHED, 20_000)
            .build();

    InvalidEvidenceException e =
        catchThrowableOfType(
            InvalidEvidenceException.class,
            () ->
                Selection.ofDocuments(
                    List.of(town, forged, honest, qualifiable("D-1", 84_210, 6).build()), Doc.SET));

    assertThat(e.violations())
        .containsExactly(
            Violation.of(
                RuleCode.COUNT_PART_ABOVE_WHOLE,
                Location.root().member("counts").key("population.reached").inDocument("D-2-01"),
                "population.reached",
                35_000,
                "population.actual",
                30_000));
  }
}
