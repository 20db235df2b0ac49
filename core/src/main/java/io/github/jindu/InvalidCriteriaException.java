package io.github.jindu;

import static com.google.common.base.Preconditions.checkArgument;

import com.google.common.collect.ImmutableList;
import java.util.stream.Collectors;

/**
 * A criteria set, indicator, criterion, threshold or points scheme that breaks a rule of its own definition: a
 * duplicate id, a share bound above 1, a rate base of 0, an indicator with no criteria, a metric used with two
 * meanings, two versions of one set in force on the same day.
 *
 * <p>Example message: {@code "invalid criteria: $.indicators[4].criteria[1].bar.bound: share bound 19/10 must not
 * exceed 1"}. The exception lists every {@link Violation} found, each with the JSON path of the element in a
 * {@code criteria/1} document ({@code $} when the set was built in Java and the element has no path).
 */
public final class InvalidCriteriaException extends JinduException {
  private static final long serialVersionUID = 1L;

  /** Every violation found, in document order; at least one. */
  @SuppressWarnings("serial") // ImmutableList is serializable
  private final ImmutableList<Violation> violations;

  /**
   * Creates the exception for one rule broken by an element built in Java.
   *
   * @param message the element at fault and the rule it breaks
   */
  public InvalidCriteriaException(String message) {
    this(ImmutableList.of(Violation.of("$", message)));
  }

  /**
   * Creates the exception from the violations found in a definition.
   *
   * @param violations every violation, in document order; at least one
   * @throws IllegalArgumentException if {@code violations} is empty
   */
  public InvalidCriteriaException(Iterable<Violation> violations) {
    super(message(ImmutableList.copyOf(violations)));
    this.violations = ImmutableList.copyOf(violations);
  }

  /**
   * Returns every violation found.
   *
   * @return one or more violations
   */
  public ImmutableList<Violation> violations() {
    return violations;
  }

  private static String message(ImmutableList<Violation> violations) {
    checkArgument(!violations.isEmpty(), "an InvalidCriteriaException needs at least one violation");
    if (violations.size() == 1) {
      Violation v = violations.get(0);
      return "invalid criteria: " + (v.path().equals("$") ? v.message() : v.toString());
    }
    return violations.stream()
        .map(Violation::toString)
        .collect(Collectors.joining("\n", "invalid criteria (" + violations.size() + " violations)\n", ""));
  }
}
