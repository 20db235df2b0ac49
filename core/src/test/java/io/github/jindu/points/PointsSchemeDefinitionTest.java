package io.github.jindu.points;

import static io.github.jindu.testing.ScoredSet.COVERAGE;
import static io.github.jindu.testing.ScoredSet.HOTSPOTS;
import static io.github.jindu.testing.ScoredSet.band;
import static io.github.jindu.testing.ScoredSet.d;
import static io.github.jindu.testing.ScoredSet.points;
import static io.github.jindu.testing.ScoredSet.standardBands;
import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;
import static org.assertj.core.api.Assertions.catchThrowableOfType;

import com.google.common.collect.ImmutableList;
import io.github.jindu.InvalidCriteriaException;
import io.github.jindu.Location;
import io.github.jindu.MissingAttributeException;
import io.github.jindu.Ratio;
import io.github.jindu.RuleCode;
import io.github.jindu.Violation;
import io.github.jindu.testing.ScoredSet;
import java.math.BigDecimal;
import java.util.List;
import org.junit.jupiter.api.Test;

/** The rules of a points scheme's own definition (docs/spec/criteria.md, "Points schemes"), built in Java. */
class PointsSchemeDefinitionTest {
  private static final PointsScheme STANDARD = ScoredSet.standard();

  /** The standard scheme's points, deductions and bonus with the bands and pass mark given. */
  private static PointsScheme withBands(String passMark, PointsScheme.Band... bands) {
    return points()
        .perMissingItem(d("1"))
        .missingCap(d("2"))
        .bonusCap(d("3"))
        .passMark(d(passMark))
        .addBands(bands)
        .build();
  }

  private static PointsScheme.Band failed(String upper, boolean inclusive) {
    return band("不合格", "failed", "0", true, upper, inclusive);
  }

  private static PointsScheme.Band passed(String lower, boolean inclusive) {
    return band("合格", "passed", lower, inclusive, "103", true);
  }

  // ---- the maximum total ----

  @Test
  void maxTotal_addsPointsTopTiersIndicatorsAndTheBonusUpToItsCap() {
    // 25 + 25 + 20 (criteria) + 20 (top tier) + 10 (indicator) + min(5, 3) (bonus)
    assertThat(STANDARD.maxTotal()).isEqualByComparingTo("103");
  }

  @Test
  void maxTotal_withoutABonusCap_addsTheWholeBonus() {
    PointsScheme scheme =
        points()
            .passMark(d("80"))
            .addBands(
                band("不合格", "failed", "0", true, "80", false),
                band("合格", "passed", "80", true, "105", true))
            .build();
    assertThat(scheme.maxTotal()).isEqualByComparingTo("105");
    assertThat(scheme.bonusCap()).isEmpty();
    assertThat(scheme.missingCap()).isEmpty();
    assertThat(scheme.perMissingItem()).isEqualByComparingTo("0");
  }

  @Test
  void maxTotal_withABonusCapAboveTheBonus_addsTheWholeBonus() {
    PointsScheme scheme =
        points()
            .bonusCap(d("10"))
            .passMark(d("80"))
            .addBands(
                band("不合格", "failed", "0", true, "80", false),
                band("合格", "passed", "80", true, "105", true))
            .build();
    assertThat(scheme.maxTotal()).isEqualByComparingTo("105");
  }

  @Test
  void maxTotal_withABonusCapEqualToTheBonus_addsTheWholeBonus() {
    PointsScheme scheme =
        points()
            .bonusCap(d("5"))
            .passMark(d("80"))
            .addBands(
                band("不合格", "failed", "0", true, "80", false),
                band("合格", "passed", "80", true, "105", true))
            .build();
    assertThat(scheme.maxTotal()).isEqualByComparingTo("105");
  }

  // ---- the pass mark ----

  @Test
  void passMark_atTheMaximumTotal_isAccepted() {
    assertThat(
            withBands("103", failed("103", false), band("合格", "passed", "103", true, "103", true))
                .passMark())
        .isEqualByComparingTo("103");
  }

  @Test
  void passMark_aHundredthAboveTheMaximumTotal_isRefused_namingIt() {
    assertThatThrownBy(() -> withBands("103.01", standardBands().toArray(PointsScheme.Band[]::new)))
        .isInstanceOf(InvalidCriteriaException.class)
        .hasMessageContaining("103.01");
  }

  @Test
  void passMark_belowZero_isRefused_namingIt() {
    assertThatThrownBy(() -> withBands("-1", standardBands().toArray(PointsScheme.Band[]::new)))
        .isInstanceOf(InvalidCriteriaException.class)
        .hasMessageContaining("-1");
  }

  @Test
  void passMark_notGiven_isAMissingAttribute() {
    assertThatThrownBy(() -> points().addAllBands(standardBands()).build())
        .isInstanceOfSatisfying(
            MissingAttributeException.class,
            e -> {
              assertThat(e.valueType()).isEqualTo("PointsScheme");
              assertThat(e.attributes()).containsExactly("passMark");
            });
  }

  @Test
  void mostPointsOf_isACriterionsPoints_orItsHighestTier_orZero() {
    PointsScheme scheme =
        points()
            .perMissingItem(d("1"))
            .missingCap(d("2"))
            .bonusCap(d("3"))
            .passMark(d("80"))
            .addAllBands(standardBands())
            .build();
    assertThat(scheme.mostPointsOf(HOTSPOTS))
        .isEqualByComparingTo(scheme.criterionPoints().get(HOTSPOTS));
    assertThat(scheme.tiers()).containsKey(COVERAGE);
    assertThat(scheme.mostPointsOf(COVERAGE))
        .isEqualByComparingTo(
            scheme.tiers().get(COVERAGE).stream()
                .map(PointsScheme.Tier::points)
                .max(BigDecimal::compareTo)
                .orElseThrow());
    assertThat(scheme.mostPointsOf("no.such-criterion")).isEqualByComparingTo("0");
  }

  // ---- the bands ----

  @Test
  void bands_thatMeetAtAnExclusiveAndAnInclusiveBound_coverEveryTotalOnce() {
    PointsScheme scheme = withBands("80", failed("80", false), passed("80", true));
    assertThat(scheme.bandOf(d("79.99")).chineseName()).isEqualTo("不合格");
    assertThat(scheme.bandOf(d("80")).chineseName()).isEqualTo("合格");
    PointsScheme other =
        withBands(
            "90",
            failed("80", true),
            band("合格", "passed", "80", false, "90", false),
            band("优秀", "excellent", "90", true, "103", true));
    assertThat(other.bandOf(d("80")).chineseName()).isEqualTo("不合格");
    assertThat(other.bandOf(d("80.01")).chineseName()).isEqualTo("合格");
  }

  /** A report never names a failing band beside a qualifying conclusion, or the reverse (criteria.md, "Points schemes"). */
  @Test
  void aBandThatHoldsTotalsOnBothSidesOfThePassMark_isRefused_namingTheBandAndTheMark() {
    PointsScheme.Band failedTo80 = failed("80", true);
    assertThatThrownBy(() -> withBands("80", failedTo80, passed("80", false)))
        .isInstanceOfSatisfying(
            InvalidCriteriaException.class,
            e ->
                assertThat(e.violations())
                    .containsExactly(
                        Violation.of(
                            RuleCode.POINTS_BAND_STRADDLES_PASS_MARK,
                            Location.root().member("bands"),
                            failedTo80,
                            "80")));
    PointsScheme.Band passedFrom60 = passed("60", true);
    assertThatThrownBy(() -> withBands("80", failed("60", false), passedFrom60))
        .isInstanceOfSatisfying(
            InvalidCriteriaException.class,
            e ->
                assertThat(e.violations())
                    .containsExactly(
                        Violation.of(
                            RuleCode.POINTS_BAND_STRADDLES_PASS_MARK,
                            Location.root().member("bands"),
                            passedFrom60,
                            "80")));
    assertThat(
            withBands("80", failed("80", false), passed("80", true)).bandOf(d("80")).chineseName())
        .isEqualTo("合格");
  }

  @Test
  void bands_thatBothHoldTheirSharedBound_overlap_andAreRefused_namingIt() {
    assertThatThrownBy(() -> withBands("80", failed("80", true), passed("80", true)))
        .isInstanceOf(InvalidCriteriaException.class)
        .hasMessageContaining("80");
  }

  @Test
  void bands_whereOneStartsBeforeTheLastEnds_overlap_andAreRefused() {
    assertThatThrownBy(() -> withBands("80", failed("85", false), passed("80", true)))
        .isInstanceOf(InvalidCriteriaException.class)
        .hasMessageContaining("80");
  }

  @Test
  void bands_thatBothLeaveOutTheirSharedBound_leaveAGap_andAreRefused_namingIt() {
    assertThatThrownBy(() -> withBands("80", failed("80", false), passed("80", false)))
        .isInstanceOf(InvalidCriteriaException.class)
        .hasMessageContaining("80");
  }

  @Test
  void bands_thatLeaveAGapBetweenThem_areRefused_namingTheStartOfTheGap() {
    assertThatThrownBy(() -> withBands("80", failed("79", true), passed("80", true)))
        .isInstanceOf(InvalidCriteriaException.class)
        .hasMessageContaining("79");
  }

  @Test
  void bands_thatStartAboveZero_areRefused() {
    assertThatThrownBy(
            () ->
                withBands("80", band("不合格", "failed", "1", true, "80", false), passed("80", true)))
        .isInstanceOf(InvalidCriteriaException.class);
  }

  @Test
  void bands_thatLeaveOutZero_areRefused() {
    assertThatThrownBy(
            () ->
                withBands("80", band("不合格", "failed", "0", false, "80", false), passed("80", true)))
        .isInstanceOf(InvalidCriteriaException.class);
  }

  @Test
  void bands_thatEndBelowTheMaximumTotal_areRefused_namingTheMaximum() {
    assertThatThrownBy(
            () ->
                withBands("80", failed("80", false), band("合格", "passed", "80", true, "102", true)))
        .isInstanceOf(InvalidCriteriaException.class)
        .hasMessageContaining("103");
  }

  @Test
  void bands_thatEndAboveTheMaximumTotal_areRefused() {
    assertThatThrownBy(
            () ->
                withBands("80", failed("80", false), band("合格", "passed", "80", true, "104", true)))
        .isInstanceOf(InvalidCriteriaException.class)
        .hasMessageContaining("103");
  }

  @Test
  void bands_thatLeaveOutTheMaximumTotal_areRefused() {
    assertThatThrownBy(
            () ->
                withBands(
                    "80", failed("80", false), band("合格", "passed", "80", true, "103", false)))
        .isInstanceOf(InvalidCriteriaException.class)
        .hasMessageContaining("103");
  }

  @Test
  void bands_listedOutOfOrder_areRefused() {
    assertThatThrownBy(() -> withBands("80", passed("80", true), failed("80", false)))
        .isInstanceOf(InvalidCriteriaException.class);
  }

  @Test
  void bands_none_areRefused() {
    assertThatThrownBy(() -> points().passMark(d("80")).build())
        .isInstanceOf(InvalidCriteriaException.class);
  }

  @Test
  void band_ofOneTotalIncludedAtBothEnds_holdsExactlyThatTotal() {
    PointsScheme.Band only = band("满分", "full marks", "103", true, "103", true);
    assertThat(only.contains(d("103"))).isTrue();
    assertThat(only.contains(d("103.00"))).isTrue();
    assertThat(only.contains(d("102.99"))).isFalse();
    assertThat(only.contains(d("103.01"))).isFalse();
  }

  @Test
  void band_ofOneTotalNotIncludedAtAnEnd_holdsNoTotal_andIsRefused() {
    assertThatThrownBy(() -> band("空", "empty", "80", true, "80", false))
        .isInstanceOf(InvalidCriteriaException.class);
    assertThatThrownBy(() -> band("空", "empty", "80", false, "80", true))
        .isInstanceOf(InvalidCriteriaException.class);
  }

  @Test
  void band_whoseLowerBoundIsAboveItsUpper_isRefused() {
    assertThatThrownBy(() -> band("倒置", "reversed", "90", true, "80", true))
        .isInstanceOf(InvalidCriteriaException.class);
  }

  @Test
  void band_containsItsBoundsAsItSays() {
    PointsScheme.Band halfOpen = band("合格", "passed", "80", true, "95", false);
    assertThat(halfOpen.contains(d("79.99"))).isFalse();
    assertThat(halfOpen.contains(d("80"))).isTrue();
    assertThat(halfOpen.contains(d("94.99"))).isTrue();
    assertThat(halfOpen.contains(d("95"))).isFalse();
    PointsScheme.Band otherHalf = band("合格", "passed", "80", false, "95", true);
    assertThat(otherHalf.contains(d("80"))).isFalse();
    assertThat(otherHalf.contains(d("80.01"))).isTrue();
    assertThat(otherHalf.contains(d("95"))).isTrue();
    assertThat(otherHalf.contains(d("95.01"))).isFalse();
  }

  @Test
  void band_range_saysEachBoundsInclusivity() {
    assertThat(band("合格", "passed", "80", true, "95", false).range()).isEqualTo("[80, 95)");
    assertThat(band("合格", "passed", "80", false, "95.5", true).range()).isEqualTo("(80, 95.5]");
  }

  @Test
  void bandOf_everyBoundOfTheStandardBands_fallsInExactlyOneBand() {
    assertThat(STANDARD.bandOf(d("0")).englishName()).isEqualTo("failed");
    assertThat(STANDARD.bandOf(d("79.99")).englishName()).isEqualTo("failed");
    assertThat(STANDARD.bandOf(d("80")).englishName()).isEqualTo("passed");
    assertThat(STANDARD.bandOf(d("94.99")).englishName()).isEqualTo("passed");
    assertThat(STANDARD.bandOf(d("95")).englishName()).isEqualTo("excellent");
    assertThat(STANDARD.bandOf(d("103")).englishName()).isEqualTo("excellent");
    for (int total = 0; total <= 103; total++) {
      BigDecimal t = BigDecimal.valueOf(total);
      assertThat(STANDARD.bands().stream().filter(b -> b.contains(t)))
          .as("bands holding %s", total)
          .hasSize(1);
    }
  }

  @Test
  void bandOf_aTotalOutsideZeroToTheMaximum_isAnIllegalArgument() {
    assertThatThrownBy(() -> STANDARD.bandOf(d("103.01")))
        .isInstanceOf(IllegalArgumentException.class)
        .hasMessageContaining("103.01");
    assertThatThrownBy(() -> STANDARD.bandOf(d("-0.01")))
        .isInstanceOf(IllegalArgumentException.class)
        .hasMessageContaining("-0.01");
  }

  // ---- tiers ----

  @Test
  void tier_ofABoundOfExactlyOne_orZero_isAccepted() {
    assertThat(PointsScheme.Tier.of(Ratio.ONE, d("5")).atLeast()).isEqualTo(Ratio.ONE);
    assertThat(PointsScheme.Tier.of(Ratio.ZERO, d("0")).points()).isEqualByComparingTo("0");
  }

  @Test
  void tier_ofABoundAboveOne_isRefused() {
    assertThatThrownBy(() -> PointsScheme.Tier.of(Ratio.of(101, 100), d("5")))
        .isInstanceOf(InvalidCriteriaException.class)
        .hasMessageContaining("101/100");
  }

  @Test
  void tier_ofNegativePoints_isRefused() {
    assertThatThrownBy(() -> PointsScheme.Tier.of(Ratio.of(9, 10), d("-1")))
        .isInstanceOf(InvalidCriteriaException.class)
        .hasMessageContaining("-1");
  }

  private static PointsScheme tiered(PointsScheme.Tier... tiers) {
    return PointsScheme.builder()
        .putTiers(COVERAGE, ImmutableList.copyOf(tiers))
        .passMark(d("1"))
        .addBands(
            band("不合格", "failed", "0", true, "1", false),
            band("合格", "passed", "1", true, "5", true))
        .build();
  }

  @Test
  void tiers_risingInBoundAndPoints_areAccepted_andTheTopTierIsTheMaximum() {
    PointsScheme scheme =
        tiered(
            PointsScheme.Tier.of(Ratio.of(9, 10), d("2")),
            PointsScheme.Tier.of(Ratio.of(19, 20), d("5")));
    assertThat(scheme.maxTotal()).isEqualByComparingTo("5");
    assertThat(scheme.tiers().get(COVERAGE))
        .extracting(PointsScheme.Tier::atLeast)
        .containsExactly(Ratio.of(9, 10), Ratio.of(19, 20));
  }

  @Test
  void tiers_ofAnEqualBound_areRefused_namingTheCriterion() {
    assertThatThrownBy(
            () ->
                tiered(
                    PointsScheme.Tier.of(Ratio.of(9, 10), d("2")),
                    PointsScheme.Tier.of(Ratio.of(18, 20), d("5"))))
        .isInstanceOf(InvalidCriteriaException.class)
        .hasMessageContaining(COVERAGE);
  }

  @Test
  void tiers_ofAFallingBound_areRefused() {
    assertThatThrownBy(
            () ->
                tiered(
                    PointsScheme.Tier.of(Ratio.of(19, 20), d("2")),
                    PointsScheme.Tier.of(Ratio.of(9, 10), d("5"))))
        .isInstanceOf(InvalidCriteriaException.class)
        .hasMessageContaining(COVERAGE);
  }

  @Test
  void tiers_ofEqualPoints_areRefused() {
    assertThatThrownBy(
            () ->
                tiered(
                    PointsScheme.Tier.of(Ratio.of(9, 10), d("5")),
                    PointsScheme.Tier.of(Ratio.of(19, 20), d("5.0"))))
        .isInstanceOf(InvalidCriteriaException.class)
        .hasMessageContaining(COVERAGE);
  }

  @Test
  void tiers_none_areRefused_namingTheCriterion() {
    assertThatThrownBy(
            () ->
                PointsScheme.builder()
                    .putTiers(COVERAGE, ImmutableList.of())
                    .passMark(d("0"))
                    .addBands(band("全部", "all", "0", true, "0", true))
                    .build())
        .isInstanceOf(InvalidCriteriaException.class)
        .hasMessageContaining(COVERAGE);
  }

  @Test
  void aCriterion_withBothPointsAndTiers_isRefused_namingIt() {
    assertThatThrownBy(
            () ->
                PointsScheme.builder()
                    .putCriterionPoints(COVERAGE, d("5"))
                    .putTiers(
                        COVERAGE, ImmutableList.of(PointsScheme.Tier.of(Ratio.of(9, 10), d("5"))))
                    .passMark(d("5"))
                    .addBands(
                        band("不合格", "failed", "0", true, "5", false),
                        band("合格", "passed", "5", true, "10", true))
                    .build())
        .isInstanceOf(InvalidCriteriaException.class)
        .hasMessageContaining(COVERAGE);
  }

  // ---- negative figures ----

  private static PointsScheme.Builder single() {
    return PointsScheme.builder()
        .passMark(d("0"))
        .addBands(band("全部", "all", "0", true, "0", true));
  }

  @Test
  void negativeCriterionPoints_areRefused_namingTheCriterionAndValue() {
    InvalidCriteriaException e =
        catchThrowableOfType(
            () -> single().putCriterionPoints(HOTSPOTS, d("-2")).build(),
            InvalidCriteriaException.class);
    assertThat(e.getMessage()).contains(HOTSPOTS, "-2");
  }

  @Test
  void negativeIndicatorPoints_areRefused_namingTheIndicatorAndValue() {
    InvalidCriteriaException e =
        catchThrowableOfType(
            () -> single().putIndicatorPoints("results", d("-0.5")).build(),
            InvalidCriteriaException.class);
    assertThat(e.getMessage()).contains("results", "-0.5");
  }

  @Test
  void negativeBonusPoints_areRefused_namingTheCriterionAndValue() {
    InvalidCriteriaException e =
        catchThrowableOfType(
            () -> single().putBonusPoints(HOTSPOTS, d("-3")).build(),
            InvalidCriteriaException.class);
    assertThat(e.getMessage()).contains(HOTSPOTS, "-3");
  }

  @Test
  void negativeDeductionsOrCaps_areRefused_namingTheValue() {
    assertThatThrownBy(() -> single().perMissingItem(d("-1")).build())
        .isInstanceOf(InvalidCriteriaException.class)
        .hasMessageContaining("-1");
    assertThatThrownBy(() -> single().missingCap(d("-4")).build())
        .isInstanceOf(InvalidCriteriaException.class)
        .hasMessageContaining("-4");
    assertThatThrownBy(() -> single().bonusCap(d("-5")).build())
        .isInstanceOf(InvalidCriteriaException.class)
        .hasMessageContaining("-5");
  }

  @Test
  void zeroEverywhereButThePassMark_isAccepted() {
    PointsScheme zero =
        PointsScheme.builder()
            .passMark(d("1"))
            .addBands(
                band("不合格", "failed", "0", true, "1", false),
                band("合格", "passed", "1", true, "1", true))
            .perMissingItem(d("0"))
            .missingCap(d("0"))
            .bonusCap(d("0"))
            .putCriterionPoints(HOTSPOTS, d("1"))
            .putCriterionPoints(COVERAGE, d("0"))
            .build();
    assertThat(zero.maxTotal()).isEqualByComparingTo("1");
    assertThat(zero.bandOf(d("0")).chineseName()).isEqualTo("不合格");
    assertThat(zero.bandOf(d("1")).chineseName()).isEqualTo("合格");
  }

  @Test
  void everyProblem_isItsOwnViolation() {
    InvalidCriteriaException e =
        catchThrowableOfType(
            () ->
                points()
                    .passMark(d("500"))
                    .addBands(
                        band("不合格", "failed", "0", true, "80", false),
                        band("合格", "passed", "81", true, "105", true))
                    .build(),
            InvalidCriteriaException.class);
    assertThat(e.violations()).hasSize(2);
    assertThat(e.violations().get(0).values()).contains("500");
    assertThat(e.violations().get(1).values()).contains("80");
    assertThat(e.violations().get(0).code()).isNotEqualTo(e.violations().get(1).code());
  }

  // ---- values ----

  @Test
  void schemes_builtAlike_areEqual_andOneFigureApart_areNot() {
    assertThat(ScoredSet.standard()).isEqualTo(STANDARD).hasSameHashCodeAs(STANDARD);
    assertThat(ScoredSet.passingFrom("80")).isNotEqualTo(STANDARD);
    assertThat(ScoredSet.passingFrom("80")).isNotEqualTo(ScoredSet.passingFrom("81"));
  }

  @Test
  void schemeAttributes_areThoseGiven_inTheOrderGiven() {
    assertThat(STANDARD.criterionPoints().keySet())
        .containsExactly(HOTSPOTS, ScoredSet.PRODUCTION, ScoredSet.PLAN);
    assertThat(STANDARD.indicatorPoints()).containsOnlyKeys("results");
    assertThat(STANDARD.bonusPoints()).containsOnlyKeys(ScoredSet.RECOGNITION);
    assertThat(STANDARD.vetoItems()).containsExactly(ScoredSet.PRODUCTION);
    assertThat(STANDARD.bands())
        .extracting(PointsScheme.Band::chineseName)
        .containsExactly("不合格", "合格", "优秀");
    assertThat(STANDARD.missingCap())
        .hasValueSatisfying(c -> assertThat(c).isEqualByComparingTo("2"));
    assertThat(STANDARD.bonusCap())
        .hasValueSatisfying(c -> assertThat(c).isEqualByComparingTo("3"));
    assertThat(List.copyOf(STANDARD.bands())).isEqualTo(standardBands());
  }
}
