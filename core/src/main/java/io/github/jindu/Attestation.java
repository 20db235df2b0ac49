package io.github.jindu;

import io.github.jindu.bar.Attested;
import org.immutables.value.Value;

/**
 * An assessor's documented judgement (认定) on a criterion of kind {@link Attested}: met or not, and the
 * document relied on (台帐, 会议纪要, 预算科目…). Evidence requires a non-blank reference: a judgement nobody can
 * trace to a document is not evidence.
 *
 * <p>Example: {@code Attestation.of(true, "镇党委会议纪要 2025年第3期")}.
 *
 * @implSpec This class is immutable and thread-safe.
 */
@Value.Immutable(builder = false)
public abstract class Attestation {
  Attestation() {}

  /**
   * Returns an attestation.
   *
   * @param met whether the assessor found the criterion met
   * @param reference the supporting document; must not be blank within {@link Evidence}
   * @return the attestation
   */
  public static Attestation of(boolean met, String reference) {
    return ImmutableAttestation.of(met, reference);
  }

  /** {@return whether the assessor found the criterion met} */
  @Value.Parameter
  public abstract boolean met();

  /** {@return the document the judgement relies on} */
  @Value.Parameter
  public abstract String reference();
}
