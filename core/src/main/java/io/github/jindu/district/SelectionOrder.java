package io.github.jindu.district;

import io.github.jindu.AssessmentResult;

/**
 * How a {@link Selection} ranks candidates of the same overall outcome among themselves: the extension point for a
 * ranking the policy does not define, such as a district's points scheme (100分制). Candidates are always grouped by
 * overall outcome first ({@link Selection#OUTCOME_ORDER}: qualified first); an order only ranks within a group.
 * Candidates it finds equal share a rank (a tie) and are listed by unit id.
 *
 * <p>The policy defines no order among qualified candidates (criteria.md, "The selection"), so the one order Jindu
 * ships is {@link #outcomeOnly()}: every candidate of an outcome ties with the others of that outcome.
 *
 * <p>An implementation must be a consistent total preorder on the results of one outcome (reflexive, transitive,
 * antisymmetric up to ties, as {@link java.util.Comparator} requires), deterministic, and read nothing but its
 * arguments (no clock, locale or floating point near a bar).
 */
public interface SelectionOrder {
  /**
   * Returns the order's stable id, written in {@code district/1} as {@code order}.
   *
   * @return for example {@code "outcome"}
   */
  String id();

  /**
   * Compares two candidates of the same overall outcome.
   *
   * @param a the result of one candidate
   * @param b the result of another candidate, of the same {@link AssessmentResult#overall()}
   * @return negative if {@code a} ranks before {@code b}, positive if after, 0 if they tie (share a rank)
   */
  int compare(AssessmentResult a, AssessmentResult b);

  /**
   * Returns the default order: none within an outcome, so the candidates of one outcome share a rank.
   *
   * @return the order with id {@code "outcome"}
   */
  static SelectionOrder outcomeOnly() {
    return OutcomeOnly.INSTANCE;
  }

  /** The order {@link #outcomeOnly()}. */
  enum OutcomeOnly implements SelectionOrder {
    /** The one instance. */
    INSTANCE;

    @Override
    public String id() {
      return "outcome";
    }

    @Override
    public int compare(AssessmentResult a, AssessmentResult b) {
      return 0;
    }
  }
}
