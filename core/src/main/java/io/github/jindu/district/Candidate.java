package io.github.jindu.district;

import com.google.common.collect.ImmutableList;
import io.github.jindu.AssessmentResult;
import io.github.jindu.Location;
import io.github.jindu.OverallOutcome;
import io.github.jindu.Unit;
import org.immutables.value.Value;

/**
 * One candidate of a district {@link Selection} (候选单位): its rank, its result, how it fared on each indicator,
 * and which of its counts were rolled up from its sub-units.
 *
 * <p>Example: in a district where two towns are qualified, both are {@code rank() == 1} and {@code tied()}; the
 * next candidate is rank 3.
 *
 * @implSpec This class is immutable and thread-safe.
 */
@Value.Immutable
public abstract class Candidate {
  Candidate() {}

  /**
   * Returns the candidate's rank (名次), from 1: one more than the number of candidates ranked strictly before it,
   * so that equals share a rank and the next rank skips ("1, 1, 3").
   *
   * @return the rank, at least 1
   */
  public abstract int rank();

  /** {@return whether another candidate shares this rank (并列)} */
  public abstract boolean tied();

  /** {@return the result of the candidate's assessment, its peers being every other unit of the district} */
  public abstract AssessmentResult result();

  /** {@return one tally per indicator of the set, in catalogue order} */
  public abstract ImmutableList<IndicatorTally> indicators();

  /**
   * Returns the counts of the candidate's evidence that were rolled up from its sub-units, not given by itself.
   *
   * @return the counts' locations in the candidate's evidence, such as {@code counts} / {@code population.actual}
   *     (jindu-json writes {@code $.counts["population.actual"]}); empty when every count was given
   */
  public abstract ImmutableList<Location> rolledUp();

  /** {@return the candidate unit} */
  public final Unit unit() {
    return result().unit();
  }

  /** {@return the candidate's overall outcome} */
  public final OverallOutcome overall() {
    return result().overall();
  }
}
