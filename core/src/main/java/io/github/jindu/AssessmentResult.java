package io.github.jindu;

import com.google.common.collect.ImmutableList;
import io.github.jindu.internal.CanonicalNames;
import io.github.jindu.points.Score;
import java.util.HashSet;
import java.util.Optional;
import java.util.Set;
import org.immutables.value.Value;

/**
 * The result of assessing one unit's evidence for one period against a criteria set: the Java form of
 * {@code result/1}. It holds every criterion's result in catalogue order, the veto findings present, the
 * overall outcome (整体结论) and the reason for it, the digest of the evidence assessed, and who assessed on what day
 * when the caller said ({@link #attribution()}): data only, no prose.
 *
 * <p>The builder checks the invariants: the reason decides the overall outcome ({@link ReasonKind#overall()}); a
 * {@link OverallOutcome#VETOED} result has a veto finding or a veto item not met; veto findings are present exactly
 * when the reason is {@link ReasonKind#VETO_FINDING}, and they are the reason's findings; a score is present exactly
 * for a scored reason; the criteria have distinct ids, and the reason names only criteria of the result with the
 * outcome it says (not met or not assessed).
 *
 * @implSpec This class is immutable and thread-safe.
 */
@Value.Immutable(copy = true)
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
  public abstract String criteriaSetId();

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
   * Returns why the overall outcome is what it is, as decided with it: the kind of reason, the criteria behind it
   * and the veto findings.
   *
   * @return the reason; its {@link OverallReason#overall()} equals {@link #overall()}
   */
  public abstract OverallReason reason();

  /**
   * Returns the digest of the evidence assessed: {@code sha256:} and the lower-case hexadecimal SHA-256 of the
   * UTF-8 bytes of the evidence's canonical form (docs/evidence-format.md, "Evidence digest"), so an auditor can
   * tell which evidence produced the result. The canonical form sorts counts, sub-units, events, attestations,
   * vetoes and peers, so the order they are listed in does not change the digest.
   *
   * @return for example {@code "sha256:9c1e…"} (71 characters)
   */
  public abstract String evidenceDigest();

  /**
   * Returns the assessment date and the assessor, as the caller gave them to
   * {@link CriteriaSet#assess(Evidence, Attribution)}: never read from a clock.
   *
   * @return the attribution; {@link Attribution#none()} when none was given (and by default in the builder)
   */
  @Value.Default
  public Attribution attribution() {
    return Attribution.none();
  }

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
    return criteria().stream().filter(r -> r.criterionId().equals(criterionId)).findFirst();
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

  @Value.Check
  void check() {
    OverallReason reason = reason();
    if (reason.overall() != overall()) {
      throw new IllegalArgumentException(
          "reason "
              + CanonicalNames.of(reason.kind())
              + " decides "
              + reason.overall()
              + ", not the overall outcome "
              + overall());
    }
    if (!vetoes().equals(reason.findings())) {
      throw new IllegalArgumentException(
          "vetoes ("
              + vetoes()
              + ") must be the findings of the reason ("
              + reason.findings()
              + ")");
    }
    boolean scored =
        reason.kind() == ReasonKind.VETO_FINDING || reason.kind() == ReasonKind.VETOES_ABSENT
            ? score().isPresent()
            : reason.kind().isScored();
    if (score().isPresent() != scored) {
      throw new IllegalArgumentException(
          "score must be present exactly for a scored reason, not for "
              + CanonicalNames.of(reason.kind()));
    }
    Set<String> ids = new HashSet<>();
    for (CriterionResult r : criteria()) {
      if (!ids.add(r.criterionId())) {
        throw new IllegalArgumentException(
            "criterion " + r.criterionId() + " appears twice in criteria");
      }
    }
    for (String id : reason.criteria()) {
      Outcome outcome =
          criterion(id)
              .map(CriterionResult::outcome)
              .orElseThrow(
                  () ->
                      new IllegalArgumentException(
                          "reason names criterion " + id + ", which is not in criteria"));
      boolean fits =
          switch (reason.kind()) {
            case VETO_ITEM_NOT_MET, GATING_NOT_MET -> outcome == Outcome.NOT_MET;
            case VETO_ITEM_NOT_ASSESSED, GATING_NOT_ASSESSED -> outcome == Outcome.NOT_ASSESSED;
            case BELOW_PASS_MARK -> outcome == Outcome.NOT_MET || outcome == Outcome.NOT_ASSESSED;
            case VETO_FINDING, VETOES_ABSENT, PASS_MARK_REACHED, ALL_MET -> false;
          };
      if (!fits) {
        throw new IllegalArgumentException(
            "reason "
                + CanonicalNames.of(reason.kind())
                + " names criterion "
                + id
                + ", whose outcome is "
                + outcome);
      }
    }
  }

  /** A builder of {@link AssessmentResult}. */
  public static final class Builder extends ImmutableAssessmentResult.Builder {
    Builder() {}
  }
}
