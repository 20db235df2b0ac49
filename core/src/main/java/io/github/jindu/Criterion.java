package io.github.jindu;

import io.github.jindu.bar.Threshold;
import io.github.jindu.internal.Builders;
import org.immutables.value.Value;

/**
 * A criterion (二级指标): one requirement of an indicator, with the bar it sets and the clause of the policy it
 * comes from.
 *
 * <p>Example: {@code prevention.population-coverage}, 辖区实有人口宣传覆盖率达到90%以上, clause 二(五), bar
 * {@code MinShare.atLeast(population.reached, population.actual, 9/10)}.
 *
 * @implSpec This class is immutable and thread-safe.
 */
@Value.Immutable(copy = true)
public abstract class Criterion implements CatalogueEntry {
  Criterion() {}

  /**
   * Returns a new builder.
   *
   * @return an empty builder; every attribute but {@code advisory} (false by default) is required
   */
  public static Builder builder() {
    return new Builder();
  }

  /** {@return the bar} */
  public abstract Threshold threshold();

  /**
   * Returns whether the criterion is advisory: reported, never gating the overall outcome (for example 力争,
   * "strive for").
   *
   * @return false by default
   */
  @Value.Default
  public boolean advisory() {
    return false;
  }

  @Value.Check
  void check() {
    CatalogueEntry.requireNames(this, "criterion");
  }

  /**
   * Returns a copy with the bar replaced, every other attribute as it
   * is; the copy is checked as a new value is.
   *
   * @param threshold the new value
   * @return the copy, or this value if nothing changes
   * @throws InvalidCriteriaException if the copy breaks a rule of a criterion
   */
  public final Criterion withThreshold(Threshold threshold) {
    return copy().copyWithThreshold(threshold);
  }

  /**
   * Returns a copy with whether it is advisory replaced, every other attribute as it
   * is; the copy is checked as a new value is.
   *
   * @param advisory the new value
   * @return the copy, or this value if nothing changes
   * @throws InvalidCriteriaException if the copy breaks a rule of a criterion
   */
  public final Criterion withAdvisory(boolean advisory) {
    return copy().copyWithAdvisory(advisory);
  }

  /**
   * Returns a copy with the clause of the policy replaced, every other attribute as it
   * is; the copy is checked as a new value is.
   *
   * @param clause the new value
   * @return the copy, or this value if nothing changes
   * @throws InvalidCriteriaException if the copy breaks a rule of a criterion
   */
  public final Criterion withClause(String clause) {
    return copy().copyWithClause(clause);
  }

  /**
   * Returns a copy with the Chinese name replaced, every other attribute as it
   * is; the copy is checked as a new value is.
   *
   * @param chineseName the new value
   * @return the copy, or this value if nothing changes
   * @throws InvalidCriteriaException if the copy breaks a rule of a criterion
   */
  public final Criterion withChineseName(String chineseName) {
    return copy().copyWithChineseName(chineseName);
  }

  /**
   * Returns a copy with the English name replaced, every other attribute as it
   * is; the copy is checked as a new value is.
   *
   * @param englishName the new value
   * @return the copy, or this value if nothing changes
   * @throws InvalidCriteriaException if the copy breaks a rule of a criterion
   */
  public final Criterion withEnglishName(String englishName) {
    return copy().copyWithEnglishName(englishName);
  }

  /** {@return this value as its generated class, whose copy methods check what they build} */
  private ImmutableCriterion copy() {
    return (ImmutableCriterion) ImmutableCriterion.copyOf(this);
  }

  /** A builder of {@link Criterion}. */
  public static final class Builder extends ImmutableCriterion.Builder {
    Builder() {}

    /**
     * Builds the value.
     *
     * @return the criterion
     * @throws MissingAttributeException if a required attribute was not set, naming them
     */
    @Override
    public Criterion build() {
      return Builders.build(super::build, "Criterion");
    }
  }
}
