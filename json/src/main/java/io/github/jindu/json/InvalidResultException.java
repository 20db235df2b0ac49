package io.github.jindu.json;

import io.github.jindu.InvalidDocumentException;
import io.github.jindu.Violation;
import org.jspecify.annotations.Nullable;

/**
 * A {@code result/1} document that cannot be read back: not JSON, a wrong type, a missing or unknown field. It
 * carries every {@link Violation} found, as {@link io.github.jindu.InvalidEvidenceException} does for evidence.
 */
public final class InvalidResultException extends InvalidDocumentException {
  private static final long serialVersionUID = 1L;

  /**
   * Creates the exception.
   *
   * @param violations every violation found, in document order; at least one
   * @param cause the exception that revealed them (a JSON parse error), or null
   * @throws IllegalArgumentException if {@code violations} is empty
   */
  InvalidResultException(Iterable<Violation> violations, @Nullable Throwable cause) {
    super("result", violations, cause);
  }
}
