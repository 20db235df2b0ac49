package io.github.jindu.points;

import com.google.common.collect.ImmutableList;
import com.google.common.collect.ImmutableMap;
import com.google.common.collect.ImmutableSet;
import io.github.jindu.CriteriaSet;
import io.github.jindu.InvalidCriteriaException;
import io.github.jindu.Location;
import io.github.jindu.MissingAttributeException;
import io.github.jindu.Outcome;
import io.github.jindu.Ratio;
import io.github.jindu.RuleCode;
import io.github.jindu.Violation;
import io.github.jindu.bar.MinShare;
import io.github.jindu.internal.Builders;
import java.math.BigDecimal;
import java.util.ArrayList;
import java.util.Comparator;
import java.util.HashSet;
import java.util.List;
import java.util.Optional;
import java.util.Set;
import org.immutables.value.Value;

/**
 * A points scheme (计分方案): the 100-point tables many districts publish, as an optional part of a
 * {@link CriteriaSet}. The seed policy gives no points, so the default set has none; a scheme is always
 * user-supplied. Points are exact decimals.
 *
 * <ul>
 *   <li>{@link #criterionPoints()}: points a criterion earns when {@link Outcome#MET} or
 *       {@link Outcome#NOT_APPLICABLE} (nothing to measure costs nothing), or tiered credit for a share: the points
 *       of the highest tier the exact share reaches (at least 95 % earns 3, at least 98 % earns 5);
 *   <li>{@link #indicatorPoints()}: points an indicator earns when every gating criterion of it is met or not
 *       applicable;
 *   <li>{@link #perMissingItem()} up to {@link #missingCap()}: deducted for each gating criterion
 *       {@link Outcome#NOT_ASSESSED};
 *   <li>{@link #bonusPoints()} up to {@link #bonusCap()}: earned by the criteria named when met;
 *   <li>{@link #passMark()}: the total from which a unit qualifies;
 *   <li>{@link #bands()}: named score bands (优秀, 良好…) that cover every total from 0 to {@link #maxTotal()} once,
 *       without overlap or gap;
 *   <li>{@link #vetoItems()}: criteria whose not being met vetoes (一票否决项), as a veto finding does.
 * </ul>
 *
 * <p>The weights need not add up to 100: the bands must cover 0 to {@link #maxTotal()}, whatever it is.
 *
 * @implSpec This class is immutable and thread-safe.
 */
@Value.Immutable
public abstract class PointsScheme {
  PointsScheme() {}

  /**
   * Returns a new builder.
   *
   * @return an empty builder; the pass mark and at least one band are required
   */
  public static Builder builder() {
    return new Builder();
  }

  /** {@return the points of each criterion named, by criterion id, in the order given} */
  public abstract ImmutableMap<String, BigDecimal> criterionPoints();

  /**
   * Returns the tiers of tiered credit, by criterion id: each criterion named must be a {@link MinShare}; its
   * points are those of the highest tier whose bound its exact share reaches, 0 below the lowest tier.
   *
   * @return the tiers, each list in ascending order of bound and of points
   */
  public abstract ImmutableMap<String, ImmutableList<Tier>> tiers();

  /**
   * Returns the points per occurrence (每次得分), by criterion id: each criterion named must be an {@link
   * io.github.jindu.bar.AtLeastEvents} bar; it earns {@link PerOccurrence#points()} for each event its observation
   * counts, at most {@link PerOccurrence#cap()} ("每次得0.5分，最高3分"), whether or not its bar is met; when its
   * outcome is {@link Outcome#NOT_APPLICABLE} (no window in the period) it earns the cap, and when it is
   * {@link Outcome#NOT_ASSESSED} (no record of events) nothing.
   *
   * @return the points per occurrence, in the order given
   */
  public abstract ImmutableMap<String, PerOccurrence> perOccurrence();

  /**
   * Returns the points with a deduction per shortfall (每缺一个扣分), by criterion id: the criterion earns its
   * {@link PerShortfall#points()} less {@link PerShortfall#perShortfall()} for each unit of its shortfall, at most
   * {@link PerShortfall#cap()} deducted ("每缺一个辖区单位扣1分"). The shortfall is read from the criterion's gap: the
   * persons, tests or sites short of a share ({@code min-share}), the cases or the count above the bar ({@code
   * zero}, {@code max-rate}), the periods without an event ({@code every-period}), the settings not reached
   * ({@code all-of}), the sub-units without a letter in force ({@code within}), the events short
   * ({@code at-least-events}). A criterion met or not applicable earns the points; one not assessed earns nothing.
   *
   * @return the points with deductions, in the order given
   */
  public abstract ImmutableMap<String, PerShortfall> perShortfall();

  /**
   * Returns the sections (评分大项) of the table, by indicator id: a section's {@link Section#weight()}, if given,
   * is the points its criteria are worth together (禁种铲毒(18分)), checked against them when the set is built; a
   * section with {@link Section#veto()} vetoes the unit (一票否决) when any gating criterion of it is not met, and
   * leaves the unit {@code INCOMPLETE} when one is not assessed, as a {@linkplain #vetoItems() veto item} does.
   *
   * @return the sections, in the order given
   */
  public abstract ImmutableMap<String, Section> sections();

  /**
   * Returns whether a criterion's not being met vetoes: it is a {@linkplain #vetoItems() veto item}, or it belongs to
   * a {@linkplain #sections() section} with its own veto.
   *
   * @param criterionId the criterion's id
   * @param indicatorId the id of the indicator it belongs to
   * @return true if it is a veto item
   */
  public boolean vetoes(String criterionId, String indicatorId) {
    Section section = sections().get(indicatorId);
    return vetoItems().contains(criterionId) || section != null && section.veto();
  }

  /** {@return the points of each indicator named, by indicator id, earned when all its gating criteria pass} */
  public abstract ImmutableMap<String, BigDecimal> indicatorPoints();

  /** {@return the points deducted for each gating criterion not assessed; 0 by default} */
  @Value.Default
  public BigDecimal perMissingItem() {
    return BigDecimal.ZERO;
  }

  /** {@return the most points deducted for missing items; empty for no cap} */
  public abstract Optional<BigDecimal> missingCap();

  /** {@return the bonus points of each criterion named, earned when it is met, by criterion id} */
  public abstract ImmutableMap<String, BigDecimal> bonusPoints();

  /** {@return the most bonus points earned in all; empty for no cap} */
  public abstract Optional<BigDecimal> bonusCap();

  /** {@return the total from which a unit qualifies, inclusive} */
  public abstract BigDecimal passMark();

  /** {@return the score bands, in ascending order of their bounds} */
  public abstract ImmutableList<Band> bands();

  /** {@return the ids of the criteria whose not being met vetoes (一票否决项)} */
  public abstract ImmutableSet<String> vetoItems();

  /**
   * Returns the highest total the scheme allows: every criterion's and indicator's points (a tiered criterion's
   * highest tier) and the bonus points up to their cap.
   *
   * @return the maximum total
   */
  @Value.Derived
  public BigDecimal maxTotal() {
    BigDecimal total = BigDecimal.ZERO;
    for (BigDecimal p : criterionPoints().values()) {
      total = total.add(p);
    }
    for (ImmutableList<Tier> t : tiers().values()) {
      total =
          total.add(
              t.stream().map(Tier::points).max(BigDecimal::compareTo).orElse(BigDecimal.ZERO));
    }
    for (PerOccurrence p : perOccurrence().values()) {
      total = total.add(p.cap());
    }
    for (PerShortfall p : perShortfall().values()) {
      total = total.add(p.points());
    }
    for (BigDecimal p : indicatorPoints().values()) {
      total = total.add(p);
    }
    return total.add(maxBonus());
  }

  /**
   * Returns the most points a criterion can earn under this scheme, bonus aside: its points, its highest tier's,
   * its cap of points per occurrence, or its points with deductions per shortfall.
   *
   * @param criterionId a criterion id, such as {@code results.no-hotspots}
   * @return the points, 0 when the scheme gives the criterion none
   */
  public BigDecimal mostPointsOf(String criterionId) {
    BigDecimal points = criterionPoints().get(criterionId);
    if (points != null) {
      return points;
    } else if (perOccurrence().containsKey(criterionId)) {
      return perOccurrence().get(criterionId).cap();
    } else if (perShortfall().containsKey(criterionId)) {
      return perShortfall().get(criterionId).points();
    }
    return tiers().getOrDefault(criterionId, ImmutableList.of()).stream()
        .map(Tier::points)
        .max(BigDecimal::compareTo)
        .orElse(BigDecimal.ZERO);
  }

  /**
   * {@return the most bonus points (加分) a unit can earn: the sum of {@link #bonusPoints()}, at most
   * {@link #bonusCap()}} The pass mark is above it, so that bonus points alone never qualify a unit.
   */
  public BigDecimal maxBonus() {
    BigDecimal bonus = BigDecimal.ZERO;
    for (BigDecimal p : bonusPoints().values()) {
      bonus = bonus.add(p);
    }
    if (bonusCap().isPresent() && bonusCap().get().compareTo(bonus) < 0) {
      bonus = bonusCap().get();
    }
    return bonus;
  }

  /**
   * Finds the band a total falls in.
   *
   * @param total a total between 0 and {@link #maxTotal()}
   * @return its band
   * @throws IllegalArgumentException if no band holds it (a total outside 0 to the maximum)
   */
  public Band bandOf(BigDecimal total) {
    return bands().stream()
        .filter(b -> b.contains(total))
        .findFirst()
        .orElseThrow(() -> new IllegalArgumentException("no band holds the total " + total));
  }

  @Value.Check
  void check() {
    List<Violation> problems = new ArrayList<>();
    Location root = Location.root();
    criterionPoints().forEach((id, p) -> nonNegative(problems, root.member("criteria").key(id), p));
    indicatorPoints()
        .forEach((id, p) -> nonNegative(problems, root.member("indicators").key(id), p));
    bonusPoints()
        .forEach(
            (id, p) -> nonNegative(problems, root.member("bonus").member("criteria").key(id), p));
    nonNegative(problems, root.member("missing").member("perItem"), perMissingItem());
    missingCap().ifPresent(c -> nonNegative(problems, root.member("missing").member("cap"), c));
    bonusCap().ifPresent(c -> nonNegative(problems, root.member("bonus").member("cap"), c));
    perOccurrence()
        .forEach(
            (id, p) -> {
              if (criterionPoints().containsKey(id)
                  || tiers().containsKey(id)
                  || perShortfall().containsKey(id)) {
                problems.add(
                    Violation.of(
                        RuleCode.POINTS_PER_OCCURRENCE_AND_POINTS,
                        root.member("criteria").key(id),
                        id));
              }
            });
    tiers()
        .forEach(
            (id, list) -> {
              if (criterionPoints().containsKey(id)) {
                problems.add(
                    Violation.of(RuleCode.POINTS_AND_TIERS, root.member("criteria").key(id), id));
              }
              if (list.isEmpty()) {
                problems.add(
                    Violation.of(RuleCode.POINTS_NO_TIERS, root.member("criteria").key(id), id));
              }
              for (int i = 1; i < list.size(); i++) {
                if (list.get(i).atLeast().compareTo(list.get(i - 1).atLeast()) <= 0
                    || list.get(i).points().compareTo(list.get(i - 1).points()) <= 0) {
                  problems.add(
                      Violation.of(
                          RuleCode.POINTS_TIERS_NOT_RISING,
                          root.member("criteria").key(id),
                          id,
                          list.get(i - 1),
                          list.get(i)));
                }
              }
            });
    if (passMark().signum() <= 0) {
      problems.add(
          Violation.of(
              RuleCode.POINTS_PASS_MARK_NOT_ABOVE_ZERO,
              root.member("passMark"),
              passMark().toPlainString()));
    } else if (passMark().compareTo(maxTotal()) > 0) {
      problems.add(
          Violation.of(
              RuleCode.POINTS_PASS_MARK,
              root.member("passMark"),
              passMark().toPlainString(),
              maxTotal().toPlainString()));
    } else if (passMark().compareTo(maxBonus()) <= 0) {
      problems.add(
          Violation.of(
              RuleCode.POINTS_PASS_MARK_WITHIN_BONUS,
              root.member("passMark"),
              passMark().toPlainString(),
              maxBonus().stripTrailingZeros().toPlainString()));
    }
    checkBands(problems);
    if (!problems.isEmpty()) {
      throw new InvalidCriteriaException(
          problems.stream().distinct().collect(ImmutableList.toImmutableList()));
    }
  }

  private void checkBands(List<Violation> problems) {
    Location at = Location.root().member("bands");
    if (bands().isEmpty()) {
      problems.add(Violation.of(RuleCode.POINTS_NO_BANDS, at));
      return;
    }
    List<Band> sorted = new ArrayList<>(bands());
    sorted.sort(Comparator.comparing(Band::lower).thenComparing(b -> !b.lowerInclusive()));
    if (!sorted.equals(bands())) {
      problems.add(Violation.of(RuleCode.POINTS_BANDS_ORDER, at));
    }
    Band first = sorted.get(0);
    if (first.lower().signum() != 0 || !first.lowerInclusive()) {
      problems.add(Violation.of(RuleCode.POINTS_BAND_LOWEST, at, first));
    }
    Band last = sorted.get(sorted.size() - 1);
    if (last.upper().compareTo(maxTotal()) != 0 || !last.upperInclusive()) {
      problems.add(
          Violation.of(RuleCode.POINTS_BAND_HIGHEST, at, last, maxTotal().toPlainString()));
    }
    // Each language names every band differently, or a report could not say which band a total is
    // in.
    Set<String> chinese = new HashSet<>();
    Set<String> english = new HashSet<>();
    Set<String> traditional = new HashSet<>();
    for (Band band : bands()) {
      if (!chinese.add(band.chineseName())) {
        problems.add(Violation.of(RuleCode.POINTS_BAND_NAME_TWICE, at, band.chineseName()));
      }
      if (!english.add(band.englishName())) {
        problems.add(Violation.of(RuleCode.POINTS_BAND_NAME_TWICE, at, band.englishName()));
      }
      band.traditionalChineseName()
          .filter(name -> !traditional.add(name))
          .ifPresent(name -> problems.add(Violation.of(RuleCode.POINTS_BAND_NAME_TWICE, at, name)));
    }
    for (Band band : sorted) {
      // The pass mark qualifies (a total at least the mark): a band straddles it when it holds a
      // total below the mark and the mark itself or one above, so its name would sit beside both
      // conclusions.
      int lower = band.lower().compareTo(passMark());
      int upper = band.upper().compareTo(passMark());
      if (lower < 0 && (upper > 0 || (upper == 0 && band.upperInclusive()))) {
        problems.add(
            Violation.of(
                RuleCode.POINTS_BAND_STRADDLES_PASS_MARK, at, band, passMark().toPlainString()));
      }
    }
    for (int i = 1; i < sorted.size(); i++) {
      Band a = sorted.get(i - 1);
      Band b = sorted.get(i);
      int c = a.upper().compareTo(b.lower());
      if (c > 0 || (c == 0 && a.upperInclusive() && b.lowerInclusive())) {
        problems.add(
            Violation.of(RuleCode.POINTS_BANDS_OVERLAP, at, a, b, b.lower().toPlainString()));
      } else if (c < 0 || !a.upperInclusive() && !b.lowerInclusive()) {
        problems.add(Violation.of(RuleCode.POINTS_BANDS_GAP, at, a, b, a.upper().toPlainString()));
      }
    }
  }

  private static void nonNegative(List<Violation> problems, Location at, BigDecimal value) {
    if (value.signum() < 0) {
      problems.add(Violation.of(RuleCode.POINTS_NEGATIVE, at, value.toPlainString()));
    }
  }

  /** A builder of {@link PointsScheme}. */
  public static final class Builder extends ImmutablePointsScheme.Builder {
    Builder() {}

    /**
     * Builds the value.
     *
     * @return the pointsScheme
     * @throws MissingAttributeException if a required attribute was not set, naming them
     */
    @Override
    public PointsScheme build() {
      return Builders.build(super::build, "PointsScheme");
    }
  }

  /**
   * A tier of tiered credit: a share of at least {@link #atLeast()} earns {@link #points()}.
   *
   * @implSpec This class is immutable and thread-safe.
   */
  @Value.Immutable(builder = false)
  public abstract static class Tier {
    Tier() {}

    /**
     * Returns a tier.
     *
     * @param atLeast the share to reach, inclusive, in [0, 1]
     * @param points the points it earns, at least 0
     * @return the tier
     */
    public static Tier of(Ratio atLeast, BigDecimal points) {
      return ImmutableTier.of(atLeast, points);
    }

    /** {@return the share to reach, inclusive} */
    @Value.Parameter
    public abstract Ratio atLeast();

    /** {@return the points it earns} */
    @Value.Parameter
    public abstract BigDecimal points();

    @Value.Check
    void check() {
      if (atLeast().compareTo(Ratio.ONE) > 0 || points().signum() < 0) {
        throw InvalidCriteriaException.of(RuleCode.POINTS_TIER_INVALID, this);
      }
    }

    /** {@return {@code >= bound: points}} */
    @Override
    public String toString() {
      return ">= " + atLeast() + ": " + points().toPlainString();
    }
  }

  /**
   * Points per occurrence with a cap (每次得分，封顶): {@code 0.5} for each event, at most {@code 3}.
   *
   * @implSpec This class is immutable and thread-safe.
   */
  @Value.Immutable(builder = false)
  public abstract static class PerOccurrence {
    PerOccurrence() {}

    /**
     * Returns points per occurrence.
     *
     * @param points the points each occurrence earns, above 0
     * @param cap the most points the criterion earns, at least {@code points}
     * @return the points per occurrence
     * @throws InvalidCriteriaException if {@code points} is not above 0 or {@code cap} is below {@code points}
     *     ({@code points.per-occurrence-invalid})
     */
    public static PerOccurrence of(BigDecimal points, BigDecimal cap) {
      return ImmutablePerOccurrence.of(points, cap);
    }

    /** {@return the points each occurrence earns, above 0} */
    @Value.Parameter
    public abstract BigDecimal points();

    /** {@return the most points the criterion earns, at least {@link #points()}} */
    @Value.Parameter
    public abstract BigDecimal cap();

    /**
     * Returns the points a number of occurrences earns, exactly.
     *
     * @param occurrences how many, at least 0
     * @return {@code min(occurrences × points, cap)}
     */
    public BigDecimal earned(long occurrences) {
      BigDecimal all = points().multiply(BigDecimal.valueOf(occurrences));
      return all.compareTo(cap()) > 0 ? cap() : all;
    }

    @Value.Check
    void check() {
      if (points().signum() <= 0 || cap().compareTo(points()) < 0) {
        throw InvalidCriteriaException.of(RuleCode.POINTS_PER_OCCURRENCE_INVALID, this);
      }
    }

    /** {@return {@code 0.5 per occurrence, at most 3}} */
    @Override
    public String toString() {
      return points().toPlainString() + " per occurrence, at most " + cap().toPlainString();
    }
  }

  /**
   * Points less a deduction per shortfall, with a cap (每缺一个扣分，扣完为止): 5 points, 1 deducted for each
   * sub-unit without a letter, at most 5.
   *
   * @implSpec This class is immutable and thread-safe.
   */
  @Value.Immutable(builder = false)
  public abstract static class PerShortfall {
    PerShortfall() {}

    /**
     * Returns points with a deduction per shortfall.
     *
     * @param points the points the criterion earns when met, above 0
     * @param perShortfall the points deducted for each unit of shortfall, above 0
     * @param cap the most points deducted, above 0 and at most {@code points}
     * @return the points with deductions
     * @throws InvalidCriteriaException if a value is not above 0 or {@code cap} is above {@code points}
     *     ({@code points.per-shortfall-invalid})
     */
    public static PerShortfall of(BigDecimal points, BigDecimal perShortfall, BigDecimal cap) {
      return ImmutablePerShortfall.of(points, perShortfall, cap);
    }

    /** {@return the points the criterion earns when met, above 0} */
    @Value.Parameter
    public abstract BigDecimal points();

    /** {@return the points deducted for each unit of shortfall, above 0} */
    @Value.Parameter
    public abstract BigDecimal perShortfall();

    /** {@return the most points deducted, above 0 and at most {@link #points()}} */
    @Value.Parameter
    public abstract BigDecimal cap();

    /**
     * Returns the points earned with a shortfall, exactly.
     *
     * @param shortfall the units short, at least 0
     * @return {@code points − min(shortfall × perShortfall, cap)}
     */
    public BigDecimal earned(long shortfall) {
      BigDecimal deducted = perShortfall().multiply(BigDecimal.valueOf(shortfall));
      return points().subtract(deducted.compareTo(cap()) > 0 ? cap() : deducted);
    }

    @Value.Check
    void check() {
      if (points().signum() <= 0
          || perShortfall().signum() <= 0
          || cap().signum() <= 0
          || cap().compareTo(points()) > 0) {
        throw InvalidCriteriaException.of(RuleCode.POINTS_PER_SHORTFALL_INVALID, this);
      }
    }

    /** {@return {@code 5, less 1 per shortfall, at most 5}} */
    @Override
    public String toString() {
      return points().toPlainString()
          + ", less "
          + perShortfall().toPlainString()
          + " per shortfall, at most "
          + cap().toPlainString();
    }
  }

  /**
   * A section of a points table (评分大项): its weight, checked against its criteria, and whether it carries its own
   * veto ("禁种铲毒(18分，一票否决)").
   *
   * @implSpec This class is immutable and thread-safe.
   */
  @Value.Immutable(builder = false)
  public abstract static class Section {
    Section() {}

    /**
     * Returns a section.
     *
     * @param weight the points its criteria are worth together, if the table states it; at least 0
     * @param veto whether a gating criterion of it not met vetoes the unit
     * @return the section
     * @throws InvalidCriteriaException if the weight is negative ({@code points.negative})
     */
    public static Section of(java.util.Optional<? extends BigDecimal> weight, boolean veto) {
      return ImmutableSection.of(weight, veto);
    }

    /** {@return the points the section's criteria are worth together, if stated} */
    @Value.Parameter
    public abstract java.util.Optional<BigDecimal> weight();

    /** {@return whether a gating criterion of the section not met vetoes the unit (一票否决)} */
    @Value.Parameter
    public abstract boolean veto();

    @Value.Check
    void check() {
      if (weight().isPresent() && weight().get().signum() < 0) {
        throw InvalidCriteriaException.of(RuleCode.POINTS_NEGATIVE, weight().get().toPlainString());
      }
    }
  }

  /**
   * A named score band (等级), such as 良好 for totals in [80, 90).
   *
   * @implSpec This class is immutable and thread-safe.
   */
  @Value.Immutable
  public abstract static class Band {
    Band() {}

    /**
     * Returns a new builder.
     *
     * @return an empty builder; every attribute is required
     */
    public static Builder builder() {
      return new Builder();
    }

    /** {@return the Chinese name, such as 良好} */
    public abstract String chineseName();

    /** {@return the English name, such as "good"} */
    public abstract String englishName();

    /** {@return the band's name in Traditional characters (繁體), such as 優秀, or empty if the set gives none} */
    public abstract Optional<String> traditionalChineseName();

    /** {@return the lower bound} */
    public abstract BigDecimal lower();

    /** {@return whether the lower bound belongs to the band} */
    public abstract boolean lowerInclusive();

    /** {@return the upper bound} */
    public abstract BigDecimal upper();

    /** {@return whether the upper bound belongs to the band} */
    public abstract boolean upperInclusive();

    /**
     * Returns whether a total falls in the band.
     *
     * @param total a total
     * @return true if it lies between the bounds, each included as the band says
     */
    public final boolean contains(BigDecimal total) {
      int low = total.compareTo(lower());
      int high = total.compareTo(upper());
      return (low > 0 || (low == 0 && lowerInclusive()))
          && (high < 0 || (high == 0 && upperInclusive()));
    }

    @Value.Check
    void check() {
      int c = lower().compareTo(upper());
      if (c > 0 || (c == 0 && !(lowerInclusive() && upperInclusive()))) {
        throw InvalidCriteriaException.of(RuleCode.POINTS_BAND_EMPTY, chineseName(), range());
      }
    }

    /** {@return the band's range in interval notation, such as {@code [80, 90)}} */
    public final String range() {
      return (lowerInclusive() ? "[" : "(")
          + lower().toPlainString()
          + ", "
          + upper().toPlainString()
          + (upperInclusive() ? "]" : ")");
    }

    /** {@return the Chinese name and the range, such as {@code 良好 [80, 90)}} */
    @Override
    public String toString() {
      return chineseName() + " " + range();
    }

    /** A builder of {@link Band}. */
    public static final class Builder extends ImmutableBand.Builder {
      Builder() {}

      /**
       * Builds the band.
       *
       * @return the band
       * @throws MissingAttributeException if a required attribute was not set, naming them
       */
      @Override
      public Band build() {
        return Builders.build(super::build, "Band");
      }
    }
  }
}
