package io.github.jindu.json;

import static com.google.common.base.Preconditions.checkArgument;

import com.google.common.collect.ImmutableList;
import io.github.jindu.Evidence;
import io.github.jindu.Violation;
import java.util.Objects;
import java.util.Optional;

/**
 * One line of a JSON Lines file of {@code evidence/1} documents, as {@link EvidenceLines} reads it: its line number
 * and either the evidence or the violations that made it invalid.
 *
 * <p>Example: line 3 holding a negative count is {@code lineNumber() == 3}, {@code evidence()} empty, and one
 * violation {@code $.counts["hotspots"]: hotspots (-1) must not be negative}.
 *
 * @implSpec This class is immutable and thread-safe.
 */
public final class EvidenceLine {
  private final long lineNumber;
  private final Optional<Evidence> evidence;
  private final ImmutableList<Violation> violations;

  private EvidenceLine(
      long lineNumber, Optional<Evidence> evidence, ImmutableList<Violation> violations) {
    checkArgument(lineNumber >= 1, "line numbers start at 1: %s", lineNumber);
    this.lineNumber = lineNumber;
    this.evidence = evidence;
    this.violations = violations;
  }

  /**
   * Returns a line that holds valid evidence.
   *
   * @param lineNumber the line's number, from 1
   * @param evidence the evidence it holds
   * @return the line
   * @throws IllegalArgumentException if {@code lineNumber} is below 1
   */
  public static EvidenceLine valid(long lineNumber, Evidence evidence) {
    return new EvidenceLine(lineNumber, Optional.of(evidence), ImmutableList.of());
  }

  /**
   * Returns a line that holds invalid evidence.
   *
   * @param lineNumber the line's number, from 1
   * @param violations why it is invalid, each with its JSON path in the line's document; at least one
   * @return the line
   * @throws IllegalArgumentException if {@code lineNumber} is below 1 or there is no violation
   */
  public static EvidenceLine invalid(long lineNumber, Iterable<Violation> violations) {
    ImmutableList<Violation> list = ImmutableList.copyOf(violations);
    checkArgument(!list.isEmpty(), "an invalid line needs at least one violation");
    return new EvidenceLine(lineNumber, Optional.empty(), list);
  }

  /** {@return the line's number in the file, from 1, counting every line, blank or not} */
  public long lineNumber() {
    return lineNumber;
  }

  /** {@return the evidence the line holds; empty when it is invalid} */
  public Optional<Evidence> evidence() {
    return evidence;
  }

  /** {@return why the line is invalid, in document order; empty when it holds valid evidence} */
  public ImmutableList<Violation> violations() {
    return violations;
  }

  /** {@return whether the line holds valid evidence} */
  public boolean isValid() {
    return evidence.isPresent();
  }

  @Override
  public boolean equals(Object o) {
    return o instanceof EvidenceLine
        && ((EvidenceLine) o).lineNumber == lineNumber
        && ((EvidenceLine) o).evidence.equals(evidence)
        && ((EvidenceLine) o).violations.equals(violations);
  }

  @Override
  public int hashCode() {
    return Objects.hash(lineNumber, evidence, violations);
  }

  /** {@return {@code line N: valid} or {@code line N: K violations}, for diagnosis} */
  @Override
  public String toString() {
    return "line " + lineNumber + ": " + (isValid() ? "valid" : violations.size() + " violations");
  }
}
