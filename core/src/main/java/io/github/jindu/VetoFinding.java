package io.github.jindu;

import org.immutables.value.Value;

/**
 * A finding that triggers a veto rule (一票否决) of the criteria set, such as {@code veto.leadership-failure} of a
 * sub-unit title's set (二(三): weak leadership or unimplemented measures let the drug problem spread). Its presence
 * makes the overall outcome {@link OverallOutcome#VETOED}; a set without veto rules refuses it.
 *
 * <p>Example: {@code VetoFinding.of("veto.leadership-failure", "区综治委通报 2025-7号")}.
 *
 * @implSpec This class is immutable and thread-safe.
 */
@Value.Immutable(builder = false)
public abstract class VetoFinding {
  VetoFinding() {}

  /**
   * Returns a finding.
   *
   * @param id the id of a veto rule of the criteria set
   * @param reference the document recording the finding; must not be blank within {@link Evidence}
   * @return the finding
   */
  public static VetoFinding of(String id, String reference) {
    return ImmutableVetoFinding.of(id, reference);
  }

  /** {@return the id of the veto rule found, such as {@code veto.leadership-failure}} */
  @Value.Parameter
  public abstract String id();

  /** {@return the document recording the finding} */
  @Value.Parameter
  public abstract String reference();
}
