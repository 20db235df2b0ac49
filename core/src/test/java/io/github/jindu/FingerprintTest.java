package io.github.jindu;

import static io.github.jindu.testing.ScoredSet.COVERAGE;
import static io.github.jindu.testing.ScoredSet.HOTSPOTS;
import static io.github.jindu.testing.ScoredSet.PLAN;
import static io.github.jindu.testing.ScoredSet.band;
import static io.github.jindu.testing.ScoredSet.d;
import static io.github.jindu.testing.ScoredSet.points;
import static org.assertj.core.api.Assertions.assertThat;

import com.google.common.collect.ImmutableList;
import io.github.jindu.bar.Attested;
import io.github.jindu.catalogue.MunicipalModelCommunity;
import io.github.jindu.points.PointsScheme;
import io.github.jindu.testing.ScoredSet;
import java.nio.charset.StandardCharsets;
import java.security.MessageDigest;
import java.time.LocalDate;
import java.util.HexFormat;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import org.junit.jupiter.api.Test;

/**
 * The canonical form and fingerprint of a criteria set: equal for sets that assess alike, different for any change
 * to what decides or names an outcome, points schemes included.
 */
class FingerprintTest {
  private static final CriteriaSet STANDARD = ScoredSet.standardSet();

  /** {@return the indicator work of the fixture with its plan criterion replaced} */
  private static Indicator work(CriteriaSet base, Criterion plan) {
    return Indicator.builder()
        .id("work")
        .chineseName("工作")
        .englishName("work")
        .clause("二")
        .addCriteria(plan, base.criterion(ScoredSet.RECOGNITION).orElseThrow())
        .build();
  }

  private static PointsScheme standardWith(
      String perMissing,
      Optional<String> missingCap,
      Optional<String> bonusCap,
      String passMark,
      List<PointsScheme.Band> bands) {
    return points()
        .perMissingItem(d(perMissing))
        .missingCap(missingCap.map(ScoredSet::d))
        .bonusCap(bonusCap.map(ScoredSet::d))
        .passMark(d(passMark))
        .addAllBands(bands)
        .build();
  }

  private static String fingerprintOf(PointsScheme scheme) {
    return ScoredSet.with(scheme).fingerprint();
  }

  @Test
  void fingerprint_isTheSha256OfTheCanonicalForm() throws Exception {
    byte[] digest =
        MessageDigest.getInstance("SHA-256")
            .digest(STANDARD.canonicalForm().getBytes(StandardCharsets.UTF_8));
    assertThat(STANDARD.fingerprint()).isEqualTo("sha256:" + HexFormat.of().formatHex(digest));
    assertThat(STANDARD.fingerprint()).matches("sha256:[0-9a-f]{64}");
    assertThat(STANDARD.canonicalForm()).endsWith("\n");
  }

  @Test
  void fingerprint_ofEqualSetsBuiltApart_isEqual() {
    CriteriaSet again = ScoredSet.standardSet();
    assertThat(again).isNotSameAs(STANDARD).isEqualTo(STANDARD);
    assertThat(again.fingerprint()).isEqualTo(STANDARD.fingerprint());
    assertThat(ScoredSet.unscored().fingerprint()).isEqualTo(ScoredSet.unscored().fingerprint());
  }

  @Test
  void fingerprint_travelsWithEveryResult() {
    assertThat(ScoredSet.town().assessOn(STANDARD).criteriaSetFingerprint())
        .isEqualTo(STANDARD.fingerprint());
  }

  @Test
  void fingerprint_ofAScoredSet_differsFromTheSameSetUnscored() {
    assertThat(STANDARD.fingerprint()).isNotEqualTo(ScoredSet.unscored().fingerprint());
    assertThat(STANDARD.canonicalForm()).startsWith(ScoredSet.unscored().canonicalForm());
  }

  @Test
  void fingerprint_doesNotDependOnTheScaleOfADecimal() {
    PointsScheme.Builder scaled =
        PointsScheme.builder()
            .putCriterionPoints(HOTSPOTS, d("25.00"))
            .putCriterionPoints(ScoredSet.PRODUCTION, d("25.0"))
            .putCriterionPoints(PLAN, d("20"))
            .putTiers(
                COVERAGE,
                ImmutableList.of(
                    PointsScheme.Tier.of(Ratio.of(9, 10), d("10.0")),
                    PointsScheme.Tier.of(Ratio.of(19, 20), d("15")),
                    PointsScheme.Tier.of(Ratio.of(49, 50), d("20.000"))))
            .putIndicatorPoints("results", d("10"))
            .putBonusPoints(ScoredSet.RECOGNITION, d("5.0"))
            .addVetoItems(ScoredSet.PRODUCTION)
            .perMissingItem(d("1.0"))
            .missingCap(d("2"))
            .bonusCap(d("3.00"))
            .passMark(d("80.0"))
            .addAllBands(
                List.of(
                    band("不合格", "failed", "0.0", true, "80", false),
                    band("合格", "passed", "80.00", true, "95", false),
                    band("优秀", "excellent", "95", true, "103.0", true)));
    assertThat(fingerprintOf(scaled.build())).isEqualTo(STANDARD.fingerprint());
  }

  @Test
  void fingerprint_changesWithEveryFigureOfTheScheme() {
    List<PointsScheme.Band> bands = ScoredSet.standardBands();
    Map<String, PointsScheme> variants = new LinkedHashMap<>();
    variants.put("two bands", ScoredSet.passingFrom("80"));
    variants.put("pass mark 81", ScoredSet.passingFrom("81"));
    variants.put(
        "per missing item", standardWith("2", Optional.of("2"), Optional.of("3"), "80", bands));
    variants.put(
        "no missing cap", standardWith("1", Optional.empty(), Optional.of("3"), "80", bands));
    variants.put("missing cap", standardWith("1", Optional.of("3"), Optional.of("3"), "80", bands));
    variants.put(
        "bonus cap",
        standardWith(
            "1",
            Optional.of("2"),
            Optional.of("2"),
            "80",
            List.of(bands.get(0), bands.get(1), band("优秀", "excellent", "95", true, "102", true))));
    variants.put(
        "band bound",
        standardWith(
            "1",
            Optional.of("2"),
            Optional.of("3"),
            "80",
            List.of(
                bands.get(0),
                band("合格", "passed", "80", true, "90", false),
                band("优秀", "excellent", "90", true, "103", true))));
    variants.put(
        "band inclusivity",
        standardWith(
            "1",
            Optional.of("2"),
            Optional.of("3"),
            "80",
            List.of(
                bands.get(0),
                band("合格", "passed", "80", true, "95", true),
                band("优秀", "excellent", "95", false, "103", true))));
    variants.put(
        "band name",
        standardWith(
            "1",
            Optional.of("2"),
            Optional.of("3"),
            "80",
            List.of(band("较差", "failed", "0", true, "80", false), bands.get(1), bands.get(2))));
    variants.put(
        "band english name",
        standardWith(
            "1",
            Optional.of("2"),
            Optional.of("3"),
            "80",
            List.of(band("不合格", "fail", "0", true, "80", false), bands.get(1), bands.get(2))));
    variants.put(
        "band traditional name",
        standardWith(
            "1",
            Optional.of("2"),
            Optional.of("3"),
            "80",
            List.of(
                bands.get(0),
                bands.get(1),
                PointsScheme.Band.builder()
                    .chineseName("优秀")
                    .englishName("excellent")
                    .traditionalChineseName("優秀")
                    .lower(d("95"))
                    .lowerInclusive(true)
                    .upper(d("103"))
                    .upperInclusive(true)
                    .build())));
    variants.put(
        "veto item",
        PointsScheme.builder()
            .putCriterionPoints(HOTSPOTS, d("25"))
            .putCriterionPoints(ScoredSet.PRODUCTION, d("25"))
            .putCriterionPoints(PLAN, d("20"))
            .putTiers(COVERAGE, STANDARD.pointsScheme().orElseThrow().tiers().get(COVERAGE))
            .putIndicatorPoints("results", d("10"))
            .putBonusPoints(ScoredSet.RECOGNITION, d("5"))
            .addVetoItems(HOTSPOTS)
            .perMissingItem(d("1"))
            .missingCap(d("2"))
            .bonusCap(d("3"))
            .passMark(d("80"))
            .addAllBands(bands)
            .build());
    variants.put(
        "tier",
        PointsScheme.builder()
            .putCriterionPoints(HOTSPOTS, d("25"))
            .putCriterionPoints(ScoredSet.PRODUCTION, d("25"))
            .putCriterionPoints(PLAN, d("20"))
            .putTiers(
                COVERAGE,
                ImmutableList.of(
                    PointsScheme.Tier.of(Ratio.of(9, 10), d("10")),
                    PointsScheme.Tier.of(Ratio.of(24, 25), d("15")),
                    PointsScheme.Tier.of(Ratio.of(49, 50), d("20"))))
            .putIndicatorPoints("results", d("10"))
            .putBonusPoints(ScoredSet.RECOGNITION, d("5"))
            .addVetoItems(ScoredSet.PRODUCTION)
            .perMissingItem(d("1"))
            .missingCap(d("2"))
            .bonusCap(d("3"))
            .passMark(d("80"))
            .addAllBands(bands)
            .build());
    variants.put(
        "criterion points",
        PointsScheme.builder()
            .putCriterionPoints(HOTSPOTS, d("24"))
            .putCriterionPoints(ScoredSet.PRODUCTION, d("25"))
            .putCriterionPoints(PLAN, d("21"))
            .putTiers(COVERAGE, STANDARD.pointsScheme().orElseThrow().tiers().get(COVERAGE))
            .putIndicatorPoints("results", d("10"))
            .putBonusPoints(ScoredSet.RECOGNITION, d("5"))
            .addVetoItems(ScoredSet.PRODUCTION)
            .perMissingItem(d("1"))
            .missingCap(d("2"))
            .bonusCap(d("3"))
            .passMark(d("80"))
            .addAllBands(bands)
            .build());
    variants.put(
        "indicator",
        PointsScheme.builder()
            .putCriterionPoints(HOTSPOTS, d("25"))
            .putCriterionPoints(ScoredSet.PRODUCTION, d("25"))
            .putCriterionPoints(PLAN, d("20"))
            .putTiers(COVERAGE, STANDARD.pointsScheme().orElseThrow().tiers().get(COVERAGE))
            .putIndicatorPoints("work", d("10"))
            .putBonusPoints(ScoredSet.RECOGNITION, d("5"))
            .addVetoItems(ScoredSet.PRODUCTION)
            .perMissingItem(d("1"))
            .missingCap(d("2"))
            .bonusCap(d("3"))
            .passMark(d("80"))
            .addAllBands(bands)
            .build());
    variants.put(
        "bonus criterion",
        PointsScheme.builder()
            .putCriterionPoints(HOTSPOTS, d("25"))
            .putCriterionPoints(ScoredSet.PRODUCTION, d("25"))
            .putCriterionPoints(PLAN, d("20"))
            .putTiers(COVERAGE, STANDARD.pointsScheme().orElseThrow().tiers().get(COVERAGE))
            .putIndicatorPoints("results", d("10"))
            .putBonusPoints(PLAN, d("5"))
            .addVetoItems(ScoredSet.PRODUCTION)
            .perMissingItem(d("1"))
            .missingCap(d("2"))
            .bonusCap(d("3"))
            .passMark(d("80"))
            .addAllBands(bands)
            .build());

    Map<String, String> seen = new LinkedHashMap<>();
    seen.put(STANDARD.fingerprint(), "standard");
    variants.forEach(
        (what, scheme) -> {
          String fingerprint = fingerprintOf(scheme);
          assertThat(seen.put(fingerprint, what)).as("%s has its own fingerprint", what).isNull();
        });
  }

  @Test
  void fingerprint_changesWithWhatDecidesOrNamesAnOutcome() {
    CriteriaSet base = ScoredSet.unscored();
    Criterion plan = base.criterion(PLAN).orElseThrow();
    List<CriteriaSet> variants =
        List.of(
            base.withVersion("2"),
            base.withInForceFrom(Optional.of(LocalDate.of(2025, 1, 1))),
            base.withInForceUntil(Optional.of(LocalDate.of(2025, 12, 31))),
            base.withVetoRules(List.of()),
            base.withIndicators(
                List.of(base.indicators().get(0), work(base, plan.withAdvisory(true)))),
            base.withIndicators(
                List.of(base.indicators().get(0), work(base, plan.withClause("一(二)")))),
            base.withIndicators(
                List.of(base.indicators().get(0), work(base, plan.withEnglishName("a plan")))),
            ScoredSet.setBuilder("scored2").build(),
            ScoredSet.setBuilder().source("某区禁毒办").build(),
            ScoredSet.setBuilder().source("-").build(),
            ScoredSet.setBuilder().traditionalChineseName("計分示範").build(),
            ScoredSet.setBuilder().annual(false).build(),
            ScoredSet.setBuilder().addUnitKinds(UnitKind.STREET).build());
    assertThat(
            base.withIndicators(List.of(base.indicators().get(0), work(base, plan))).fingerprint())
        .isEqualTo(base.fingerprint());
    Map<String, CriteriaSet> seen = new LinkedHashMap<>();
    seen.put(base.fingerprint(), base);
    for (CriteriaSet variant : variants) {
      assertThat(seen.put(variant.fingerprint(), variant))
          .as("%s", variant.canonicalForm())
          .isNull();
    }
  }

  @Test
  void fingerprint_ofTheDefaultSet_differsWithThePlanDeadline() {
    assertThat(MunicipalModelCommunity.criteriaSet(java.time.MonthDay.of(2, 28)).fingerprint())
        .isNotEqualTo(MunicipalModelCommunity.criteriaSet().fingerprint());
    assertThat(
            MunicipalModelCommunity.criteriaSet(MunicipalModelCommunity.DEFAULT_PLAN_DEADLINE)
                .fingerprint())
        .isEqualTo(MunicipalModelCommunity.criteriaSet().fingerprint());
  }

  @Test
  void canonicalForm_escapesTabsLineBreaksAndBackslashes_soNoFieldCanPassForTwo() {
    Criterion tab =
        Criterion.builder()
            .id("x.y")
            .chineseName("甲\t乙")
            .englishName("a\nb")
            .clause("一\\二")
            .threshold(Attested.of())
            .build();
    CriteriaSet set =
        ScoredSet.setBuilder("escaped")
            .build()
            .withIndicators(
                List.of(
                    Indicator.builder()
                        .id("x")
                        .chineseName("指标")
                        .englishName("x")
                        .clause("一")
                        .addCriteria(tab)
                        .build()));
    assertThat(set.canonicalForm()).contains("甲\\t乙", "a\\nb", "一\\\\二");
    Criterion literal = tab.withChineseName("甲\\t乙");
    CriteriaSet other =
        set.withIndicators(
            List.of(
                Indicator.builder()
                    .id("x")
                    .chineseName("指标")
                    .englishName("x")
                    .clause("一")
                    .addCriteria(literal)
                    .build()));
    assertThat(other.fingerprint()).isNotEqualTo(set.fingerprint());
  }

  @Test
  void canonicalForm_tellsAnAbsentSourceFromASourceOfADash() {
    CriteriaSet none = ScoredSet.unscored();
    CriteriaSet dash = ScoredSet.setBuilder().source("-").build();
    assertThat(none.canonicalForm()).contains("source\t-\n");
    assertThat(dash.canonicalForm()).contains("source\t\\-\n");
  }

  @Test
  void canonicalForm_listsTheSchemeLineByLine() {
    assertThat(STANDARD.canonicalForm())
        .contains(
            "points-criterion\tresults.no-hotspots\t25\n",
            "points-tiers\tresults.coverage\t>=9/10:10,>=19/20:15,>=49/50:20\n",
            "points-indicator\tresults\t10\n",
            "points-missing\t1\t2\n",
            "points-bonus\twork.recognition\t5\n",
            "points-bonus-cap\t3\n",
            "points-pass-mark\t80\n",
            "points-band\t合格\tpassed\t[80,95)\n",
            "points-veto-item\tresults.no-production\n");
    assertThat(
            fingerprintOf(
                standardWith(
                    "0",
                    Optional.empty(),
                    Optional.empty(),
                    "80",
                    List.of(
                        band("不合格", "failed", "0", true, "80", false),
                        band("合格", "passed", "80", true, "105", true)))))
        .isNotEqualTo(STANDARD.fingerprint());
    assertThat(
            ScoredSet.with(
                    standardWith(
                        "0",
                        Optional.empty(),
                        Optional.empty(),
                        "80",
                        List.of(
                            band("不合格", "failed", "0", true, "80", false),
                            band("合格", "passed", "80", true, "105", true))))
                .canonicalForm())
        .contains("points-missing\t0\t-\n", "points-bonus-cap\t-\n");
  }
}
