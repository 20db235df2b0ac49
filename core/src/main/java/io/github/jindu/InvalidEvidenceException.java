package io.github.jindu;

import static com.google.common.base.Preconditions.checkArgument;

import com.google.common.collect.ImmutableList;
import java.util.ArrayList;
import java.util.List;
import java.util.regex.Matcher;
import java.util.regex.Pattern;
import java.util.stream.Collectors;

/**
 * Evidence that breaks a rule of the specification (criteria.md, "Invalid evidence"; evidence-format.md): a
 * negative count, a numerator above its denominator, a date outside the period, an unknown metric or criterion
 * id, a malformed document. Nothing is assessed on such evidence.
 *
 * <p>The exception carries every {@link Violation} found, each with its JSON path, so that a file can be fixed
 * in one pass. Its message lists them one a line, for example:
 *
 * <pre>
 * invalid evidence (2 violations)
 * $.counts["population.reached"]: population.reached (11) must not exceed population.actual (10)
 * $.events[4].date: 2026-01-01 is after the period's end 2025-12-31
 * </pre>
 */
public final class InvalidEvidenceException extends JinduException {
  private static final long serialVersionUID = 1L;

  /** The most violations an exception lists; past it, the last one listed counts the rest. */
  public static final int MAX_LISTED = 1000;

  /** The message of the last violation of a capped list. */
  private static final Pattern MORE = Pattern.compile("([0-9]{1,18}) more violations are not listed");

  /** Every violation found, in document order, at most {@link #MAX_LISTED}; at least one. */
  @SuppressWarnings("serial") // ImmutableList is serializable
  private final ImmutableList<Violation> violations;

  /**
   * Creates the exception from the violations found.
   *
   * @param violations every violation found, in document order; at least one. Past {@link #MAX_LISTED}, the
   *     exception keeps the first ones and a last violation at {@code $} that counts the rest
   * @throws IllegalArgumentException if {@code violations} is empty
   */
  public InvalidEvidenceException(Iterable<Violation> violations) {
    this(capped(ImmutableList.copyOf(violations)));
  }

  private InvalidEvidenceException(ImmutableList<Violation> violations) {
    super(message(violations));
    this.violations = violations;
  }

  /**
   * Keeps the first violations and counts the rest in a last one at {@code $}; a count of unlisted violations
   * among {@code all} (from a list capped before) is added to the rest rather than counted as one.
   */
  private static ImmutableList<Violation> capped(ImmutableList<Violation> all) {
    List<Violation> listed = new ArrayList<>();
    long unlisted = 0;
    for (Violation v : all) {
      Matcher more = MORE.matcher(v.message());
      if (v.path().equals("$") && more.matches()) {
        unlisted += Long.parseLong(more.group(1));
      } else {
        listed.add(v);
      }
    }
    if (unlisted == 0 && listed.size() <= MAX_LISTED) {
      return all;
    }
    int kept = Math.min(listed.size(), MAX_LISTED - 1);
    unlisted += listed.size() - kept;
    return ImmutableList.<Violation>builder()
        .addAll(listed.subList(0, kept))
        .add(Violation.of("$", unlisted + " more violations are not listed"))
        .build();
  }

  /**
   * Creates the exception for one violation, keeping the exception that revealed it.
   *
   * @param violation the violation
   * @param cause the underlying exception (a JSON parse error, say)
   */
  public InvalidEvidenceException(Violation violation, Throwable cause) {
    super(message(ImmutableList.of(violation)), cause);
    this.violations = ImmutableList.of(violation);
  }

  /**
   * Returns a shorthand for one violation.
   *
   * @param path the JSON path of the offending element
   * @param message the rule broken, with the offending value
   * @return the exception
   */
  public static InvalidEvidenceException of(String path, String message) {
    return new InvalidEvidenceException(ImmutableList.of(Violation.of(path, message)));
  }

  /**
   * Returns every violation found, in document order; past {@link #MAX_LISTED}, the first ones and a last one
   * that counts the rest.
   *
   * @return one to {@link #MAX_LISTED} violations
   */
  public ImmutableList<Violation> violations() {
    return violations;
  }

  private static String message(ImmutableList<Violation> violations) {
    checkArgument(!violations.isEmpty(), "an InvalidEvidenceException needs at least one violation");
    if (violations.size() == 1) {
      return "invalid evidence: " + violations.get(0);
    }
    return violations.stream()
        .map(Violation::toString)
        .collect(Collectors.joining("\n", "invalid evidence (" + violations.size() + " violations)\n", ""));
  }
}
