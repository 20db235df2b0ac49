package io.github.jindu;

import io.github.jindu.internal.Builders;
import org.immutables.value.Value;

/**
 * A veto rule (一票否决): a finding that, when present in the evidence, makes the overall outcome
 * {@link OverallOutcome#VETOED} whatever else holds.
 *
 * <p>Only a set that defines veto rules has any (the default set has none: its 二(三) sentence is the criterion
 * {@code responsibility.veto-applied}). For such a set, evidence must record the veto check: an absent
 * {@code vetoes} list leaves the unit {@link OverallOutcome#INCOMPLETE}, an empty one means "checked, none found".
 *
 * <p>Example: the illustrative 无毒校园 set's {@code veto.leadership-failure},
 * 对因领导不力、措施不落实导致毒品问题发展蔓延的单位，实行社会治安综合治理一票否决, clause 二(三), which the town applies to its
 * grassroots units.
 *
 * @implSpec This class is immutable and thread-safe.
 */
@Value.Immutable
public abstract class VetoRule implements CatalogueEntry {
  VetoRule() {}

  /**
   * Returns a new builder.
   *
   * @return an empty builder; every attribute is required
   */
  public static Builder builder() {
    return new Builder();
  }

  @Value.Check
  void check() {
    CatalogueEntry.requireNames(this, "veto rule");
  }

  /** A builder of {@link VetoRule}. */
  public static final class Builder extends ImmutableVetoRule.Builder {
    Builder() {}

    /**
     * Builds the value.
     *
     * @return the vetoRule
     * @throws MissingAttributeException if a required attribute was not set, naming them
     */
    @Override
    public VetoRule build() {
      return Builders.build(super::build, "VetoRule");
    }
  }
}
