package io.github.jindu.bar;

import io.github.jindu.Attestation;
import org.immutables.value.Value;

/**
 * The bar {@code ATTESTED}: an assessor's documented judgement decides, read from the evidence's
 * {@link Attestation} under the criterion's id. Met when the attestation says met; not met when it says not met;
 * not assessed when there is none. Used for the qualitative criteria of the policy ("组织健全", "履行职责").
 *
 * @implSpec This class is immutable and thread-safe.
 */
@Value.Immutable(builder = false, singleton = true)
public abstract non-sealed class Attested implements Threshold {
  Attested() {}

  /**
   * Returns the bar.
   *
   * @return the one instance
   */
  public static Attested of() {
    return ImmutableAttested.of();
  }

  @Override
  public final ThresholdKind kind() {
    return ThresholdKind.ATTESTED;
  }

  @Override
  public final <R> R accept(Visitor<R> visitor) {
    return visitor.visit(this);
  }
}
