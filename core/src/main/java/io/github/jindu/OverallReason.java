package io.github.jindu;

import com.google.common.collect.ImmutableList;
import io.github.jindu.internal.CanonicalNames;
import java.util.Objects;

/**
 * Why an assessment has its overall outcome: the kind of reason, the criteria behind it and, for a veto finding,
 * the findings. Decided once, where the outcome is decided ({@link CriteriaSet#assess}); renderers print it and
 * never recompute it.
 *
 * <p>Example: the sample town is {@code NOT_QUALIFIED} for
 * {@code OverallReason.of(ReasonKind.GATING_NOT_MET, ["rehabilitation.urine-test-count",
 * "groundwork.quarterly-analysis", "results.abstinence-3y"])}.
 *
 * @param kind the kind of reason; {@link ReasonKind#overall()} is the result's overall outcome
 * @param criteria the ids of the criteria behind it, in catalogue order: the veto items not met or not assessed,
 *     the gating criteria not met or not assessed (for {@link ReasonKind#BELOW_PASS_MARK}, those that cost
 *     points); empty for {@link ReasonKind#VETO_FINDING}, {@link ReasonKind#PASS_MARK_REACHED} and
 *     {@link ReasonKind#ALL_MET}
 * @param findings the veto findings, non-empty exactly for {@link ReasonKind#VETO_FINDING}
 * @implSpec This class is immutable and thread-safe.
 */
public record OverallReason(
    ReasonKind kind, ImmutableList<String> criteria, ImmutableList<VetoFinding> findings) {
  /**
   * Checks the reason.
   *
   * @param kind the kind of reason; {@link ReasonKind#overall()} is the result's overall outcome
   * @param criteria the ids of the criteria behind it, in catalogue order: the veto items not met or not assessed, the gating criteria not met or not assessed (for {@link ReasonKind#BELOW_PASS_MARK}, those that cost points); empty for {@link ReasonKind#VETO_FINDING}, {@link ReasonKind#PASS_MARK_REACHED} and {@link ReasonKind#ALL_MET}
   * @param findings the veto findings, non-empty exactly for {@link ReasonKind#VETO_FINDING}
   * @throws IllegalArgumentException if the criteria or findings do not fit the kind
   */
  public OverallReason {
    Objects.requireNonNull(kind, "kind");
    criteria = ImmutableList.copyOf(criteria);
    findings = ImmutableList.copyOf(findings);
    if (findings.isEmpty() == (kind == ReasonKind.VETO_FINDING)) {
      throw new IllegalArgumentException(
          "findings ("
              + findings.size()
              + ") must be non-empty exactly for "
              + CanonicalNames.of(ReasonKind.VETO_FINDING)
              + ", not for "
              + CanonicalNames.of(kind));
    }
    if (kind.namesCriteria() && criteria.isEmpty()) {
      throw new IllegalArgumentException(
          "criteria must not be empty for " + CanonicalNames.of(kind));
    }
    if (!kind.namesCriteria() && kind != ReasonKind.BELOW_PASS_MARK && !criteria.isEmpty()) {
      throw new IllegalArgumentException(
          "criteria (" + criteria + ") must be empty for " + CanonicalNames.of(kind));
    }
  }

  /**
   * Returns a reason that names criteria.
   *
   * @param kind any kind but {@link ReasonKind#VETO_FINDING}
   * @param criteria the ids of the criteria behind it, in catalogue order
   * @return the reason
   * @throws IllegalArgumentException if the criteria do not fit the kind
   */
  public static OverallReason of(ReasonKind kind, Iterable<String> criteria) {
    return new OverallReason(kind, ImmutableList.copyOf(criteria), ImmutableList.of());
  }

  /**
   * Returns the reason of a veto finding.
   *
   * @param findings the findings, at least one
   * @return the reason {@link ReasonKind#VETO_FINDING}
   * @throws IllegalArgumentException if there is no finding
   */
  public static OverallReason vetoFindings(Iterable<VetoFinding> findings) {
    return new OverallReason(
        ReasonKind.VETO_FINDING, ImmutableList.of(), ImmutableList.copyOf(findings));
  }

  /** {@return the overall outcome this reason decides} */
  public OverallOutcome overall() {
    return kind.overall();
  }
}
