package io.github.jindu.testing;

import com.google.common.collect.ImmutableList;
import io.github.jindu.AssessmentPeriod;
import io.github.jindu.AssessmentResult;
import io.github.jindu.Attestation;
import io.github.jindu.CriteriaSet;
import io.github.jindu.Criterion;
import io.github.jindu.Evidence;
import io.github.jindu.Indicator;
import io.github.jindu.MetricKey;
import io.github.jindu.Ratio;
import io.github.jindu.Unit;
import io.github.jindu.UnitKind;
import io.github.jindu.VetoFinding;
import io.github.jindu.VetoRule;
import io.github.jindu.bar.Attested;
import io.github.jindu.bar.MinShare;
import io.github.jindu.bar.ZeroCount;
import io.github.jindu.catalogue.Metrics;
import io.github.jindu.points.PointsScheme;
import java.math.BigDecimal;
import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;

/**
 * Test support: a small criteria set built in Java, with a points scheme whose every figure is easy to add up.
 *
 * <p>Indicator {@code results}: {@link #HOTSPOTS} and {@link #PRODUCTION} (zero counts, 25 points each),
 * {@link #COVERAGE} (at least 9/10 of the population reached; tiered: 9/10 earns 10, 19/20 earns 15, 49/50 earns
 * 20); the indicator itself 10 points. Indicator {@code work}: {@link #PLAN} (attested, 20 points) and the advisory
 * {@link #RECOGNITION} (attested, bonus 5). So the criteria and indicators give at most 100.
 *
 * <p>The {@linkplain #standard() standard scheme} deducts 1 per gating criterion not assessed up to 2, caps the
 * bonus at 3 (so the maximum total is 103), qualifies from 80, and has the bands 不合格 [0, 80), 合格 [80, 95),
 * 优秀 [95, 103]; {@link #PRODUCTION} is its veto item.
 */
public final class ScoredSet {
  public static final String HOTSPOTS = "results.no-hotspots";
  public static final String PRODUCTION = "results.no-production";
  public static final String COVERAGE = "results.coverage";
  public static final String PLAN = "work.plan";
  public static final String RECOGNITION = "work.recognition";
  public static final String VETO = "veto.spread";
  public static final AssessmentPeriod YEAR_2025 = SampleEvidence.YEAR_2025;

  private ScoredSet() {}

  public static BigDecimal d(String value) {
    return new BigDecimal(value);
  }

  private static Criterion criterion(
      String id, String name, io.github.jindu.bar.Threshold bar, boolean advisory) {
    return Criterion.builder()
        .id(id)
        .chineseName(name)
        .englishName(id)
        .clause("一(一)")
        .threshold(bar)
        .advisory(advisory)
        .build();
  }

  /** {@return the indicators of the set} */
  public static List<Indicator> indicators() {
    return List.of(
        Indicator.builder()
            .id("results")
            .chineseName("成效")
            .englishName("results")
            .clause("一")
            .addCriteria(criterion(HOTSPOTS, "无突出地区", ZeroCount.of(Metrics.HOTSPOTS), false))
            .addCriteria(
                criterion(PRODUCTION, "无窝点", ZeroCount.of(Metrics.PRODUCTION_SITES), false))
            .addCriteria(
                criterion(
                    COVERAGE,
                    "宣传覆盖",
                    MinShare.atLeast(
                        Metrics.POPULATION_REACHED, Metrics.POPULATION_ACTUAL, Ratio.of(9, 10)),
                    false))
            .build(),
        Indicator.builder()
            .id("work")
            .chineseName("工作")
            .englishName("work")
            .clause("二")
            .addCriteria(criterion(PLAN, "有计划", Attested.of(), false))
            .addCriteria(criterion(RECOGNITION, "得到肯定", Attested.of(), true))
            .build());
  }

  /** {@return a builder of the set without a points scheme, every other attribute given} */
  public static CriteriaSet.Builder setBuilder() {
    return setBuilder("scored");
  }

  /** {@return a builder of the set of that id without a points scheme, every other attribute given} */
  public static CriteriaSet.Builder setBuilder(String id) {
    return CriteriaSet.builder()
        .id(id)
        .version("1")
        .chineseName("计分示范")
        .englishName("scored model")
        .addUnitKinds(UnitKind.TOWN)
        .addAllIndicators(indicators())
        .addVetoRules(
            VetoRule.builder()
                .id(VETO)
                .chineseName("一票否决")
                .englishName("veto")
                .clause("三")
                .build());
  }

  /** {@return the set without a points scheme} */
  public static CriteriaSet unscored() {
    return setBuilder().build();
  }

  /** {@return the set with a scheme} */
  public static CriteriaSet with(PointsScheme scheme) {
    return setBuilder().pointsScheme(scheme).build();
  }

  /** {@return the set with the standard scheme} */
  public static CriteriaSet standardSet() {
    return with(standard());
  }

  /**
   * Returns a builder with the points of every criterion and indicator, the bonus and the veto item, but no
   * deductions, bonus cap, pass mark or bands (the builder is strict: each can be given once).
   *
   * @return the builder
   */
  public static PointsScheme.Builder points() {
    PointsScheme.Builder b = PointsScheme.builder();
    b.putCriterionPoints(HOTSPOTS, d("25"))
        .putCriterionPoints(PRODUCTION, d("25"))
        .putCriterionPoints(PLAN, d("20"))
        .putTiers(
            COVERAGE,
            ImmutableList.of(
                PointsScheme.Tier.of(Ratio.of(9, 10), d("10")),
                PointsScheme.Tier.of(Ratio.of(19, 20), d("15")),
                PointsScheme.Tier.of(Ratio.of(49, 50), d("20"))))
        .putIndicatorPoints("results", d("10"))
        .putBonusPoints(RECOGNITION, d("5"))
        .addVetoItems(PRODUCTION);
    return b;
  }

  public static PointsScheme.Band band(
      String zh,
      String en,
      String lower,
      boolean lowerInclusive,
      String upper,
      boolean upperInclusive) {
    return PointsScheme.Band.builder()
        .chineseName(zh)
        .englishName(en)
        .lower(d(lower))
        .lowerInclusive(lowerInclusive)
        .upper(d(upper))
        .upperInclusive(upperInclusive)
        .build();
  }

  /** {@return the bands 不合格 [0, 80), 合格 [80, 95), 优秀 [95, 103]} */
  public static List<PointsScheme.Band> standardBands() {
    return List.of(
        band("不合格", "failed", "0", true, "80", false),
        band("合格", "passed", "80", true, "95", false),
        band("优秀", "excellent", "95", true, "103", true));
  }

  /** {@return the standard scheme: deductions 1 up to 2, bonus cap 3, pass mark 80, the standard bands} */
  public static PointsScheme standard() {
    return points()
        .perMissingItem(d("1"))
        .missingCap(d("2"))
        .bonusCap(d("3"))
        .passMark(d("80"))
        .addAllBands(standardBands())
        .build();
  }

  /**
   * Returns the standard scheme with another pass mark and two bands split at it: 不合格 [0, passMark) and
   * 合格 [passMark, 103].
   *
   * @param passMark the pass mark, above 0 and at most 103
   * @return the scheme
   */
  public static PointsScheme passingFrom(String passMark) {
    return points()
        .perMissingItem(d("1"))
        .missingCap(d("2"))
        .bonusCap(d("3"))
        .passMark(d(passMark))
        .addBands(band("不合格", "failed", "0", true, passMark, false))
        .addBands(band("合格", "passed", passMark, true, "103", true))
        .build();
  }

  /** {@return evidence on which every criterion is met but the advisory recognition (attested not met)} */
  public static Town town() {
    return new Town();
  }

  /** A mutable recipe for the evidence of a town assessed on the set. */
  public static final class Town {
    private Unit unit = Unit.of("310199-001", "东沙镇", UnitKind.TOWN, "310199");
    private final Map<MetricKey, Long> counts = new LinkedHashMap<>();
    private final Map<String, Attestation> attestations = new LinkedHashMap<>();
    private final List<VetoFinding> vetoes = new ArrayList<>();

    private Town() {
      counts.put(Metrics.HOTSPOTS, 0L);
      counts.put(Metrics.PRODUCTION_SITES, 0L);
      counts.put(Metrics.POPULATION_REACHED, 1000L);
      counts.put(Metrics.POPULATION_ACTUAL, 1000L);
      attestations.put(PLAN, Attestation.of(true, "2025年度禁毒工作计划"));
      attestations.put(RECOGNITION, Attestation.of(false, "无"));
    }

    public Town unit(String id) {
      unit = Unit.of(id, "镇" + id, UnitKind.TOWN, "310199");
      return this;
    }

    public Town count(MetricKey key, long value) {
      counts.put(key, value);
      return this;
    }

    public Town without(MetricKey key) {
      counts.remove(key);
      return this;
    }

    /** Reached of actual, out of the population given. */
    public Town coverage(long reached, long actual) {
      return count(Metrics.POPULATION_REACHED, reached).count(Metrics.POPULATION_ACTUAL, actual);
    }

    public Town attest(String criterion, boolean met) {
      attestations.put(criterion, Attestation.of(met, "台帐 " + criterion));
      return this;
    }

    public Town withoutAttestation(String criterion) {
      attestations.remove(criterion);
      return this;
    }

    public Town veto(String reference) {
      vetoes.add(VetoFinding.of(VETO, reference));
      return this;
    }

    public Evidence build() {
      return Evidence.builder()
          .unit(unit)
          .period(YEAR_2025)
          .putAllCounts(counts)
          .putAllAttestations(attestations)
          .vetoes(vetoes)
          .build();
    }

    public AssessmentResult assessOn(CriteriaSet set) {
      return set.assess(build());
    }
  }
}
