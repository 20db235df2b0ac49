package io.github.jindu;

import io.github.jindu.bar.Attested;
import io.github.jindu.bar.Threshold;

import com.google.common.collect.ImmutableList;
import java.util.Optional;
import org.immutables.value.Value;

/**
 * The result of one criterion for one unit and period: the outcome, the figure observed, the bar, the clause of
 * the policy, and a one-line explanation an official can read out.
 *
 * <p>Example: {@code results.abstinence-3y}, {@code NOT_MET}, observed {@code "58/121 (47.93 %)"}, required
 * {@code ">= 1/2"}, source {@code 二(十)}, explanation
 * {@code "58/121 (47.93 %) does not reach the bar >= 1/2 (50 %)"}.
 *
 * <p>Figures are rounded half-even to the fewest decimals (at least two) at which they stand in the same order to
 * the bar as the exact values do, so a displayed figure never contradicts its outcome: 89.996 % beside the bar
 * 90 % prints as 89.996 %, not 90.00 %.
 *
 * @implSpec This class is immutable and thread-safe.
 */
@Value.Immutable
public abstract class CriterionResult {
  CriterionResult() {}

  /**
   * Returns a new builder.
   *
   * @return an empty builder; {@code observed}, {@code reference}, {@code advisory} and {@code missing} are optional
   */
  public static Builder builder() {
    return new Builder();
  }

  /** {@return the criterion's id, such as {@code results.abstinence-3y}} */
  public abstract String criterion();

  /** {@return the id of the criterion's indicator, such as {@code results}} */
  public abstract String indicator();

  /** {@return the outcome} */
  public abstract Outcome outcome();

  /**
   * Returns the figure observed, in language-neutral notation: counts as {@code n/d} with a percentage or a rate,
   * dates in ISO form, an attestation's verdict with its reference. Empty when nothing could be observed (every
   * input missing).
   *
   * @return the observed figure, such as {@code "979/1104 (88.68 %)"}
   */
  public abstract Optional<String> observed();

  /**
   * Returns the document an assessor's attestation relied on (台帐, 会议纪要…), for a criterion of kind
   * {@link Attested} that was attested; empty otherwise.
   *
   * @return the reference, such as {@code "镇党委会议纪要 2025年第3期"}
   */
  public abstract Optional<String> reference();

  /** {@return the bar, as {@link Threshold#requirement()} writes it, such as {@code ">= 9/10"}} */
  public abstract String required();

  /** {@return the clause of the source policy, such as {@code 二(十)}} */
  public abstract String source();

  /** {@return whether the criterion is advisory (reported, never gating)} */
  @Value.Default
  public boolean advisory() {
    return false;
  }

  /** {@return a one-line English explanation of the outcome} */
  public abstract String explanation();

  /**
   * Returns the JSON paths of the evidence that was needed and missing, such as
   * {@code $.previous["volunteers"]}; empty unless the outcome is {@link Outcome#NOT_ASSESSED}.
   *
   * @return the missing evidence
   */
  public abstract ImmutableList<String> missing();

  /** A builder of {@link CriterionResult}. */
  public static final class Builder extends ImmutableCriterionResult.Builder {
    Builder() {}
  }
}
