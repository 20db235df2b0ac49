package io.github.jindu;

import org.immutables.value.Value;

/**
 * A veto rule (一票否决): a finding that, when present in the evidence, makes the overall outcome
 * {@link OverallOutcome#VETOED} whatever else holds.
 *
 * <p>Example: {@code veto.leadership-failure}, 对因领导不力、措施不落实导致毒品问题发展蔓延的单位，实行社会治安综合治理一票否决,
 * clause 二(三).
 *
 * @implSpec This class is immutable and thread-safe.
 */
@Value.Immutable
public abstract class VetoRule {
  VetoRule() {}

  /**
   * Returns a new builder.
   *
   * @return an empty builder; every attribute is required
   */
  public static Builder builder() {
    return new Builder();
  }

  /** {@return the stable id, such as {@code veto.leadership-failure}; public API} */
  public abstract String id();

  /** {@return the Chinese text of the rule} */
  public abstract String chineseName();

  /** {@return the English description} */
  public abstract String englishName();

  /** {@return the clause of the source policy, such as {@code 二(三)}} */
  public abstract String clause();

  @Value.Check
  void check() {
    if (id().isBlank() || chineseName().isBlank() || englishName().isBlank() || clause().isBlank()) {
      throw new InvalidCriteriaException("veto rule " + id() + " needs a non-blank id, names and clause");
    }
  }

  /** A builder of {@link VetoRule}. */
  public static final class Builder extends ImmutableVetoRule.Builder {
    Builder() {}
  }
}
