package io.github.jindu.district;

import io.github.jindu.AssessmentResult;
import io.github.jindu.CriteriaSet;
import io.github.jindu.points.Score;

/**
 * How a {@link Selection} ranks candidates of the same overall outcome among themselves: the extension point for a
 * ranking the policy does not define, such as a district's points scheme (100分制). Candidates are always grouped by
 * overall outcome first ({@link Selection#OUTCOME_ORDER}: qualified first); an order only ranks within a group.
 * Candidates it finds equal share a rank (a tie) and are listed by unit id.
 *
 * <p>The policy defines no order among qualified candidates (docs/spec/criteria.md, "The selection"), so without a points
 * scheme the order is {@link #outcomeOnly()}: every candidate of an outcome ties with the others of that outcome.
 * With a points scheme (a district's 100分制) it is {@link #byPoints()}: the higher total first, equal totals tied.
 * {@link #of(CriteriaSet)} chooses between the two.
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

  /**
   * Returns the order by points: within an outcome, the higher {@link Score#total()} first; equal totals (compared
   * exactly) tie. Results without a score tie with each other and come after those with one.
   *
   * @return the order with id {@code "points"}
   */
  static SelectionOrder byPoints() {
    return ByPoints.INSTANCE;
  }

  /**
   * Returns the order for a criteria set: {@link #byPoints()} when it has a points scheme, else
   * {@link #outcomeOnly()}.
   *
   * @param set the criteria set the candidates are assessed on
   * @return the order
   */
  static SelectionOrder of(CriteriaSet set) {
    return set.pointsScheme().isPresent() ? byPoints() : outcomeOnly();
  }

  /** The order {@link #byPoints()}. */
  enum ByPoints implements SelectionOrder {
    /** The one instance. */
    INSTANCE;

    @Override
    public String id() {
      return "points";
    }

    @Override
    public int compare(AssessmentResult a, AssessmentResult b) {
      if (a.score().isEmpty() || b.score().isEmpty()) {
        return Boolean.compare(a.score().isEmpty(), b.score().isEmpty());
      }
      return b.score().get().total().compareTo(a.score().get().total());
    }
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
