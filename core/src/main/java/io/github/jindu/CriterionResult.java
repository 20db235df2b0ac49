package io.github.jindu;

import com.google.common.collect.ImmutableList;
import io.github.jindu.bar.Threshold;
import io.github.jindu.internal.CanonicalNames;
import java.util.Optional;
import org.immutables.value.Value;

/**
 * The result of one criterion for one unit and period, as data: the outcome, what was observed (exact integers and
 * dates), the evidence that was missing, the bar and the clause of the policy. It holds no prose: the JSON codec and
 * the reports write it in words.
 *
 * <p>Example: {@code results.abstinence-3y}, {@code NOT_MET}, observation {@code ShareObservation(58, 121)}, bar
 * {@code MinShare.atLeast(users.abstinent-3y, users.abstinent-1y, 1/2)}, clause {@code 二(十)}.
 *
 * @implSpec This class is immutable and thread-safe.
 */
@Value.Immutable
public abstract class CriterionResult {
  CriterionResult() {}

  /**
   * Returns a new builder.
   *
   * @return an empty builder; {@code observation}, {@code missing} and {@code advisory} are optional, the rest
   *     required
   */
  public static Builder builder() {
    return new Builder();
  }

  /** {@return the criterion's id, such as {@code results.abstinence-3y}} */
  public abstract String criterionId();

  /** {@return the id of the criterion's indicator (一级指标), such as {@code results}} */
  public abstract String indicatorId();

  /** {@return the outcome} */
  public abstract Outcome outcome();

  /**
   * Returns what was observed, as exact data whose kind fits the bar ({@link Observation#kind()}).
   *
   * @return the observation; empty exactly when the outcome is {@link Outcome#NOT_ASSESSED}
   */
  public abstract Optional<Observation> observation();

  /**
   * Returns the evidence that was needed and missing, in the order the bar reads it.
   *
   * @return the missing evidence, such as {@code [MissingCount(youth.reached)]}; non-empty exactly when the outcome
   *     is {@link Outcome#NOT_ASSESSED}
   */
  public abstract ImmutableList<MissingEvidence> missing();

  /**
   * Returns how far an unmet bar is (差距分析): the smallest change to the evidence that would meet it, in the
   * evidence's own units, computed from the observation and the bar (never stored, so it cannot disagree with them).
   *
   * <p>Example: the sample town's {@code rehabilitation.urine-test-count}, 979 of 1,104 tests against at least
   * 90 %, gives {@code More(urine-test.tests-done, 15)}.
   *
   * @return the gap when the outcome is {@link Outcome#NOT_MET} and a change of the evidence's figures can meet the
   *     bar; empty for every other outcome, for an attestation, and when no value of the figure could meet it
   */
  public final Optional<Gap> gap() {
    return outcome() == Outcome.NOT_MET && observation().isPresent()
        ? io.github.jindu.internal.Gaps.of(threshold(), observation().get())
        : Optional.empty();
  }

  /** {@return the criterion's bar, so that a renderer can write what is required} */
  public abstract Threshold threshold();

  /** {@return the clause of the source policy, such as {@code 二(十)}} */
  public abstract String clause();

  /** {@return whether the criterion is advisory (reported, never gating)} */
  @Value.Default
  public boolean advisory() {
    return false;
  }

  @Value.Check
  void check() {
    boolean notAssessed = outcome() == Outcome.NOT_ASSESSED;
    if (observation().isPresent() == notAssessed) {
      throw new IllegalArgumentException(
          "criterion "
              + criterionId()
              + ": observation must be empty exactly when"
              + " the outcome is NOT_ASSESSED, not when it is "
              + outcome());
    }
    if (missing().isEmpty() == notAssessed) {
      throw new IllegalArgumentException(
          "criterion "
              + criterionId()
              + ": missing must be non-empty exactly when"
              + " the outcome is NOT_ASSESSED, not when it is "
              + outcome());
    }
    if (observation().isPresent() && !fits(observation().get().kind())) {
      throw new IllegalArgumentException(
          "criterion "
              + criterionId()
              + ": an observation of kind "
              + CanonicalNames.of(observation().get().kind())
              + " does not fit a bar of kind "
              + CanonicalNames.of(threshold().kind()));
    }
  }

  private boolean fits(ObservationKind kind) {
    return switch (threshold().kind()) {
      case ATTESTED -> kind == ObservationKind.ATTESTATION;
      case MIN_SHARE -> kind == ObservationKind.SHARE;
      case MAX_RATE -> kind == ObservationKind.RATE;
      case ZERO -> kind == ObservationKind.COUNT;
      case INCREASE -> kind == ObservationKind.INCREASE || kind == ObservationKind.SHARE_INCREASE;
      case EVERY_PERIOD -> kind == ObservationKind.SCHEDULE;
      case ALL_OF -> kind == ObservationKind.SETTINGS;
      case WITHIN -> kind == ObservationKind.LETTERS;
      case BY_DATE -> kind == ObservationKind.DATE;
      case LOWEST_AMONG_PEERS -> kind == ObservationKind.PEERS;
      case AT_LEAST_EVENTS -> kind == ObservationKind.EVENT_COUNT;
      case SAMPLE -> kind == ObservationKind.SAMPLE;
      case PEER_AVERAGE -> kind == ObservationKind.PEER_AVERAGE;
    };
  }

  /** A builder of {@link CriterionResult}. */
  public static final class Builder extends ImmutableCriterionResult.Builder {
    Builder() {}
  }
}
