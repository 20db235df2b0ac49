package io.github.jindu;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;
import static org.quicktheories.QuickTheory.qt;
import static org.quicktheories.generators.SourceDSL.integers;

import com.google.common.collect.ImmutableList;
import io.github.jindu.Observation.SampleObservation;
import io.github.jindu.bar.Sample;
import io.github.jindu.internal.Gaps;
import io.github.jindu.internal.Scoring;
import io.github.jindu.internal.Verdicts;
import io.github.jindu.points.PointsScheme;
import java.math.BigDecimal;
import java.time.Year;
import java.util.ArrayList;
import java.util.List;
import java.util.Optional;
import org.junit.jupiter.api.Test;

/**
 * The sample bar (抽查, 杭州 2018: 随机抽查10%(不足4所，以4所计算)…每1所不合格扣1分): the units required at the
 * boundaries, outcomes, the gap's exactness, the evidence rules, the digest, and the deduction per shortfall.
 */
class SampleBarTest {
  static final MetricKey SCHOOLS = MetricKey.of("schools.total");
  static final Sample TEN_PERCENT_AT_LEAST_FOUR = Sample.of(SCHOOLS, Ratio.of(1, 10), 4, 0);
  static final String ID = "schools.sampled";
  static final Unit TOWN = Unit.of("310199-001", "东沙镇", UnitKind.TOWN, "310199");

  static CriteriaSet set() {
    return CriteriaSet.builder()
        .id("hangzhou-schools")
        .chineseName("学校抽查")
        .englishName("school sample")
        .addUnitKinds(UnitKind.TOWN)
        .addMetricDefinitions(Metric.of(SCHOOLS, "学校总数", "schools", CountUnit.PLACES))
        .addIndicators(
            Indicator.builder()
                .id("schools")
                .chineseName("学校")
                .englishName("schools")
                .clause("三")
                .addCriteria(
                    Criterion.builder()
                        .id(ID)
                        .chineseName("随机抽查10%(不足4所，以4所计算)")
                        .englishName("sample 10 % of schools, at least 4")
                        .clause("三(二)")
                        .threshold(TEN_PERCENT_AT_LEAST_FOUR)
                        .build(),
                    Criterion.builder()
                        .id("schools.attested")
                        .chineseName("认定")
                        .englishName("attested")
                        .clause("三(三)")
                        .threshold(io.github.jindu.bar.Attested.of())
                        .build())
                .build())
        .build();
  }

  static List<SampledUnit> units(int passed, int failed) {
    List<SampledUnit> out = new ArrayList<>();
    for (int i = 0; i < passed; i++) {
      out.add(SampledUnit.of(String.format("s%03d", i), true));
    }
    for (int i = 0; i < failed; i++) {
      out.add(SampledUnit.of(String.format("f%03d", i), false));
    }
    return out;
  }

  static Evidence.Builder base(long schools) {
    return Evidence.builder()
        .unit(TOWN)
        .period(AssessmentPeriod.ofYear(Year.of(2025)))
        .putCounts(SCHOOLS, schools);
  }

  static Evidence evidence(long schools, int passed, int failed) {
    return base(schools).putSample(ID, units(passed, failed)).build();
  }

  static CriterionResult result(Evidence evidence) {
    return set().assess(evidence).criterion(ID).orElseThrow();
  }

  @Test
  void required_atTheBoundaries() {
    assertThat(TEN_PERCENT_AT_LEAST_FOUR.required(40)).isEqualTo(4);
    assertThat(TEN_PERCENT_AT_LEAST_FOUR.required(41)).isEqualTo(5);
    assertThat(TEN_PERCENT_AT_LEAST_FOUR.required(45)).isEqualTo(5);
    assertThat(TEN_PERCENT_AT_LEAST_FOUR.required(50)).isEqualTo(5);
    assertThat(TEN_PERCENT_AT_LEAST_FOUR.required(3)).isEqualTo(3);
    assertThat(TEN_PERCENT_AT_LEAST_FOUR.required(0)).isEqualTo(0);
    assertThat(Sample.of(SCHOOLS, Ratio.ONE, 1, 0).required(Long.MAX_VALUE))
        .isEqualTo(Long.MAX_VALUE);
  }

  @Test
  void fortySchools_fourSampledAllPassing_isMet() {
    CriterionResult r = result(evidence(40, 4, 0));
    assertThat(r.outcome()).isEqualTo(Outcome.MET);
    assertThat(r.observation()).hasValue(new SampleObservation(40, 4, 4, ImmutableList.of()));
  }

  @Test
  void fortyFiveSchools_requireFive_fourIsOneShort() {
    CriterionResult r = result(evidence(45, 4, 0));
    assertThat(r.outcome()).isEqualTo(Outcome.NOT_MET);
    assertThat(r.gap()).hasValue(new Gap.SampleShort(1, 0));
    assertThat(result(evidence(45, 5, 0)).outcome()).isEqualTo(Outcome.MET);
  }

  @Test
  void threeSchools_allThreeSampled_isMet() {
    assertThat(result(evidence(3, 3, 0)).outcome()).isEqualTo(Outcome.MET);
    assertThat(result(evidence(3, 2, 0)).gap()).hasValue(new Gap.SampleShort(1, 0));
  }

  @Test
  void noSchools_isNotApplicable_withOrWithoutAList() {
    assertThat(result(evidence(0, 0, 0)).outcome()).isEqualTo(Outcome.NOT_APPLICABLE);
    assertThat(result(base(0).build()).outcome()).isEqualTo(Outcome.NOT_APPLICABLE);
  }

  @Test
  void failures_atTheAllowance_areMet_oneMoreIsNot() {
    Sample oneAllowed = Sample.of(SCHOOLS, Ratio.of(1, 10), 4, 1);
    assertThat(
            Verdicts.outcome(oneAllowed, new SampleObservation(40, 4, 4, ImmutableList.of("f000"))))
        .isEqualTo(Outcome.MET);
    SampleObservation two = new SampleObservation(40, 4, 4, ImmutableList.of("f000", "f001"));
    assertThat(Verdicts.outcome(oneAllowed, two)).isEqualTo(Outcome.NOT_MET);
    assertThat(Gaps.of(oneAllowed, two)).hasValue(new Gap.SampleShort(0, 1));
    CriterionResult r = result(evidence(40, 3, 1));
    assertThat(r.outcome()).isEqualTo(Outcome.NOT_MET);
    assertThat(r.observation()).hasValue(new SampleObservation(40, 4, 4, ImmutableList.of("f000")));
    assertThat(r.gap()).hasValue(new Gap.SampleShort(0, 1));
  }

  @Test
  void noList_isNotAssessed_namingTheList_andNoCount_namesTheCount() {
    CriterionResult r = result(base(40).build());
    assertThat(r.outcome()).isEqualTo(Outcome.NOT_ASSESSED);
    assertThat(r.missing()).containsExactly(new MissingEvidence.MissingSample(ID));
    Evidence noCount =
        Evidence.builder()
            .unit(TOWN)
            .period(AssessmentPeriod.ofYear(Year.of(2025)))
            .putSample(ID, units(4, 0))
            .build();
    assertThat(result(noCount).missing())
        .containsExactly(new MissingEvidence.MissingCount(SCHOOLS));
  }

  @Test
  void badBars_areRefused_withTheirRules() {
    assertThatThrownBy(() -> Sample.of(SCHOOLS, Ratio.ZERO, 4, 0))
        .isInstanceOfSatisfying(
            InvalidCriteriaException.class,
            e -> assertThat(e.violations().get(0).code()).isEqualTo(RuleCode.SAMPLE_SHARE));
    assertThatThrownBy(() -> Sample.of(SCHOOLS, Ratio.of(11, 10), 4, 0))
        .isInstanceOfSatisfying(
            InvalidCriteriaException.class,
            e -> assertThat(e.violations().get(0).code()).isEqualTo(RuleCode.SAMPLE_SHARE));
    assertThatThrownBy(() -> Sample.of(SCHOOLS, Ratio.of(1, 10), 0, 0))
        .isInstanceOfSatisfying(
            InvalidCriteriaException.class,
            e ->
                assertThat(e.violations().get(0).code())
                    .isEqualTo(RuleCode.SAMPLE_AT_LEAST_BELOW_ONE));
    assertThatThrownBy(() -> Sample.of(SCHOOLS, Ratio.of(1, 10), 4, -1))
        .isInstanceOfSatisfying(
            InvalidCriteriaException.class,
            e ->
                assertThat(e.violations().get(0).code())
                    .isEqualTo(RuleCode.SAMPLE_FAILURES_NEGATIVE));
    assertThat(Sample.of(SCHOOLS, Ratio.ONE, 1, 0).share()).isEqualTo(Ratio.ONE);
  }

  @Test
  void aUnitThatIsNoId_andAUnitSampledTwice_areInvalidEvidence() {
    assertThatThrownBy(
            () ->
                base(40)
                    .putSample(
                        ID,
                        List.of(
                            SampledUnit.of("s1", true),
                            SampledUnit.of("s1", false),
                            SampledUnit.of(" ", true)))
                    .build())
        .isInstanceOfSatisfying(
            InvalidEvidenceException.class,
            e ->
                assertThat(e.violations())
                    .extracting(v -> v.code() + " " + v.location())
                    .containsExactly(
                        RuleCode.SAMPLE_UNIT_TWICE
                            + " "
                            + Location.of(Location.Segment.member("samples"))
                                .key(ID)
                                .index(1)
                                .member("unit"),
                        RuleCode.TEXT_BLANK
                            + " "
                            + Location.of(Location.Segment.member("samples"))
                                .key(ID)
                                .index(2)
                                .member("unit")));
  }

  @Test
  void listsForOtherCriteria_andMoreThanThePopulation_areInvalidAgainstTheSet() {
    Evidence e =
        base(3)
            .putSample(ID, units(4, 0))
            .putSample("schools.unknown", units(1, 0))
            .putSample("schools.attested", units(1, 0))
            .build();
    assertThat(set().validate(e))
        .extracting(Violation::code)
        .containsExactlyInAnyOrder(
            RuleCode.SAMPLE_ABOVE_POPULATION,
            RuleCode.SAMPLE_UNKNOWN_CRITERION,
            RuleCode.SAMPLE_NOT_SAMPLE);
  }

  @Test
  void digest_withoutSamples_isUnchanged_withSamples_itDiffers_andIgnoresOrder() {
    Evidence without = base(40).build();
    assertThat(EvidenceDigest.canonicalForm(without)).doesNotContain("sample");
    Evidence with = evidence(40, 3, 1);
    assertThat(with.evidenceDigest()).isNotEqualTo(without.evidenceDigest());
    List<SampledUnit> reversed = new ArrayList<>(units(3, 1));
    java.util.Collections.reverse(reversed);
    assertThat(base(40).putSample(ID, reversed).build().evidenceDigest())
        .isEqualTo(with.evidenceDigest());
    assertThat(evidence(40, 4, 0).evidenceDigest()).isNotEqualTo(with.evidenceDigest());
  }

  @Test
  void perShortfall_deductsOnePointPerFailingSchool_andPerUnitNotSampled() {
    PointsScheme.PerShortfall points =
        PointsScheme.PerShortfall.of(new BigDecimal("4"), BigDecimal.ONE, new BigDecimal("4"));
    assertThat(Scoring.countsShortfall(TEN_PERCENT_AT_LEAST_FOUR)).isTrue();
    CriterionResult twoFailed = result(evidence(40, 2, 2));
    assertThat(Scoring.shortfall(twoFailed)).isEqualTo(2);
    assertThat(points.earned(Scoring.shortfall(twoFailed))).isEqualByComparingTo("2");
    CriterionResult shortAndFailed = result(evidence(45, 3, 1));
    assertThat(shortAndFailed.gap()).hasValue(new Gap.SampleShort(1, 1));
    assertThat(Scoring.shortfall(shortAndFailed)).isEqualTo(2);
    assertThat(points.earned(Scoring.shortfall(result(evidence(40, 0, 4)))))
        .isEqualByComparingTo("0");
  }

  /**
   * The gap is the smallest change that meets the bar: sampling {@code moreUnits} more passing units and turning
   * {@code failuresOver} failures into passes meets it; one less of either does not.
   */
  @Test
  void gap_isExact() {
    qt().forAll(
            integers().between(1, 500),
            integers().between(1, 100),
            integers().between(10, 205),
            integers().between(0, 999_999))
        .checkAssert(
            (population, percent, bounds, seed) -> {
              int atLeast = bounds / 10;
              int allowed = bounds % 10 % 6;
              int sampledSeed = seed % 1000;
              int failedSeed = seed / 1000;
              Sample bar = Sample.of(SCHOOLS, Ratio.of(percent, 100), atLeast, allowed);
              int sampled = sampledSeed % (population + 1);
              int failures = failedSeed % (sampled + 1);
              SampleObservation o = observation(bar, population, sampled, failures);
              Optional<Gap> gap = Gaps.of(bar, o);
              if (Verdicts.outcome(bar, o) == Outcome.MET) {
                assertThat(gap).isEmpty();
                return;
              }
              Gap.SampleShort g = (Gap.SampleShort) gap.orElseThrow();
              int more = Math.toIntExact(g.moreUnits());
              int over = Math.toIntExact(g.failuresOver());
              assertThat(
                      Verdicts.outcome(
                          bar, observation(bar, population, sampled + more, failures - over)))
                  .isEqualTo(Outcome.MET);
              if (more > 0) {
                assertThat(
                        Verdicts.outcome(
                            bar, observation(bar, population, sampled + more - 1, failures - over)))
                    .isEqualTo(Outcome.NOT_MET);
              }
              if (over > 0) {
                assertThat(
                        Verdicts.outcome(
                            bar, observation(bar, population, sampled + more, failures - over + 1)))
                    .isEqualTo(Outcome.NOT_MET);
              }
            });
  }

  private static SampleObservation observation(
      Sample bar, long population, int sampled, int failures) {
    ImmutableList.Builder<String> failed = ImmutableList.builder();
    for (int i = 0; i < failures; i++) {
      failed.add(String.format("f%04d", i));
    }
    return new SampleObservation(population, bar.required(population), sampled, failed.build());
  }

  @Test
  void observation_andGap_checkTheirInvariants() {
    assertThatThrownBy(() -> new SampleObservation(3, 4, 3, ImmutableList.of()))
        .isInstanceOf(IllegalArgumentException.class);
    assertThatThrownBy(() -> new SampleObservation(3, 3, 1, ImmutableList.of("b", "a")))
        .isInstanceOf(IllegalArgumentException.class);
    assertThatThrownBy(() -> new Gap.SampleShort(0, 0))
        .isInstanceOf(IllegalArgumentException.class);
  }
}
