package io.github.jindu;

/**
 * The overall conclusion (整体结论) of an assessment, decided in this order (docs/spec/criteria.md, "Outcomes"):
 * {@link #VETOED} when a veto finding is present, else {@link #NOT_QUALIFIED} when a gating criterion is
 * {@link Outcome#NOT_MET}, else {@link #INCOMPLETE} when a gating criterion is {@link Outcome#NOT_ASSESSED}, else
 * {@link #QUALIFIED}. Advisory criteria never gate.
 *
 * <p>In JSON ({@code result/1}) the constant's name is written as it is, such as {@code "NOT_MET"}.
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
}
