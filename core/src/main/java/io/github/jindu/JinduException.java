package io.github.jindu;

/**
 * The root of every exception Jindu throws on purpose, as {@link java.time.DateTimeException} is for
 * {@code java.time}. Callers that need to branch catch a subtype: {@link InvalidEvidenceException} when the
 * evidence breaks a rule of the specification, {@link InvalidCriteriaException} when a criteria set is
 * malformed, {@link InvalidAttributionException} when an assessor's name is not a name.
 *
 * @implSpec This class is unchecked; its message never ends with a period.
 */
public class JinduException extends RuntimeException {
  private static final long serialVersionUID = 1L;

  /**
   * Creates an exception with a message.
   *
   * @param message what went wrong, naming the field and the rule broken
   */
  public JinduException(String message) {
    super(message);
  }

  /**
   * Creates an exception with a message and the cause it wraps.
   *
   * @param message what went wrong, naming the field and the rule broken
   * @param cause the underlying exception, kept for diagnosis
   */
  public JinduException(String message, Throwable cause) {
    super(message, cause);
  }
}
