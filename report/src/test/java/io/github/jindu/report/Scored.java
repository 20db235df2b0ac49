package io.github.jindu.report;

import io.github.jindu.CriteriaSet;
import io.github.jindu.Criterion;
import io.github.jindu.points.PointsScheme;
import io.github.jindu.testing.SampleEvidence;
import java.math.BigDecimal;
import java.util.List;
import java.util.Random;

/**
 * The default set with a veto rule ({@link SampleEvidence#WITH_VETO}, as a district might vary it) under points
 * schemes, for the tests of scored reports.
 */
final class Scored {
  static final CriteriaSet SET = SampleEvidence.WITH_VETO;

  private Scored() {}

  /**
   * {@return the set with a scheme: 2 points a gating criterion but {@code responsibility.veto-applied}
   * and 2 bonus points for the advisory one (100 in all), pass
   * mark 60, and veto items}
   */
  static CriteriaSet hundredPoints(String... vetoItems) {
    PointsScheme.Builder scheme =
        PointsScheme.builder()
            .passMark(BigDecimal.valueOf(60))
            .addBands(
                band("不合格", "fail", 0, true, 60, false), band("合格", "pass", 60, true, 100, true))
            .addVetoItems(vetoItems);
    SET.criteria().stream()
        .filter(c -> !c.id().equals("responsibility.veto-applied") && !c.advisory())
        .forEach(c -> scheme.putCriterionPoints(c.id(), BigDecimal.valueOf(2)));
    // an advisory criterion carries bonus points only (docs/spec/criteria.md, "Points schemes")
    SET.criteria().stream()
        .filter(Criterion::advisory)
        .forEach(c -> scheme.putBonusPoints(c.id(), BigDecimal.valueOf(2)));
    return withScheme(scheme.build());
  }

  /**
   * Returns the default set under a random scheme: each gating criterion 0 to 3 points (the first at least 1), a pass mark
   * between 1 and the maximum, two bands meeting at it, and one to three gating criteria as veto items.
   */
  static CriteriaSet random(long seed) {
    Random random = new Random(seed);
    PointsScheme.Builder scheme = PointsScheme.builder();
    long total = 0;
    for (Criterion c : SET.criteria()) {
      if (c.advisory()) {
        continue; // advisory criteria carry bonus points only (docs/spec/criteria.md, "Points
        // schemes")
      }
      int points = total == 0 ? 1 + random.nextInt(3) : random.nextInt(4);
      total += points;
      scheme.putCriterionPoints(c.id(), BigDecimal.valueOf(points));
    }
    List<Criterion> gating = SET.criteria().stream().filter(c -> !c.advisory()).toList();
    int items = 1 + random.nextInt(3);
    for (int i = 0; i < items; i++) {
      scheme.addVetoItems(gating.get(random.nextInt(gating.size())).id());
    }
    long passMark = 1 + random.nextInt((int) total); // above 0 and at most the maximum
    return withScheme(
        scheme
            .passMark(BigDecimal.valueOf(passMark))
            .addBands(
                band("不合格", "fail", 0, true, passMark, false),
                band("合格", "pass", passMark, true, total, true))
            .build());
  }

  private static CriteriaSet withScheme(PointsScheme scheme) {
    CriteriaSet.Builder set =
        CriteriaSet.builder()
            .id(SET.id())
            .version(SET.version())
            .chineseName(SET.chineseName())
            .englishName(SET.englishName())
            .addAllUnitKinds(SET.unitKinds())
            .addAllIndicators(SET.indicators())
            .addAllMetricDefinitions(SET.metricDefinitions())
            .addAllVetoRules(SET.vetoRules())
            .pointsScheme(scheme);
    SET.source().ifPresent(set::source);
    return set.build();
  }

  private static PointsScheme.Band band(
      String zh, String en, long lower, boolean lowerIn, long upper, boolean upperIn) {
    return PointsScheme.Band.builder()
        .chineseName(zh)
        .englishName(en)
        .lower(BigDecimal.valueOf(lower))
        .lowerInclusive(lowerIn)
        .upper(BigDecimal.valueOf(upper))
        .upperInclusive(upperIn)
        .build();
  }
}
