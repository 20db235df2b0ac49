package io.github.jindu.internal;

import com.google.common.collect.ImmutableList;
import com.google.common.collect.ImmutableMap;
import io.github.jindu.CriteriaSet;
import io.github.jindu.CriterionResult;
import io.github.jindu.Indicator;
import io.github.jindu.Observation;
import io.github.jindu.Outcome;
import io.github.jindu.Ratio;
import io.github.jindu.points.PointsScheme;
import io.github.jindu.points.Score;
import java.math.BigDecimal;
import java.util.Optional;

/**
 * Scores the outcomes of an assessment under a {@link PointsScheme}, exactly; tiered credit reads the exact share
 * of each criterion's {@link Observation.ShareObservation}.
 */
public final class Scoring {
  private Scoring() {}

  /**
   * Scores the results of an assessment.
   *
   * @param set the criteria set assessed on
   * @param scheme its points scheme
   * @param results every criterion's result, in catalogue order
   * @return the score
   */
  public static Score score(
      CriteriaSet set, PointsScheme scheme, ImmutableList<CriterionResult> results) {
    ImmutableMap.Builder<String, BigDecimal> criterionPoints = ImmutableMap.builder();
    BigDecimal total = BigDecimal.ZERO;
    BigDecimal bonus = BigDecimal.ZERO;
    long missing = 0;
    for (CriterionResult r : results) {
      boolean passes = r.outcome() == Outcome.MET || r.outcome() == Outcome.NOT_APPLICABLE;
      if (scheme.criterionPoints().containsKey(r.criterionId())) {
        BigDecimal points =
            passes ? scheme.criterionPoints().get(r.criterionId()) : BigDecimal.ZERO;
        criterionPoints.put(r.criterionId(), normal(points));
        total = total.add(points);
      } else if (scheme.perShortfall().containsKey(r.criterionId())) {
        BigDecimal points = perShortfall(scheme.perShortfall().get(r.criterionId()), r);
        criterionPoints.put(r.criterionId(), normal(points));
        total = total.add(points);
      } else if (scheme.perOccurrence().containsKey(r.criterionId())) {
        BigDecimal points = perOccurrence(scheme.perOccurrence().get(r.criterionId()), r);
        criterionPoints.put(r.criterionId(), normal(points));
        total = total.add(points);
      } else if (scheme.tiers().containsKey(r.criterionId())) {
        BigDecimal points = tiered(scheme.tiers().get(r.criterionId()), r);
        criterionPoints.put(r.criterionId(), normal(points));
        total = total.add(points);
      }
      if (r.outcome() == Outcome.MET && scheme.bonusPoints().containsKey(r.criterionId())) {
        bonus = bonus.add(scheme.bonusPoints().get(r.criterionId()));
      }
      if (!r.advisory() && r.outcome() == Outcome.NOT_ASSESSED) {
        missing++;
      }
    }
    ImmutableMap.Builder<String, BigDecimal> indicatorPoints = ImmutableMap.builder();
    for (Indicator indicator : set.indicators()) {
      BigDecimal points = scheme.indicatorPoints().get(indicator.id());
      if (points == null) {
        continue;
      }
      boolean all =
          results.stream()
              .filter(r -> r.indicatorId().equals(indicator.id()) && !r.advisory())
              .allMatch(r -> r.outcome() == Outcome.MET || r.outcome() == Outcome.NOT_APPLICABLE);
      BigDecimal earned = all ? points : BigDecimal.ZERO;
      indicatorPoints.put(indicator.id(), normal(earned));
      total = total.add(earned);
    }
    BigDecimal earnedBonus = bonus;
    BigDecimal cappedBonus =
        scheme.bonusCap().filter(cap -> cap.compareTo(earnedBonus) < 0).orElse(earnedBonus);
    BigDecimal deductions = scheme.perMissingItem().multiply(BigDecimal.valueOf(missing));
    BigDecimal cappedDeductions =
        scheme.missingCap().filter(cap -> cap.compareTo(deductions) < 0).orElse(deductions);
    BigDecimal sum = total.add(cappedBonus).subtract(cappedDeductions);
    BigDecimal finalTotal = sum.signum() < 0 ? BigDecimal.ZERO : sum;
    return Score.builder()
        .putAllCriterionPoints(criterionPoints.build())
        .putAllIndicatorPoints(indicatorPoints.build())
        .bonus(normal(cappedBonus))
        .deductions(normal(cappedDeductions))
        .total(normal(finalTotal))
        .maxTotal(normal(scheme.maxTotal()))
        .passMark(scheme.passMark())
        .band(scheme.bandOf(finalTotal))
        .build();
  }

  /**
   * The points of the highest tier the exact share of a met criterion reaches; a criterion not met earns nothing, a
   * share with nothing to measure earns the top tier.
   */
  private static BigDecimal tiered(ImmutableList<PointsScheme.Tier> tiers, CriterionResult r) {
    Optional<Ratio> share =
        r.observation()
            .filter(Observation.ShareObservation.class::isInstance)
            .map(Observation.ShareObservation.class::cast)
            .flatMap(Observation.ShareObservation::share);
    if (r.outcome() == Outcome.NOT_APPLICABLE) {
      return tiers.stream()
          .map(PointsScheme.Tier::points)
          .max(BigDecimal::compareTo)
          .orElse(BigDecimal.ZERO);
    }
    if (r.outcome() != Outcome.MET) {
      return BigDecimal.ZERO;
    }
    BigDecimal points = BigDecimal.ZERO;
    if (share.isPresent()) {
      for (PointsScheme.Tier tier : tiers) {
        if (share.get().isAtLeast(tier.atLeast())) {
          points = tier.points();
        }
      }
    }
    return points;
  }

  /**
   * The points of a criterion scored per occurrence: the events its observation counts times the points, at most
   * the cap, met or not; the cap when not applicable (no window in the period); nothing when not assessed.
   */
  private static BigDecimal perOccurrence(PointsScheme.PerOccurrence points, CriterionResult r) {
    if (r.outcome() == Outcome.NOT_APPLICABLE) {
      return points.cap();
    }
    return r.observation()
        .filter(Observation.EventCountObservation.class::isInstance)
        .map(o -> points.earned(((Observation.EventCountObservation) o).count()))
        .orElse(BigDecimal.ZERO);
  }

  /**
   * Returns whether a bar's shortfall is counted, so that points can be deducted per unit of it: a share's persons
   * short, a count or rate's cases above the bar, a schedule's periods, the settings, the sub-units without a
   * letter, the events short, a sample's units still to sample and failures above those allowed. Attestations, increases, dates and the peers' lowest rate have none.
   *
   * @param bar a bar
   * @return true if a deduction per shortfall may read it
   */
  public static boolean countsShortfall(io.github.jindu.bar.Threshold bar) {
    return switch (bar.kind()) {
      case MIN_SHARE, MAX_RATE, ZERO, EVERY_PERIOD, ALL_OF, WITHIN, AT_LEAST_EVENTS, SAMPLE -> true;
      default -> false;
    };
  }

  /**
   * The shortfall of an unmet criterion, in the units its gap counts; {@link Long#MAX_VALUE} when it has none (no
   * value of its figure could meet the bar), so that the whole cap is deducted.
   *
   * @param r a criterion's result
   * @return the units short, at least 0: 15 for 979 of 1,104 tests against 90 %
   */
  public static long shortfall(CriterionResult r) {
    Optional<io.github.jindu.Gap> gap = r.gap();
    if (gap.isEmpty()) {
      return Long.MAX_VALUE;
    }
    io.github.jindu.Gap g = gap.get();
    if (g instanceof io.github.jindu.Gap.More more) {
      return more.amount();
    } else if (g instanceof io.github.jindu.Gap.Fewer fewer) {
      long observed =
          r.observation()
              .map(
                  o ->
                      o instanceof Observation.CountObservation c
                          ? c.value()
                          : o instanceof Observation.RateObservation rate ? rate.count() : 0L)
              .orElse(0L);
      return Math.max(0, observed - fewer.atMost());
    } else if (g instanceof io.github.jindu.Gap.Periods periods) {
      return periods.uncovered().size();
    } else if (g instanceof io.github.jindu.Gap.Settings settings) {
      return settings.missing().size();
    } else if (g instanceof io.github.jindu.Gap.Letters letters) {
      return letters.lapses().size();
    } else if (g instanceof io.github.jindu.Gap.MoreEvents events) {
      return events.amount();
    } else if (g instanceof io.github.jindu.Gap.SampleShort sample) {
      return sample.shortfall();
    }
    return Long.MAX_VALUE;
  }

  /**
   * The points of a criterion with a deduction per shortfall: all of them when met or not applicable, nothing when
   * not assessed, else the points less the shortfall's deduction, at most the cap.
   */
  private static BigDecimal perShortfall(PointsScheme.PerShortfall points, CriterionResult r) {
    return switch (r.outcome()) {
      case MET, NOT_APPLICABLE -> points.points();
      case NOT_ASSESSED -> BigDecimal.ZERO;
      case NOT_MET -> points.earned(shortfall(r));
    };
  }

  /** {@return a decimal in its shortest form: 3.30 is 3.3, 0.00 is 0} */
  private static BigDecimal normal(BigDecimal value) {
    BigDecimal stripped = value.stripTrailingZeros();
    return stripped.scale() < 0 ? stripped.setScale(0) : stripped;
  }
}
