package io.github.jindu;

/**
 * The outcome of one criterion for one unit and period (docs/spec/criteria.md, "Outcomes").
 *
 * <p>In JSON ({@code result/1}) the constant's name is written as it is, such as {@code "NOT_MET"}.
 */
public enum Outcome {
  /** The evidence was sufficient and the bar was reached (达到). */
  MET,
  /** The evidence was sufficient and the bar was not reached (未达到). */
  NOT_MET,
  /** Evidence the criterion needs is missing (材料缺失); missing evidence never passes. */
  NOT_ASSESSED,
  /** The bar has nothing to measure, such as a share whose denominator is 0 (不适用); it neither helps nor blocks. */
  NOT_APPLICABLE;
}
