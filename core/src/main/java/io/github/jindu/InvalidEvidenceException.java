package io.github.jindu;

import com.google.common.collect.ImmutableList;

/**
 * Evidence that breaks a rule of the specification (docs/spec/criteria.md, "Invalid evidence"; docs/evidence-format.md): a
 * negative count, a numerator above its denominator, a date outside the period, an unknown metric or criterion
 * id, a malformed document. Nothing is assessed on such evidence.
 *
 * <p>The exception carries every {@link Violation} found, each a {@link RuleCode}, a {@link Location} and the
 * offending values, so that a file can be fixed in one pass. Its message is a developer's text, for example:
 *
 * <pre>
 * invalid evidence (2 violations)
 * count.part-above-whole /counts/population.reached [population.reached, 11, population.actual, 10]
 * event.after-period /events/4/date [situation-analysis, 2026-01-01, 2025-12-31]
 * </pre>
 */
public final class InvalidEvidenceException extends InvalidDocumentException {
  private static final long serialVersionUID = 1L;

  /**
   * Creates the exception from the violations found.
   *
   * @param violations every violation found, in document order; at least one. Past {@link #MAX_LISTED}, the
   *     exception keeps the first ones and a last {@link RuleCode#VIOLATIONS_MORE} that counts the rest
   * @throws IllegalArgumentException if {@code violations} is empty
   */
  public InvalidEvidenceException(Iterable<Violation> violations) {
    super("evidence", violations, null);
  }

  /**
   * Creates the exception for one violation, keeping the exception that revealed it.
   *
   * @param violation the violation
   * @param cause the underlying exception (a JSON parse error, say)
   */
  public InvalidEvidenceException(Violation violation, Throwable cause) {
    super("evidence", ImmutableList.of(violation), cause);
  }

  /**
   * Returns a shorthand for one violation.
   *
   * @param code the rule broken
   * @param location where
   * @param values the values of the rule, in order
   * @return the exception
   */
  public static InvalidEvidenceException of(RuleCode code, Location location, Object... values) {
    return new InvalidEvidenceException(ImmutableList.of(Violation.of(code, location, values)));
  }
}
