package io.github.jindu;

import io.github.jindu.internal.WireNames;
import java.util.Optional;

/**
 * The outcome of one criterion for one unit and period (criteria.md, "Outcomes").
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

  /**
   * Returns the name used in JSON and in criterion ids: lower case, words joined by hyphens.
   *
   * @return for example {@code "met"} for {@link #MET}
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
  public static Optional<Outcome> fromWireName(String wireName) {
    return WireNames.find(Outcome.class, wireName);
  }
}
