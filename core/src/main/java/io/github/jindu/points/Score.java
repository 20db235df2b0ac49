package io.github.jindu.points;

import com.google.common.collect.ImmutableMap;
import io.github.jindu.CriteriaSet;
import io.github.jindu.Evidence;
import io.github.jindu.MissingAttributeException;
import io.github.jindu.internal.Builders;
import java.math.BigDecimal;
import org.immutables.value.Value;

/**
 * The score of an assessment under a {@link PointsScheme} (得分): each criterion's and indicator's points, the
 * bonus earned, the deductions for missing items, the total, the pass mark and the band. Exact decimals.
 *
 * <p>Example: total 92, pass mark 80, band 良好 [85, 95).
 *
 * @implSpec This class is immutable and thread-safe.
 */
@Value.Immutable
public abstract class Score {
  Score() {}

  /**
   * Returns a new builder, for codecs that read a stored result; scores are made by
   * {@link CriteriaSet#assess(Evidence)}.
   *
   * @return an empty builder
   */
  public static Builder builder() {
    return new Builder();
  }

  /** {@return the points earned by each criterion the scheme names, by criterion id, in catalogue order} */
  public abstract ImmutableMap<String, BigDecimal> criterionPoints();

  /** {@return the points earned by each indicator the scheme names, by indicator id, in catalogue order} */
  public abstract ImmutableMap<String, BigDecimal> indicatorPoints();

  /** {@return the bonus points earned, after the cap} */
  public abstract BigDecimal bonus();

  /** {@return the points deducted for missing items, after the cap} */
  public abstract BigDecimal deductions();

  /** {@return the total: points plus bonus less deductions, never below 0} */
  public abstract BigDecimal total();

  /** {@return the scheme's maximum total} */
  public abstract BigDecimal maxTotal();

  /** {@return the pass mark} */
  public abstract BigDecimal passMark();

  /** {@return the band the total falls in} */
  public abstract PointsScheme.Band band();

  /** A builder of {@link Score}. */
  public static final class Builder extends ImmutableScore.Builder {
    Builder() {}

    /**
     * Builds the value.
     *
     * @return the score
     * @throws MissingAttributeException if a required attribute was not set, naming them
     */
    @Override
    public Score build() {
      return Builders.build(super::build, "Score");
    }
  }
}
