package io.github.jindu;

import static com.google.common.base.Preconditions.checkArgument;

import com.google.common.collect.ImmutableList;
import java.util.ArrayList;
import java.util.List;
import java.util.stream.Collectors;
import org.jspecify.annotations.Nullable;

/**
 * A document that breaks rules: evidence ({@link InvalidEvidenceException}), a criteria set
 * ({@link InvalidCriteriaException}), an assessor's name ({@link InvalidAttributionException}) or a result being
 * read back. It carries every {@link Violation} found, as data,
 * so that a file can be fixed in one pass and each violation rendered in the reader's language.
 *
 * <p>Past {@link #MAX_LISTED} violations, the first ones are kept and a last one of
 * {@link RuleCode#VIOLATIONS_MORE} counts the rest. The message is a developer's text: the kind of document, then one
 * violation a line as {@link Violation#toString()} gives it, never a sentence for a clerk.
 */
public abstract class InvalidDocumentException extends JinduException {
  private static final long serialVersionUID = 1L;

  /** The most violations an exception lists; past it, the last one listed counts the rest. */
  public static final int MAX_LISTED = 1000;

  /** Every violation found, in document order, at most {@link #MAX_LISTED}; at least one. */
  @SuppressWarnings("serial") // ImmutableList is serializable
  private final ImmutableList<Violation> violations;

  /**
   * Creates the exception.
   *
   * @param what the kind of document, for the developer's message: {@code evidence}, {@code criteria}
   * @param violations every violation found, in document order; at least one; capped as {@link #capped} does
   * @param cause the exception that revealed the violation (a JSON parse error), or null
   * @throws IllegalArgumentException if {@code violations} is empty
   */
  @SuppressWarnings(
      "NullAway") // Throwable's cause may be null ("a null value is permitted"), the JDK
  // unannotated
  protected InvalidDocumentException(
      String what, Iterable<Violation> violations, @Nullable Throwable cause) {
    super(message(what, capped(violations)), cause);
    this.violations = capped(violations);
  }

  /**
   * Returns every violation found, in document order; past {@link #MAX_LISTED}, the first ones and a last one of
   * {@link RuleCode#VIOLATIONS_MORE} that counts the rest.
   *
   * @return one to {@link #MAX_LISTED} violations
   */
  public ImmutableList<Violation> violations() {
    return violations;
  }

  /**
   * Caps a list of violations: keeps the first ones and counts the rest in a last {@link RuleCode#VIOLATIONS_MORE}
   * at the whole document; the counts of such violations already in {@code all} are added up.
   *
   * @param all the violations
   * @return at most {@link #MAX_LISTED} violations
   */
  public static ImmutableList<Violation> capped(Iterable<Violation> all) {
    List<Violation> listed = new ArrayList<>();
    long unlisted = 0;
    boolean counted = false;
    for (Violation v : all) {
      if (v.code() == RuleCode.VIOLATIONS_MORE) {
        unlisted += Long.parseLong(v.values().get(0));
        counted = true;
      } else {
        listed.add(v);
      }
    }
    if (!counted && listed.size() <= MAX_LISTED) {
      return ImmutableList.copyOf(listed);
    }
    int kept = Math.min(listed.size(), MAX_LISTED - 1);
    unlisted += listed.size() - kept;
    return ImmutableList.<Violation>builder()
        .addAll(listed.subList(0, kept))
        .add(Violation.of(RuleCode.VIOLATIONS_MORE, Location.root(), unlisted))
        .build();
  }

  private static String message(String what, ImmutableList<Violation> violations) {
    checkArgument(!violations.isEmpty(), "an invalid document needs at least one violation");
    if (violations.size() == 1) {
      return "invalid " + what + ": " + violations.get(0);
    }
    return violations.stream()
        .map(Violation::toString)
        .collect(
            Collectors.joining(
                "\n", "invalid " + what + " (" + violations.size() + " violations)\n", ""));
  }
}
