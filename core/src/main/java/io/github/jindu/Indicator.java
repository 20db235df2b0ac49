package io.github.jindu;

import com.google.common.collect.ImmutableList;
import org.immutables.value.Value;

/**
 * An indicator (一级指标): one of the headings of the policy's main targets (主要指标和任务), grouping criteria.
 *
 * <p>Example: {@code results} 工作成效显著 ("results are significant"), clause 二(十), seven criteria.
 *
 * @implSpec This class is immutable and thread-safe.
 */
@Value.Immutable
public abstract class Indicator {
  Indicator() {}

  /**
   * Returns a new builder.
   *
   * @return an empty builder; every attribute is required and at least one criterion must be added
   */
  public static Builder builder() {
    return new Builder();
  }

  /** {@return the stable id, such as {@code results}; public API} */
  public abstract String id();

  /** {@return the Chinese name, such as 工作成效显著} */
  public abstract String chineseName();

  /** {@return the English name, such as "results are significant"} */
  public abstract String englishName();

  /** {@return the clause of the source policy, such as {@code 二(十)}} */
  public abstract String clause();

  /** {@return the criteria (二级指标), in catalogue order} */
  public abstract ImmutableList<Criterion> criteria();

  @Value.Check
  void check() {
    if (id().isBlank() || chineseName().isBlank() || englishName().isBlank() || clause().isBlank()) {
      throw new InvalidCriteriaException("indicator " + id() + " needs a non-blank id, names and clause");
    }
    if (criteria().isEmpty()) {
      throw new InvalidCriteriaException("indicator " + id() + " has no criteria");
    }
  }

  /** A builder of {@link Indicator}. */
  public static final class Builder extends ImmutableIndicator.Builder {
    Builder() {}
  }
}
