package io.github.jindu;

/**
 * A criteria set, indicator, criterion or threshold that breaks a rule of its own definition: a duplicate id, a
 * share bound above 1, a rate base of 0, an indicator with no criteria.
 *
 * <p>Example message: {@code "criterion id prevention.annual-plan appears twice in criteria set x"}.
 */
public final class InvalidCriteriaException extends JinduException {
  private static final long serialVersionUID = 1L;

  /**
   * Creates the exception.
   *
   * @param message the element at fault and the rule it breaks
   */
  public InvalidCriteriaException(String message) {
    super(message);
  }
}
