package io.github.jindu;

import static io.github.jindu.testing.ScoredSet.band;
import static org.assertj.core.api.Assertions.assertThat;
import static org.quicktheories.QuickTheory.qt;
import static org.quicktheories.generators.SourceDSL.longs;

import io.github.jindu.catalogue.MunicipalModelCommunity;
import io.github.jindu.points.PointsScheme;
import java.math.BigDecimal;
import java.time.Year;
import java.util.ArrayList;
import java.util.EnumSet;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.Random;
import java.util.Set;
import org.junit.jupiter.api.Test;

/**
 * The law of docs/spec/criteria.md, "Points schemes": evidence with nothing in it never qualifies, under any valid
 * set. Each example draws a set from the default catalogue (each criterion advisory or not at random, with or
 * without a points scheme of random points, indicator points, bonus points, cap and pass mark); a set that breaks a
 * rule must be refused when built, and a set that is built must not qualify a unit that gave no evidence.
 */
class EmptyNeverQualifiesPropertyTest {
  private static final CriteriaSet DEFAULT = MunicipalModelCommunity.criteriaSet();
  private static final Evidence EMPTY =
      Evidence.builder()
          .unit(Unit.of("310199-001", "东沙镇", UnitKind.TOWN, "310199"))
          .period(AssessmentPeriod.ofYear(Year.of(2025)))
          .build();

  /** The rules a drawn set was refused by, over all examples: the property must exercise the refusals too. */
  private static final Set<RuleCode> REFUSED = EnumSet.noneOf(RuleCode.class);

  private static int built;

  private static BigDecimal points(Random random) {
    return BigDecimal.valueOf(random.nextInt(11));
  }

  private static Optional<CriteriaSet> draw(long seed) {
    Random random = new Random(seed);
    boolean allAdvisory = random.nextInt(8) == 0;
    List<Indicator> indicators = new ArrayList<>();
    for (Indicator indicator : DEFAULT.indicators()) {
      List<Criterion> criteria = new ArrayList<>();
      for (Criterion c : indicator.criteria()) {
        criteria.add(
            Criterion.builder()
                .id(c.id())
                .chineseName(c.chineseName())
                .traditionalChineseName(c.traditionalChineseName())
                .englishName(c.englishName())
                .clause(c.clause())
                .threshold(c.threshold())
                .advisory(allAdvisory || random.nextInt(3) == 0)
                .build());
      }
      indicators.add(
          Indicator.builder()
              .id(indicator.id())
              .chineseName(indicator.chineseName())
              .traditionalChineseName(indicator.traditionalChineseName())
              .englishName(indicator.englishName())
              .clause(indicator.clause())
              .addAllCriteria(criteria)
              .build());
    }
    try {
      CriteriaSet set = DEFAULT.withIndicators(indicators);
      if (random.nextBoolean()) {
        return Optional.of(set);
      }
      Map<String, BigDecimal> criterionPoints = new LinkedHashMap<>();
      Map<String, BigDecimal> indicatorPoints = new LinkedHashMap<>();
      Map<String, BigDecimal> bonusPoints = new LinkedHashMap<>();
      for (Indicator indicator : indicators) {
        if (random.nextInt(4) == 0) {
          indicatorPoints.put(indicator.id(), points(random));
        }
        for (Criterion c : indicator.criteria()) {
          int draw = random.nextInt(4);
          if (draw == 0 && (!c.advisory() || random.nextInt(4) == 0)) {
            criterionPoints.put(c.id(), points(random));
          } else if (draw == 1) {
            bonusPoints.put(c.id(), points(random));
          }
        }
      }
      Optional<BigDecimal> cap =
          random.nextBoolean() ? Optional.of(points(random)) : Optional.empty();
      BigDecimal bonus = bonusPoints.values().stream().reduce(BigDecimal.ZERO, BigDecimal::add);
      BigDecimal maxBonus = cap.map(bonus::min).orElse(bonus);
      BigDecimal max = maxBonus;
      for (BigDecimal p : criterionPoints.values()) {
        max = max.add(p);
      }
      for (BigDecimal p : indicatorPoints.values()) {
        max = max.add(p);
      }
      BigDecimal pass =
          switch (random.nextInt(4)) {
            case 0 -> BigDecimal.ZERO;
            case 1 -> maxBonus;
            default -> maxBonus.add(BigDecimal.ONE).min(max.max(BigDecimal.ONE));
          };
      PointsScheme.Builder real =
          PointsScheme.builder()
              .putAllCriterionPoints(criterionPoints)
              .putAllIndicatorPoints(indicatorPoints)
              .putAllBonusPoints(bonusPoints)
              .passMark(pass);
      cap.ifPresent(real::bonusCap);
      if (pass.signum() > 0) { // bands meet at the pass mark: none may straddle it
        real.addBands(
            band("未达", "below", "0", true, pass.toPlainString(), false),
            band("达", "reached", pass.toPlainString(), true, max.toPlainString(), true));
      } else {
        real.addBands(band("全部", "all", "0", true, max.toPlainString(), true));
      }
      return Optional.of(set.withPointsScheme(Optional.of(real.build())));
    } catch (InvalidCriteriaException e) {
      e.violations().forEach(v -> REFUSED.add(v.code()));
      return Optional.empty();
    }
  }

  @Test
  void evidenceWithNothingInIt_neverQualifies_underAnySetThatIsBuilt() {
    qt().withExamples(1000)
        .forAll(longs().all())
        .checkAssert(
            seed ->
                draw(seed)
                    .ifPresent(
                        set -> {
                          built++;
                          assertThat(set.assess(EMPTY).overall())
                              .as("seed %s", seed)
                              .isNotEqualTo(OverallOutcome.QUALIFIED);
                        }));
    assertThat(built).as("sets built").isGreaterThan(100);
    assertThat(REFUSED)
        .as("rules that refused a drawn set")
        .contains(
            RuleCode.SET_NO_GATING_CRITERION,
            RuleCode.POINTS_PASS_MARK_NOT_ABOVE_ZERO,
            RuleCode.POINTS_PASS_MARK_WITHIN_BONUS,
            RuleCode.POINTS_ADVISORY_CRITERION);
  }
}
