package io.github.jindu;

import io.github.jindu.internal.WireNames;
import java.util.Optional;

/**
 * The overall conclusion (整体结论) of an assessment, decided in this order (criteria.md, "Outcomes"):
 * {@link #VETOED} when a veto finding is present, else {@link #NOT_QUALIFIED} when a gating criterion is
 * {@link Outcome#NOT_MET}, else {@link #INCOMPLETE} when a gating criterion is {@link Outcome#NOT_ASSESSED}, else
 * {@link #QUALIFIED}. Advisory criteria never gate.
 */
public enum OverallOutcome {
  /** Every gating criterion is met or not applicable, and no veto (达标). */
  QUALIFIED,
  /** At least one gating criterion is not met (未达标). */
  NOT_QUALIFIED,
  /** No gating criterion is unmet, but at least one lacks evidence (材料不全). */
  INCOMPLETE,
  /** A veto finding is present (一票否决, 二(三)), whatever else holds. */
  VETOED;

  /**
   * Returns the name used in JSON and in criterion ids: lower case, words joined by hyphens.
   *
   * @return for example {@code "qualified"} for {@link #QUALIFIED}
   */
  public String wireName() {
    return WireNames.of(this);
  }

  /**
   * Finds the constant with a wire name, exactly (case-sensitive).
   *
   * @param wireName the name as written in JSON
   * @return the constant, or empty if the name is not one of this type's
   */
  public static Optional<OverallOutcome> fromWireName(String wireName) {
    return WireNames.find(OverallOutcome.class, wireName);
  }
}
