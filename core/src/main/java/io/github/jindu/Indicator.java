package io.github.jindu;

import com.google.common.collect.ImmutableList;
import io.github.jindu.internal.Builders;
import org.immutables.value.Value;

/**
 * An indicator (一级指标): one of the headings of the policy's main targets (主要指标和任务), grouping criteria.
 *
 * <p>Example: {@code results} 工作成效显著 ("results are significant"), clause 二(十), seven criteria.
 *
 * @implSpec This class is immutable and thread-safe.
 */
@Value.Immutable
public abstract class Indicator implements CatalogueEntry {
  Indicator() {}

  /**
   * Returns a new builder.
   *
   * @return an empty builder; every attribute is required and at least one criterion must be added
   */
  public static Builder builder() {
    return new Builder();
  }

  /** {@return the criteria (二级指标), in catalogue order} */
  public abstract ImmutableList<Criterion> criteria();

  @Value.Check
  void check() {
    CatalogueEntry.requireNames(this, "indicator");
    if (criteria().isEmpty()) {
      throw InvalidCriteriaException.of(RuleCode.INDICATOR_NO_CRITERIA, id());
    }
  }

  /** A builder of {@link Indicator}. */
  public static final class Builder extends ImmutableIndicator.Builder {
    Builder() {}

    /**
     * Builds the value.
     *
     * @return the indicator
     * @throws MissingAttributeException if a required attribute was not set, naming them
     */
    @Override
    public Indicator build() {
      return Builders.build(super::build, "Indicator");
    }
  }
}
