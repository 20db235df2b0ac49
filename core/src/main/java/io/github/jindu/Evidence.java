package io.github.jindu;

import com.google.common.collect.ImmutableList;
import com.google.common.collect.ImmutableMap;
import java.util.Optional;
import java.util.OptionalLong;
import org.immutables.value.Value;

/**
 * The evidence (考评材料) for one unit and one assessment period: the Java form of {@code evidence/1}
 * (evidence-format.md), field for field.
 *
 * <ul>
 *   <li>{@code counts}: this period's counts by {@link MetricKey}, each a whole number of people, cases, tests
 *       or sites, at least 0;
 *   <li>{@code previous}: the same counts for the previous period, read by the "rising" criteria;
 *   <li>{@code subunits}: the unit's villages, residents' committees, companies and schools; absent if not
 *       recorded, which is not the same as an empty list;
 *   <li>{@code events}: every dated event of the period; when present it is the complete record (a kind of event
 *       not in it did not happen), when absent the schedule criteria are not assessed;
 *   <li>{@code attestations}: assessors' judgements, by criterion id;
 *   <li>{@code vetoes}: veto findings (一票否决); none when empty;
 *   <li>{@code peers}: the district's other units, for the lowest-case-rate criterion; absent if not given.
 * </ul>
 *
 * <p>An absent value is "no evidence": the criteria that read it are {@link Outcome#NOT_ASSESSED}, never met.
 *
 * <p>Building checks the rules that need no criteria set (criteria.md, "Invalid evidence"): no negative count, no
 * blank id, name or reference, no duplicate sub-unit or peer, no peer that is the unit itself, no peer population
 * of 0, no event after the period's end or (but for responsibility letters) before its start, settings only on
 * activities, a listed sub-unit on every responsibility letter. The rules that depend on a criteria set are
 * checked by {@link CriteriaSet#assess}.
 *
 * @implSpec This class is immutable and thread-safe.
 */
@Value.Immutable
public abstract class Evidence {
  Evidence() {}

  /**
   * Returns a new builder.
   *
   * @return an empty builder; {@code unit} and {@code period} are required, every other field is optional
   */
  public static Builder builder() {
    return new Builder();
  }

  /** {@return the unit assessed} */
  public abstract Unit unit();

  /** {@return the assessment period} */
  public abstract AssessmentPeriod period();

  /** {@return this period's counts, by key, in the order given} */
  public abstract ImmutableMap<MetricKey, Long> counts();

  /** {@return the previous period's counts, by key, in the order given} */
  public abstract ImmutableMap<MetricKey, Long> previous();

  /** {@return the unit's sub-units (村, 居委, 公司, 学校), if recorded} */
  public abstract Optional<ImmutableList<Unit>> subunits();

  /** {@return the complete record of dated events, if given} */
  public abstract Optional<ImmutableList<Event>> events();

  /** {@return the assessors' attestations, by criterion id, in the order given} */
  public abstract ImmutableMap<String, Attestation> attestations();

  /** {@return the veto findings (一票否决); empty when there are none} */
  public abstract ImmutableList<VetoFinding> vetoes();

  /** {@return the district's other units, if given} */
  public abstract Optional<ImmutableList<Peer>> peers();

  /**
   * Returns this period's count for a key.
   *
   * @param key the metric
   * @return the count, at least 0, or empty if not given
   */
  public final OptionalLong count(MetricKey key) {
    Long value = counts().get(key);
    return value == null ? OptionalLong.empty() : OptionalLong.of(value);
  }

  /**
   * Returns the previous period's count for a key.
   *
   * @param key the metric
   * @return the count, at least 0, or empty if not given
   */
  public final OptionalLong previousCount(MetricKey key) {
    Long value = previous().get(key);
    return value == null ? OptionalLong.empty() : OptionalLong.of(value);
  }

  @Value.Check
  void check() {
    ImmutableList<Violation> violations = EvidenceRules.intrinsic(this);
    if (!violations.isEmpty()) {
      throw new InvalidEvidenceException(violations);
    }
  }

  /** A builder of {@link Evidence}. */
  public static final class Builder extends ImmutableEvidence.Builder {
    Builder() {}
  }
}
