package io.github.jindu;

import static com.google.common.base.Preconditions.checkArgument;

import io.github.jindu.internal.Texts;
import java.util.Objects;

/**
 * One broken rule of evidence: where it is, as a JSON path into the {@code evidence/1} form of the evidence
 * (for example {@code $.counts["population.reached"]}, {@code $.events[3].date}), and what rule it breaks, with
 * the offending value (for example {@code "population.reached (11) must not exceed population.actual (10)"}).
 *
 * <p>The Java API and the JSON form share one path notation, so a clerk fixing a file and a programmer fixing
 * the code that built an {@link Evidence} read the same location.
 *
 * @implSpec This class is immutable and thread-safe.
 */
public final class Violation {
  private final String path;
  private final String message;

  private Violation(String path, String message) {
    this.path = path;
    this.message = message;
  }

  /**
   * Returns a violation at a path.
   *
   * @param path a JSON path starting with {@code $}
   * @param message the rule broken, with the offending value; no trailing period
   * @return the violation
   * @throws IllegalArgumentException if {@code path} does not start with {@code $} or {@code message} is blank
   */
  public static Violation of(String path, String message) {
    checkArgument(path.startsWith("$"), "path must start with $: %s", path);
    checkArgument(!message.isBlank(), "message must not be blank");
    return new Violation(path, message);
  }

  /**
   * Returns the JSON path of the offending element.
   *
   * @return a path such as {@code $.counts["users.new"]}
   */
  public String path() {
    return path;
  }

  /**
   * Returns the rule broken, with the offending value.
   *
   * @return the message, without the path
   */
  public String message() {
    return message;
  }

  @Override
  public boolean equals(Object o) {
    return o instanceof Violation && ((Violation) o).path.equals(path) && ((Violation) o).message.equals(message);
  }

  @Override
  public int hashCode() {
    return Objects.hash(path, message);
  }

  /**
   * Returns {@code path: message}, the form printed by the command line, one violation a line: control characters
   * (a line break in a key or a name of the evidence) are escaped, so that one violation is always one line.
   *
   * @return the violation as one line
   */
  @Override
  public String toString() {
    return Texts.printable(path + ": " + message);
  }
}
