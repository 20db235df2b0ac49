package io.github.jindu;

import io.github.jindu.points.Score;

import com.google.common.collect.ImmutableList;
import java.util.Optional;
import org.immutables.value.Value;

/**
 * The result of assessing one unit's evidence for one period against a criteria set: the Java form of
 * {@code result/1}. It holds every criterion's result in catalogue order, the veto findings present and the
 * overall outcome (整体结论).
 *
 * @implSpec This class is immutable and thread-safe.
 */
@Value.Immutable
public abstract class AssessmentResult {
  AssessmentResult() {}

  /**
   * Returns a new builder, for codecs that read a stored result; results are made by
   * {@link CriteriaSet#assess(Evidence)}.
   *
   * @return an empty builder
   */
  public static Builder builder() {
    return new Builder();
  }

  /** {@return the id of the criteria set assessed against, such as {@code municipal-model-community}} */
  public abstract String criteriaSet();

  /** {@return the version label of the criteria set, such as {@code "2009"}} */
  public abstract String criteriaSetVersion();

  /**
   * Returns the fingerprint of the criteria set, {@link CriteriaSet#fingerprint()}: the SHA-256 of its canonical
   * form, so that an auditor can tell exactly which rules produced this result.
   *
   * @return for example {@code "sha256:3f5a…"}
   */
  public abstract String criteriaSetFingerprint();

  /** {@return the unit assessed} */
  public abstract Unit unit();

  /** {@return the assessment period} */
  public abstract AssessmentPeriod period();

  /** {@return the overall outcome} */
  public abstract OverallOutcome overall();

  /**
   * Returns the score under the criteria set's points scheme.
   *
   * @return the score, or empty when the set has no points scheme
   */
  public abstract Optional<Score> score();

  /** {@return every criterion's result, in catalogue order} */
  public abstract ImmutableList<CriterionResult> criteria();

  /** {@return the veto findings present in the evidence; non-empty exactly when the outcome is VETOED} */
  public abstract ImmutableList<VetoFinding> vetoes();

  /**
   * Finds the result of a criterion.
   *
   * @param criterionId the criterion's id
   * @return its result, or empty if the set has no such criterion
   */
  public Optional<CriterionResult> criterion(String criterionId) {
    return criteria().stream().filter(r -> r.criterion().equals(criterionId)).findFirst();
  }

  /**
   * Counts the criteria with an outcome.
   *
   * @param outcome the outcome
   * @return how many criteria have it, advisory ones included
   */
  public long count(Outcome outcome) {
    return criteria().stream().filter(r -> r.outcome() == outcome).count();
  }

  /** A builder of {@link AssessmentResult}. */
  public static final class Builder extends ImmutableAssessmentResult.Builder {
    Builder() {}
  }
}
