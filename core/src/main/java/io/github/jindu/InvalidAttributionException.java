package io.github.jindu;

/**
 * An {@link Attribution} that breaks a rule of a name: an assessor (考评人) that is blank, or holds a control,
 * separator or format character. Its one violation is at {@code assessor}, for example
 * {@code invalid attribution: text.format-character assessor [U+202E, 3]}.
 */
public final class InvalidAttributionException extends InvalidDocumentException {
  private static final long serialVersionUID = 1L;

  /**
   * Creates the exception from the violations found.
   *
   * @param violations every violation found; at least one
   * @throws IllegalArgumentException if {@code violations} is empty
   */
  public InvalidAttributionException(Iterable<Violation> violations) {
    super("attribution", violations, null);
  }
}
