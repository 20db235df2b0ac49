package io.github.jindu;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;
import static org.quicktheories.QuickTheory.qt;
import static org.quicktheories.generators.SourceDSL.integers;
import static org.quicktheories.generators.SourceDSL.lists;

import io.github.jindu.Observation.Mean;
import io.github.jindu.Observation.PeerAverageObservation;
import io.github.jindu.bar.Comparison;
import io.github.jindu.bar.PeerAverage;
import io.github.jindu.district.Selection;
import io.github.jindu.internal.Gaps;
import io.github.jindu.internal.Verdicts;
import java.math.BigInteger;
import java.time.Year;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.OptionalLong;
import org.junit.jupiter.api.Test;

/**
 * The bar "compared with the district's average over the peers" (低于全市平均值的取消参评资格, 贵阳 2015): the exact
 * rational mean, ties, no peers, unknown peer figures, the gap's exactness, the evidence rules on peers' counts and
 * the whole district in a selection.
 */
class PeerAverageTest {
  static final MetricKey SAFE = MetricKey.of("survey.safe");
  static final MetricKey RESPONDENTS = MetricKey.of("survey.respondents");
  static final MetricKey INCIDENTS = MetricKey.of("incidents.reported");
  static final String SAFETY = "survey.safety-average";
  static final String FEWER = "incidents.below-average";
  static final Unit TOWN = Unit.of("520102-001", "中华南路街道", UnitKind.STREET, "520102");

  static CriteriaSet set() {
    return CriteriaSet.builder()
        .id("guiyang-eligibility")
        .chineseName("参评资格")
        .englishName("eligibility")
        .addUnitKinds(UnitKind.STREET, UnitKind.TOWN)
        .addMetricDefinitions(
            Metric.of(SAFE, "感到安全的受访者", "respondents who feel safe", CountUnit.PEOPLE)
                .asPartOf(RESPONDENTS),
            Metric.of(RESPONDENTS, "受访者", "respondents", CountUnit.PEOPLE),
            Metric.of(INCIDENTS, "涉毒警情", "drug-related incidents", CountUnit.CASES))
        .addIndicators(
            Indicator.builder()
                .id("eligibility")
                .chineseName("参评资格")
                .englishName("eligibility")
                .clause("三")
                .addCriteria(
                    DeclaredEventsTest.criterion(
                        SAFETY,
                        PeerAverage.of(SAFE, Optional.of(RESPONDENTS), Comparison.AT_LEAST)),
                    DeclaredEventsTest.criterion(
                        FEWER, PeerAverage.of(INCIDENTS, Optional.empty(), Comparison.LESS_THAN)))
                .build())
        .build();
  }

  static Peer peer(String id, long safe, long respondents, long incidents) {
    return Peer.of(
        id,
        OptionalLong.empty(),
        OptionalLong.empty(),
        Map.of(SAFE, safe, RESPONDENTS, respondents, INCIDENTS, incidents));
  }

  static Evidence evidence(long safe, long respondents, long incidents, List<Peer> peers) {
    return Evidence.builder()
        .unit(TOWN)
        .period(AssessmentPeriod.ofYear(Year.of(2015)))
        .putCounts(SAFE, safe)
        .putCounts(RESPONDENTS, respondents)
        .putCounts(INCIDENTS, incidents)
        .peers(peers)
        .build();
  }

  static final List<Peer> TWO =
      List.of(peer("520102-002", 912, 1000, 4), peer("520102-003", 948, 1000, 7));

  static CriterionResult result(Evidence evidence, String id) {
    return set().assess(evidence).criterion(id).orElseThrow();
  }

  @Test
  void atTheAverage_isMet_inclusive_andOneBelow_isNot() {
    CriterionResult at = result(evidence(930, 1000, 5, TWO), SAFETY);
    assertThat(at.outcome()).isEqualTo(Outcome.MET);
    assertThat(at.observation())
        .hasValue(
            new PeerAverageObservation(
                930,
                OptionalLong.of(1000),
                Optional.of(new Mean(BigInteger.valueOf(93), BigInteger.valueOf(100))),
                2,
                true));
    CriterionResult below = result(evidence(929, 1000, 5, TWO), SAFETY);
    assertThat(below.outcome()).isEqualTo(Outcome.NOT_MET);
    assertThat(below.gap()).hasValue(new Gap.More(SAFE, 1));
  }

  @Test
  void theMean_isOfTheShares_notThePooledShare_andExact() {
    // 1/3 and 2/2000: the mean of shares is (1/3 + 1/1000) / 2 = 1003/6000, the pooled share
    // 3/2003.
    List<Peer> peers = List.of(peer("520102-002", 1, 3, 0), peer("520102-003", 2, 2000, 0));
    CriterionResult r = result(evidence(1003, 6000, 0, peers), SAFETY);
    assertThat(((PeerAverageObservation) r.observation().orElseThrow()).mean())
        .hasValue(new Mean(BigInteger.valueOf(1003), BigInteger.valueOf(6000)));
    assertThat(r.outcome()).isEqualTo(Outcome.MET);
    assertThat(result(evidence(1002, 6000, 0, peers), SAFETY).outcome()).isEqualTo(Outcome.NOT_MET);
  }

  @Test
  void aCountBelowTheAverage_strictly() {
    // The peers' incidents average (4 + 7) / 2 = 5.5: 5 is below it, 6 is not.
    assertThat(result(evidence(930, 1000, 5, TWO), FEWER).outcome()).isEqualTo(Outcome.MET);
    CriterionResult six = result(evidence(930, 1000, 6, TWO), FEWER);
    assertThat(six.outcome()).isEqualTo(Outcome.NOT_MET);
    assertThat(six.gap()).hasValue(new Gap.Fewer(INCIDENTS, 5));
    // An average of exactly 5 (4 and 6): "below" is strict, so 5 is not met and 4 is the most.
    List<Peer> even = List.of(peer("520102-002", 0, 1, 4), peer("520102-003", 0, 1, 6));
    CriterionResult five = result(evidence(0, 1, 5, even), FEWER);
    assertThat(five.outcome()).isEqualTo(Outcome.NOT_MET);
    assertThat(five.gap()).hasValue(new Gap.Fewer(INCIDENTS, 4));
    // Below an average of 0 no count can be: no gap.
    List<Peer> none = List.of(peer("520102-002", 0, 1, 0));
    CriterionResult zero = result(evidence(0, 1, 0, none), FEWER);
    assertThat(zero.outcome()).isEqualTo(Outcome.NOT_MET);
    assertThat(zero.gap()).isEmpty();
  }

  @Test
  void noPeers_hasNoAverage_notApplicable_andPeersNotGiven_isNotAssessed() {
    CriterionResult alone = result(evidence(930, 1000, 5, List.of()), SAFETY);
    assertThat(alone.outcome()).isEqualTo(Outcome.NOT_APPLICABLE);
    assertThat(alone.observation())
        .hasValue(
            new PeerAverageObservation(930, OptionalLong.of(1000), Optional.empty(), 0, true));
    Evidence withoutPeers = evidence(930, 1000, 5, List.of()).withoutPeers();
    CriterionResult r = result(withoutPeers, SAFETY);
    assertThat(r.outcome()).isEqualTo(Outcome.NOT_ASSESSED);
    assertThat(r.missing())
        .containsExactly(new MissingEvidence.MissingList(MissingEvidence.EvidenceList.PEERS));
  }

  @Test
  void aPeerCountNotKnown_leavesTheAverageUnknown_namingEachInIdOrder() {
    List<Peer> peers =
        List.of(
            Peer.of(
                "520102-009",
                OptionalLong.empty(),
                OptionalLong.empty(),
                Map.of(RESPONDENTS, 1000L, INCIDENTS, 3L)),
            peer("520102-002", 912, 1000, 4),
            Peer.of(
                "520102-003", OptionalLong.of(50_000), OptionalLong.of(3), Map.of(INCIDENTS, 3L)));
    CriterionResult r = result(evidence(999, 1000, 0, peers), SAFETY);
    assertThat(r.outcome()).isEqualTo(Outcome.NOT_ASSESSED);
    assertThat(r.missing())
        .containsExactly(
            new MissingEvidence.MissingPeerCount("520102-003", SAFE),
            new MissingEvidence.MissingPeerCount("520102-003", RESPONDENTS),
            new MissingEvidence.MissingPeerCount("520102-009", SAFE));
    assertThat(result(evidence(999, 1000, 0, peers), FEWER).outcome())
        .as("the count criterion reads only incidents, which every peer gives")
        .isEqualTo(Outcome.MET);
  }

  @Test
  void theUnitsOwnCountMissing_isNotAssessed() {
    Evidence e =
        Evidence.builder()
            .unit(TOWN)
            .period(AssessmentPeriod.ofYear(Year.of(2015)))
            .putCounts(SAFE, 930)
            .peers(TWO)
            .build();
    assertThat(result(e, SAFETY).missing())
        .containsExactly(new MissingEvidence.MissingCount(RESPONDENTS));
  }

  @Test
  void aPeersNegativeCount_isRefusedWhenTheEvidenceIsBuilt() {
    List<Peer> bad =
        List.of(
            Peer.of(
                "520102-002", OptionalLong.empty(), OptionalLong.empty(), Map.of(INCIDENTS, -1L)));
    InvalidEvidenceException e = Rejections.rejection(() -> evidence(930, 1000, 5, bad));
    Rejections.assertNames(e, "$.peers[0].counts[\"incidents.reported\"]", RuleCode.COUNT_NEGATIVE);
  }

  @Test
  void peersCounts_areCheckedAgainstTheSet_unknown_partAboveWhole_baseZero() {
    List<Peer> bad =
        List.of(
            Peer.of(
                "520102-002",
                OptionalLong.empty(),
                OptionalLong.empty(),
                Map.of(SAFE, 1001L, RESPONDENTS, 1000L, INCIDENTS, 1L)),
            Peer.of(
                "520102-003",
                OptionalLong.empty(),
                OptionalLong.empty(),
                Map.of(SAFE, 0L, RESPONDENTS, 0L, MetricKey.of("unknown.metric"), 1L)));
    Evidence e = evidence(930, 1000, 5, bad);
    assertThat(set().validate(e))
        .extracting(v -> v.code() + " " + Rejections.path(v.location()))
        .containsExactlyInAnyOrder(
            "COUNT_PART_ABOVE_WHOLE $.peers[0].counts[\"survey.safe\"]",
            "COUNT_RATE_BASE_ZERO $.peers[1].counts[\"survey.respondents\"]",
            "METRIC_UNKNOWN $.peers[1].counts[\"unknown.metric\"]");
    InvalidEvidenceException refused = Rejections.rejection(() -> set().assess(e));
    Rejections.assertNames(
        refused, "$.peers[1].counts[\"survey.respondents\"]", RuleCode.COUNT_RATE_BASE_ZERO);
  }

  @Test
  void theUnitsOwnBaseOfZero_isInvalid() {
    Evidence e = evidence(0, 0, 5, TWO);
    assertThat(set().validate(e))
        .extracting(Violation::code)
        .containsExactly(RuleCode.COUNT_RATE_BASE_ZERO);
  }

  @Test
  void aBarWhoseBaseIsItsOwnMetric_isRefused() {
    assertThatThrownBy(() -> PeerAverage.of(SAFE, Optional.of(SAFE), Comparison.AT_LEAST))
        .isInstanceOfSatisfying(
            InvalidCriteriaException.class,
            e ->
                assertThat(e.violations())
                    .extracting(Violation::code)
                    .containsExactly(RuleCode.RATE_OWN_BASE));
  }

  @Test
  void peerCounts_enterTheDigest_onlyWhenGiven() {
    Evidence plain = evidence(930, 1000, 5, List.of(Peer.of("520102-002", 50_000, 3)));
    Evidence withCounts =
        evidence(
            930,
            1000,
            5,
            List.of(
                Peer.of(
                    "520102-002", OptionalLong.of(50_000), OptionalLong.of(3), Map.of(SAFE, 1L))));
    Evidence otherCount =
        evidence(
            930,
            1000,
            5,
            List.of(
                Peer.of(
                    "520102-002", OptionalLong.of(50_000), OptionalLong.of(3), Map.of(SAFE, 2L))));
    assertThat(EvidenceDigest.canonicalForm(plain)).doesNotContain("peer-count");
    assertThat(EvidenceDigest.canonicalForm(withCounts))
        .contains("peer-count\t520102-002\tsurvey.safe\t1\n");
    assertThat(withCounts.evidenceDigest())
        .isNotEqualTo(plain.evidenceDigest())
        .isNotEqualTo(otherCount.evidenceDigest());
  }

  /**
   * The gap is exact: for any unit and peers, adding the gap's amount (or lowering the count to its most) meets the
   * bar, and one less of the change does not.
   */
  @Test
  void property_theGapIsTheSmallestChangeThatMeetsTheBar() {
    qt().withExamples(400)
        .forAll(
            integers().between(0, 2000),
            integers().between(1, 2000),
            lists().of(integers().between(0, 1_000_000)).ofSizeBetween(1, 6),
            integers().between(0, 7))
        .checkAssert(
            (value, base, seeds, c) -> {
              Comparison comparison = Comparison.values()[c % 4];
              // The respondents who feel safe are a part of the respondents, or the set says
              // nothing of it.
              boolean partOfBase = c >= 4;
              PeerAverage bar = PeerAverage.of(SAFE, Optional.of(RESPONDENTS), comparison);
              BigInteger num = BigInteger.ZERO;
              BigInteger den = BigInteger.ONE;
              for (int seed : seeds) {
                long b = 1 + seed % 997;
                long m = (seed / 997) % (b + 1);
                num = num.multiply(BigInteger.valueOf(b)).add(den.multiply(BigInteger.valueOf(m)));
                den = den.multiply(BigInteger.valueOf(b));
              }
              Mean mean = Mean.reduced(num, den.multiply(BigInteger.valueOf(seeds.size())));
              long v = Math.min(value, base);
              PeerAverageObservation o =
                  new PeerAverageObservation(
                      v, OptionalLong.of(base), Optional.of(mean), seeds.size(), partOfBase);
              Outcome outcome = Verdicts.outcome(bar, o);
              Optional<Gap> gap = Gaps.of(bar, o);
              if (outcome == Outcome.MET) {
                assertThat(gap).isEmpty();
                return;
              }
              if (gap.isEmpty()) {
                // No count can meet it: none below 0 for an upper bound, none above the whole for a
                // part.
                assertThat(comparison.isLowerBound()).isEqualTo(partOfBase);
                assertThat(Verdicts.outcome(bar, with(o, partOfBase ? base : 0)))
                    .isEqualTo(Outcome.NOT_MET);
                return;
              }
              long target =
                  gap.get() instanceof Gap.More more
                      ? v + more.amount()
                      : ((Gap.Fewer) gap.get()).atMost();
              assertThat(target).isLessThanOrEqualTo(partOfBase ? base : Long.MAX_VALUE);
              assertThat(Verdicts.outcome(bar, with(o, target))).isEqualTo(Outcome.MET);
              long nearer = comparison.isLowerBound() ? target - 1 : target + 1;
              assertThat(Verdicts.outcome(bar, with(o, nearer))).isEqualTo(Outcome.NOT_MET);
            });
  }

  private static PeerAverageObservation with(PeerAverageObservation o, long value) {
    return new PeerAverageObservation(value, o.base(), o.mean(), o.peers(), o.partOfBase());
  }

  @Test
  void inASelection_theWholeDistrict_isThePeers_withEachCandidatesOwnCounts() {
    Evidence a = evidence(930, 1000, 5, List.of());
    Evidence b =
        Evidence.builder()
            .unit(Unit.of("520102-002", "西湖路街道", UnitKind.STREET, "520102"))
            .period(AssessmentPeriod.ofYear(Year.of(2015)))
            .putCounts(SAFE, 912)
            .putCounts(RESPONDENTS, 1000)
            .putCounts(INCIDENTS, 4)
            .build();
    List<Peer> others = List.of(peer("520102-003", 948, 1000, 7));
    Selection selection = Selection.of(List.of(a, b), others, set());
    CriterionResult first =
        selection.candidates().stream()
            .filter(c -> c.result().unit().id().equals(TOWN.id()))
            .findFirst()
            .orElseThrow()
            .result()
            .criterion(SAFETY)
            .orElseThrow();
    assertThat(first.observation())
        .hasValue(
            new PeerAverageObservation(
                930,
                OptionalLong.of(1000),
                Optional.of(new Mean(BigInteger.valueOf(93), BigInteger.valueOf(100))),
                2,
                true));
    assertThat(first.outcome()).isEqualTo(Outcome.MET);
  }

  @Test
  void inASelection_aCandidatesListedCount_mustBeTheDistricts() {
    Evidence a = evidence(930, 1000, 5, List.of(peer("520102-003", 948, 1000, 8)));
    List<Peer> others = List.of(peer("520102-003", 948, 1000, 7));
    assertThatThrownBy(() -> Selection.of(List.of(a), others, set()))
        .isInstanceOfSatisfying(
            InvalidEvidenceException.class,
            e ->
                assertThat(e.violations())
                    .extracting(
                        v ->
                            v.code()
                                + " "
                                + v.location().document().orElse("")
                                + " "
                                + Rejections.path(v.location()))
                    .containsExactly(
                        "CANDIDATE_PEER_DIFFERS_FROM_DISTRICT 520102-001 "
                            + "$.peers[0].counts[\"incidents.reported\"]"));
  }

  @Test
  void inASelection_theDistrictsOwnPeerCounts_areCheckedInTheirDocument_notAtACandidatesList() {
    Evidence a = evidence(930, 1000, 5, List.of());
    List<Peer> others =
        List.of(
            peer("520102-003", 948, 1000, 7),
            Peer.of(
                "520102-004",
                OptionalLong.empty(),
                OptionalLong.empty(),
                Map.of(SAFE, 1001L, RESPONDENTS, 1000L, INCIDENTS, -1L)),
            Peer.of(
                "520102-005",
                OptionalLong.empty(),
                OptionalLong.empty(),
                Map.of(SAFE, 0L, RESPONDENTS, 0L, MetricKey.of("unknown.metric"), 1L)));
    assertThatThrownBy(() -> Selection.of(List.of(a), others, set()))
        .isInstanceOfSatisfying(
            InvalidEvidenceException.class,
            e ->
                assertThat(e.violations())
                    .extracting(
                        v ->
                            v.code()
                                + " "
                                + v.location().document().orElse("")
                                + " "
                                + Rejections.path(v.location()))
                    .containsExactly(
                        "COUNT_NEGATIVE district-peers $.peers[1].counts[\"incidents.reported\"]",
                        "COUNT_PART_ABOVE_WHOLE district-peers $.peers[1].counts[\"survey.safe\"]",
                        "METRIC_UNKNOWN district-peers $.peers[2].counts[\"unknown.metric\"]",
                        "COUNT_RATE_BASE_ZERO district-peers "
                            + "$.peers[2].counts[\"survey.respondents\"]"));
  }

  @Test
  void validatePeer_namesEachFigureUnderThePeersLocation() {
    Peer bad =
        Peer.of(
            "520102-004",
            OptionalLong.of(0),
            OptionalLong.of(-2),
            Map.of(SAFE, 5L, RESPONDENTS, 4L, INCIDENTS, 0L));
    assertThat(set().validatePeer(bad, Location.root().member("peers").index(3)))
        .extracting(v -> v.code() + " " + Rejections.path(v.location()))
        .containsExactly(
            "PEER_POPULATION $.peers[3].population",
            "PEER_CASES_NEGATIVE $.peers[3].cases",
            "COUNT_PART_ABOVE_WHOLE $.peers[3].counts[\"survey.safe\"]");
    assertThat(set().validatePeer(TWO.get(0), Location.root())).isEmpty();
  }

  /** A set with one bar: {@code metric} per {@code per} above the peers' average. */
  static CriteriaSet above(MetricKey metric, MetricKey per) {
    return set()
        .withIndicators(
            List.of(
                Indicator.builder()
                    .id("eligibility")
                    .chineseName("参评资格")
                    .englishName("eligibility")
                    .clause("三")
                    .addAllCriteria(set().indicators().get(0).criteria())
                    .addCriteria(
                        DeclaredEventsTest.criterion(
                            "above",
                            PeerAverage.of(metric, Optional.of(per), Comparison.GREATER_THAN)))
                    .build()));
  }

  @Test
  void aShareAboveAnAverageOf100Percent_cannotBeMet_soHasNoGap_butARateHasOne() {
    List<Peer> full = List.of(peer("520102-002", 1000, 1000, 1000), peer("520102-003", 10, 10, 10));
    CriterionResult share =
        above(SAFE, RESPONDENTS)
            .assess(evidence(1000, 1000, 1000, full))
            .criterion("above")
            .orElseThrow();
    assertThat(share.outcome()).isEqualTo(Outcome.NOT_MET);
    assertThat(share.observation())
        .hasValue(
            new PeerAverageObservation(
                1000,
                OptionalLong.of(1000),
                Optional.of(new Mean(BigInteger.ONE, BigInteger.ONE)),
                2,
                true));
    assertThat(share.gap()).isEmpty();
    // Incidents are not declared a part of the respondents: 1,001 per 1,000 is a figure it may
    // reach.
    CriterionResult rate =
        above(INCIDENTS, RESPONDENTS)
            .assess(evidence(1000, 1000, 1000, full))
            .criterion("above")
            .orElseThrow();
    assertThat(rate.observation().map(o -> ((PeerAverageObservation) o).partOfBase()))
        .hasValue(false);
    assertThat(rate.gap()).hasValue(new Gap.More(INCIDENTS, 1));
    // Below 100 %, the share's gap is the smallest part above the average, within the whole.
    List<Peer> most = List.of(peer("520102-002", 998, 1000, 0), peer("520102-003", 999, 1000, 0));
    assertThat(
            above(SAFE, RESPONDENTS)
                .assess(evidence(990, 1000, 0, most))
                .criterion("above")
                .orElseThrow()
                .gap())
        .hasValue(new Gap.More(SAFE, 9));
  }

  @Test
  void aPartOfItsBase_aboveIt_isNotAnObservation() {
    assertThatThrownBy(
            () ->
                new PeerAverageObservation(
                    11,
                    OptionalLong.of(10),
                    Optional.of(new Mean(BigInteger.ONE, BigInteger.TWO)),
                    1,
                    true))
        .isInstanceOf(IllegalArgumentException.class)
        .hasMessageContaining("value (11)");
    assertThatThrownBy(
            () -> new PeerAverageObservation(1, OptionalLong.empty(), Optional.empty(), 0, true))
        .isInstanceOf(IllegalArgumentException.class);
  }
}
