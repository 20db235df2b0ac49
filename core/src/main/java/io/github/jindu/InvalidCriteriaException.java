package io.github.jindu;

import com.google.common.collect.ImmutableList;

/**
 * A criteria set, indicator, criterion, threshold or points scheme that breaks a rule of its own definition: a
 * duplicate id, a share bound above 1, a rate base of 0, an indicator with no criteria, a metric used with two
 * meanings, two versions of one set in force on the same day.
 *
 * <p>Each {@link Violation}'s location is relative to the element that was being built ({@link Location#root()}
 * for a rule of the element as a whole); the JSON reader places it inside the {@code criteria/1} document. Example
 * developer message: {@code invalid criteria: bar.share-bound-above-one / [19/10]}.
 */
public final class InvalidCriteriaException extends InvalidDocumentException {
  private static final long serialVersionUID = 1L;

  /**
   * Creates the exception from the violations found in a definition.
   *
   * @param violations every violation, in document order; at least one
   * @throws IllegalArgumentException if {@code violations} is empty
   */
  public InvalidCriteriaException(Iterable<Violation> violations) {
    super("criteria", violations, null);
  }

  /**
   * Returns the exception for one rule broken by the element being built as a whole.
   *
   * @param code the rule
   * @param values its values, in order
   * @return the exception
   */
  public static InvalidCriteriaException of(RuleCode code, Object... values) {
    return new InvalidCriteriaException(
        ImmutableList.of(Violation.of(code, Location.root(), values)));
  }

  /**
   * Returns the exception for one rule broken by a part of the element being built.
   *
   * @param code the rule
   * @param location the part, relative to the element
   * @param values its values, in order
   * @return the exception
   */
  public static InvalidCriteriaException at(RuleCode code, Location location, Object... values) {
    return new InvalidCriteriaException(ImmutableList.of(Violation.of(code, location, values)));
  }
}
